/**
 * The support agent's tools (issue #5): what to say at this step, notes per step, the path so far with
 * times, and links to share the step. Beside the wizard, or in a window of its own (agent-window.tsx)
 * that the agent keeps on a screen the customer doesn't see.
 */
import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { ExternalIcon } from '../../components/icons-after-start';
import { RichText, TemplateValuesContext } from '../../components/rich-text';
import type { WizardSnapshot } from '../../components/step-slots';
import { buildCaseReport, utc } from '../../engine/case-report';
import { findCause, findNode } from '../../engine/content-lookup';
import { stepId } from '../../engine/step-id';
import { encodeUrl } from '../../engine/url-encode';
import type { CauseStatus } from '../../engine/wizard-state';
import { useNotes, writeNote } from '../../session/notes';
import { sessionKey } from '../../session/session-key';

export function AgentPanel({
  wizard,
  report,
  inOwnWindow,
  go,
  onHide,
}: {
  wizard: WizardSnapshot;
  /** The case report's actions, composed in by the app. */
  report: ReactNode;
  inOwnWindow: boolean;
  /** Moves the wizard to an address: here, or in the wizard's window when this is the agent's own. */
  go: (url: string) => void;
  /** Beside the wizard: folds the panel away again. */
  onHide?: () => void;
}) {
  const { content, state, view, values } = wizard;
  const session = sessionKey(state);
  const notes = useNotes(session);
  const step = stepId(view.step);
  const path = buildCaseReport({
    content,
    state,
    view,
    values,
    notes,
    verification: null,
    appVersion: '',
    now: 0,
    redacted: false,
  }).path;
  const origin = window.location.origin;
  const withoutAnswers = encodeUrl(content, { answers: {}, log: state.log }, view.step);

  return (
    // The snapshot's values fill the script's placeholders: the agent's own window has no wizard around it.
    <TemplateValuesContext value={values}>
      <section
        aria-labelledby="agent-heading"
        data-testid="agent-panel"
        className="space-y-4 rounded-lg bg-surface p-4 text-sm shadow-card"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="agent-heading" tabIndex={-1} className="font-semibold text-ink text-lg">
            Agent tools
          </h2>
          {onHide && (
            <Button size="sm" variant="subtle" onClick={onHide}>
              Hide
            </Button>
          )}
        </div>
        {!inOwnWindow && (
          <div className="space-y-1">
            <a
              href="/agent"
              target="troubleshooter-agent"
              className="inline-flex items-center gap-1 font-semibold text-brand-ink underline"
            >
              Open in its own window
              <ExternalIcon width={14} height={14} />
              <span className="sr-only"> (opens a new window)</span>
            </a>
            <p className="text-ink-3 text-xs">
              Screen-share mode hides this panel: open its own window first, on a screen you don't share.
            </p>
          </div>
        )}

        <div className="space-y-1">
          <h3 className="font-semibold text-ink">Say this</h3>
          <p className="text-ink-2" data-testid="agent-script">
            <RichText text={scriptFor(wizard)} />
          </p>
        </div>

        <div className="space-y-1">
          <label htmlFor="agent-note" className="block font-semibold text-ink">
            Notes for this step
          </label>
          {session ? (
            <>
              <textarea
                id="agent-note"
                rows={3}
                value={notes[step] ?? ''}
                onChange={(e) => writeNote(session, step, e.target.value)}
                aria-describedby="agent-note-hint"
                className="block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
              />
              <p id="agent-note-hint" className="text-ink-3 text-xs">
                Kept on this device and in the case report, never in a shared link.
              </p>
            </>
          ) : (
            <p className="text-ink-3">Notes can be taken once the troubleshooting has started.</p>
          )}
        </div>

        <div className="space-y-1">
          <h3 id="agent-path-heading" className="font-semibold text-ink">
            Path so far
          </h3>
          {path.length === 0 ? (
            <p className="text-ink-3">Nothing yet.</p>
          ) : (
            // It scrolls once the path is long: focusable, so a keyboard can scroll it too.
            <ol
              tabIndex={0}
              aria-labelledby="agent-path-heading"
              className="max-h-48 space-y-1 overflow-auto"
              data-testid="agent-path"
            >
              {path.map((entry, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the path only grows at the end, so a place is stable
                <li key={i} className="text-ink-2">
                  <time className="text-ink-3" dateTime={entry.at}>
                    {utc(Date.parse(entry.at) / 1000).slice(11, 16)}
                  </time>{' '}
                  {entry.step}: {entry.detail}
                </li>
              ))}
            </ol>
          )}
        </div>

        <div className="space-y-1">
          <h3 className="font-semibold text-ink">Jump to a cause</h3>
          <ol className="space-y-1" data-testid="agent-jumps">
            {view.order.map((id, i) => {
              const here = view.step.kind === 'node' && view.step.causeId === id;
              return (
                <li key={id}>
                  <button
                    type="button"
                    onClick={() => go(wizard.hrefFor({ type: 'JUMP', causeId: id }))}
                    aria-current={here ? 'step' : undefined}
                    className={`flex min-h-8 w-full items-center gap-2 rounded-md px-2 text-left hover:bg-surface-3 ${here ? 'bg-brand-soft font-semibold text-brand-ink' : 'text-ink-2'}`}
                  >
                    <kbd className="font-mono text-ink-3 text-xs">{i + 1}</kbd>
                    <RichText text={findCause(content, id)?.shortTitle ?? id} />
                    <span className="ml-auto text-ink-3 text-xs">{STATUS_WORD[view.records[id].status]}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </div>

        <div className="space-y-1">
          <h3 className="font-semibold text-ink">Share this step</h3>
          <div className="flex flex-wrap gap-2">
            <CopyButton text={origin + withoutAnswers} label="Copy link without answers" />
            <CopyButton text={origin + wizard.url} label="Copy link with answers" />
          </div>
          <p className="text-ink-3 text-xs">
            Without answers, the link keeps the step and the path but not what was typed (account, app ID, error). Notes
            are never in a link.
          </p>
        </div>

        {report}
      </section>
    </TemplateValuesContext>
  );
}

const STATUS_WORD: Record<CauseStatus, string> = {
  'not-checked': '',
  'ruled-out': 'ruled out',
  fixed: 'fixed',
  'cant-check': "couldn't check",
};

/** What the agent says at this step: the content's script for the node, or for start, resolved, escalate. */
function scriptFor({ content, view }: WizardSnapshot): string {
  const { step } = view;
  if (step.kind === 'node') {
    const cause = findCause(content, step.causeId);
    const node = cause && findNode(cause, step.nodeId);
    return node?.say ?? '';
  }
  return step.kind === 'resolved'
    ? content.flow.say.resolved
    : step.kind === 'escalate'
      ? content.flow.say.escalate
      : content.flow.say.start;
}
