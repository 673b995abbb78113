import { buttonClass } from '../../components/button';
import { CodeBlock } from '../../components/code-block';
import { ExternalIcon } from '../../components/icons';
import { RichText, useFillTemplate } from '../../components/rich-text';
import type { Step } from '../../engine/content-schema';
import { StepScreenshot } from './step-screenshot';

/** Numbered instructions. Each step may carry bullets, a command to copy and a deep link. */
export function StepList({ steps }: { steps: readonly Step[] }) {
  const fill = useFillTemplate();
  return (
    <ol className="space-y-4">
      {steps.map((step, i) => (
        <li key={step.id} data-instruction-id={step.id} className="flex gap-3">
          <span
            aria-hidden="true"
            className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full border border-brand-line bg-brand-soft font-semibold text-brand-ink text-sm"
          >
            {i + 1}
          </span>
          <div className="min-w-0 flex-1 space-y-2.5 pt-0.5">
            <p className="text-ink-2">
              <span className="sr-only">Step {i + 1}: </span>
              <RichText text={step.text} />
            </p>
            {step.details && (
              <ul className="list-disc space-y-1 pl-5 text-ink-2 marker:text-ink-3">
                {step.details.map((d) => (
                  <li key={d}>
                    <RichText text={d} />
                  </li>
                ))}
              </ul>
            )}
            {step.screenshot && <StepScreenshot shot={step.screenshot} />}
            {step.code && (
              <CodeBlock label={fill(step.code.label)} code={fill(step.code.text)} language={step.code.language} />
            )}
            {step.link && (
              <a
                href={step.link.href}
                target="_blank"
                rel="noreferrer"
                className={buttonClass('secondary', 'no-underline', 'sm')}
              >
                {fill(step.link.label)}
                <ExternalIcon width={16} height={16} />
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
