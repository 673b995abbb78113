import { RichText } from '../../components/rich-text';
import { useStepSlots } from '../../components/step-slots';
import { CAUSE_IDS, type CauseId } from '../../engine/cause-ids';
import { findCause, findNode } from '../../engine/content-lookup';
import type { CheckNode, FixNode } from '../../engine/content-schema';
import { AnswerButtons } from './answer-buttons';
import { ArticleNote, CauseSources, CauseWhy } from './cause-about';
import { verdictMarker } from './cause-status';
import { FixOptions } from './fix-options';
import { PropagationCountdown } from './propagation-countdown';
import { StatusBadge } from './status-badge';
import { StepHeading } from './step-heading';
import { StepList } from './step-list';
import { useWizard } from './wizard-context';

/** One step inside a cause: a check (how to look, then a question) or a fix (then "did it work?"). */
export function NodeStep({ causeId, nodeId }: { causeId: CauseId; nodeId: string }) {
  const { content, view } = useWizard();
  const { verdict } = useStepSlots();
  const cause = findCause(content, causeId);
  const node = cause && findNode(cause, nodeId);
  if (!cause || !node) return null; // the URL codec only lets through steps that exist
  const record = view.records[causeId];
  const position = view.order.indexOf(causeId) + 1;
  const isEntry = node.id === cause.entry;

  return (
    <article
      data-step-id={`${causeId}/${nodeId}`}
      data-cause-id={causeId}
      data-verdict={verdictMarker(record, view.verified?.verdicts[causeId])}
      aria-labelledby="step-heading"
      className="space-y-6"
    >
      <div className="space-y-2">
        <StepHeading eyebrow={`Cause ${position} of ${CAUSE_IDS.length} · ${cause.shortTitle}`}>
          {cause.title}
        </StepHeading>
        <p className="max-w-prose text-ink-2 text-lg">{cause.summary}</p>
        {record.status !== 'not-checked' && (
          <p className="text-sm">
            Earlier result: <StatusBadge status={record.status} />
          </p>
        )}
      </div>

      {view.verified && verdict?.(causeId, { status: view.verified.verdicts[causeId], at: view.verified.at })}

      {isEntry ? (
        <>
          <CauseWhy cause={cause} />
          <ArticleNote cause={cause} />
        </>
      ) : (
        <details className="rounded-md border border-line-2 bg-surface px-4 py-3">
          <summary className="cursor-pointer font-semibold text-ink">
            Why this happens and what the article says
          </summary>
          <div className="mt-3 space-y-4">
            <CauseWhy cause={cause} />
            <ArticleNote cause={cause} />
          </div>
        </details>
      )}

      {node.kind === 'check' ? <CheckView node={node} /> : <FixView node={node} />}
      <CauseSources cause={cause} />
    </article>
  );
}

function CheckView({ node }: { node: CheckNode }) {
  const { dispatch } = useWizard();
  return (
    <>
      <section aria-labelledby="node-heading" className="space-y-4">
        <h2 id="node-heading" className="font-semibold text-ink text-xl">
          {node.title}
        </h2>
        <Paragraphs texts={node.intro} />
        {node.steps && <StepList steps={node.steps} />}
      </section>
      <AnswerButtons
        questionId="question-heading"
        question={node.question}
        layout="stack"
        answers={node.answers.map((a) => ({
          id: a.id,
          label: a.label,
          variant: a.next === '#cant-check' ? 'subtle' : 'secondary',
        }))}
        onAnswer={(answerId) => dispatch({ type: 'ANSWER', answerId })}
      />
    </>
  );
}

function FixView({ node }: { node: FixNode }) {
  const { content, dispatch } = useWizard();
  const { retry } = content.flow;
  return (
    <>
      <section aria-labelledby="node-heading" className="space-y-4">
        <h2 id="node-heading" className="font-semibold text-ink text-xl">
          {node.title}
        </h2>
        <Paragraphs texts={node.intro} />
        {node.widget === 'propagation-countdown' && <PropagationCountdown />}
        <FixOptions node={node} />
      </section>
      <AnswerButtons
        questionId="question-heading"
        question={retry.question}
        help={retry.help}
        layout="row"
        answers={[
          { id: 'worked', label: retry.answers.worked, variant: 'primary' },
          { id: 'still-failing', label: retry.answers.stillFailing },
          { id: 'cant-check', label: retry.answers.cantCheck, variant: 'subtle' },
        ]}
        onAnswer={(id) =>
          dispatch({
            type: 'RETRY',
            result: id === 'worked' ? 'worked' : id === 'still-failing' ? 'still-failing' : 'cant-check',
          })
        }
      />
    </>
  );
}

function Paragraphs({ texts }: { texts: readonly string[] | undefined }) {
  return texts?.map((p) => (
    <p key={p} className="max-w-prose text-ink-2">
      <RichText text={p} />
    </p>
  ));
}
