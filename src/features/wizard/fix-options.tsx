import { Callout } from '../../components/callout';
import { RichText } from '../../components/rich-text';
import type { FixNode } from '../../engine/content-schema';
import { StepList } from './step-list';

/** The ways to fix a cause, narrowest first, each with what it costs in security. */
export function FixOptions({ node }: { node: FixNode }) {
  const several = node.options.length > 1;
  return (
    <div className="space-y-4">
      {several && (
        <p className="text-ink-2">
          Pick one of these {node.options.length} options. They are ordered from the narrowest change to the widest.
        </p>
      )}
      {node.options.map((option, i) => (
        <section
          key={option.id}
          data-option-id={option.id}
          aria-labelledby={`option-${option.id}`}
          className="space-y-4 rounded-lg bg-surface p-4 shadow-card sm:p-5"
        >
          <div className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={`option-${option.id}`} className="font-semibold text-ink text-lg">
                {several && <span className="text-ink-3">Option {i + 1}: </span>}
                <RichText text={option.title} />
              </h3>
              {option.recommended && (
                <span className="rounded-full border border-success-line bg-success-soft px-2 py-0.5 font-semibold text-success-ink text-xs">
                  Recommended
                </span>
              )}
            </div>
            {option.when && (
              <p className="text-ink-3 text-sm">
                <span className="font-semibold">When: </span>
                <RichText text={option.when} />
              </p>
            )}
          </div>
          <StepList steps={option.steps} />
          {option.tradeoff && (
            <Callout tone="warning" title={option.tradeoff.title} headingLevel={4}>
              {option.tradeoff.text.map((p) => (
                <p key={p}>
                  <RichText text={p} />
                </p>
              ))}
            </Callout>
          )}
        </section>
      ))}
      {node.vendorOnly && (
        <Callout tone="info" title={node.vendorOnly.title}>
          {node.vendorOnly.text.map((p) => (
            <p key={p}>
              <RichText text={p} />
            </p>
          ))}
        </Callout>
      )}
    </div>
  );
}
