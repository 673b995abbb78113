/**
 * The case report (issue #5): Markdown to the clipboard, .md and .json downloads, and a printed page,
 * with a variant that hides tenant details for sharing outside the support team. The shape is
 * documented in docs/case-report.md.
 */
import { useId } from 'react';
import type { CauseVerdict } from '../../checks/types';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { DownloadIcon, PrintIcon } from '../../components/icons-after-start';
import type { WizardSnapshot } from '../../components/step-slots';
import { useCaseReport } from '../../components/use-case-report';
import { reportMarkdown } from '../../engine/case-report';
import { usePresentMode } from '../../session/present-mode';
import { download, reportFileName } from './download';
import { setHideDetails, useHideDetails } from './hide-details';
import { PrintedReport } from './printed-report';

export function CaseReportPanel({
  wizard,
  compact = false,
  privateScreen = false,
  verification,
}: {
  wizard: Pick<WizardSnapshot, 'content' | 'state' | 'view' | 'values'>;
  /** In the agent panel: the actions only, no preview. */
  compact?: boolean;
  /** The agent's own window: never the shared screen, so screen-share mode doesn't force the redaction. */
  privateScreen?: boolean;
  /** The tenant check's evidence when it lives in another tab (the agent's window). */
  verification?: { sampleTitle: string | null; verdicts: readonly CauseVerdict[] } | null;
}) {
  const id = useId();
  const present = usePresentMode() && !privateScreen;
  const hide = useHideDetails();
  // On a shared screen the report is always the redacted one: the preview is on screen too.
  const redacted = present || hide;
  const report = useCaseReport(wizard, redacted, verification);
  const markdown = reportMarkdown(report);
  const name = reportFileName(report);

  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid={compact ? 'case-report-actions' : 'case-report-panel'}
      className={compact ? 'space-y-2' : 'space-y-3 rounded-lg bg-surface p-4 shadow-card sm:p-5'}
    >
      <h2 id={`${id}-heading`} className={`font-semibold text-ink ${compact ? 'text-sm' : 'text-lg'}`}>
        Case report
      </h2>
      {!compact && (
        <p className="max-w-prose text-ink-2">
          Everything in this session: the answers, each cause with its verdict and evidence, the path with times (UTC)
          and the notes. It stays in this browser until you copy, download or print it.
        </p>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={markdown} label="Copy as Markdown" variant={compact ? 'secondary' : 'primary'} />
        <Button size="sm" onClick={() => download(`${name}.md`, 'text/markdown', markdown)}>
          <DownloadIcon width={16} height={16} />
          Download .md
        </Button>
        <Button
          size="sm"
          onClick={() => download(`${name}.json`, 'application/json', `${JSON.stringify(report, null, 2)}\n`)}
        >
          <DownloadIcon width={16} height={16} />
          Download .json
        </Button>
        <Button size="sm" onClick={() => window.print()}>
          <PrintIcon width={16} height={16} />
          Print or save as PDF
        </Button>
      </div>

      <div className="flex items-start gap-2">
        <input
          id={`${id}-hide`}
          type="checkbox"
          checked={redacted}
          disabled={present}
          onChange={(e) => setHideDetails(e.target.checked)}
          aria-describedby={`${id}-hide-hint`}
          className="mt-1 size-4 accent-brand-fill"
        />
        <div>
          <label htmlFor={`${id}-hide`} className="font-medium text-ink text-sm">
            Hide tenant details
          </label>
          <p id={`${id}-hide-hint`} className="text-ink-3 text-xs">
            {present
              ? 'Always hidden while the screen is shared.'
              : 'For sharing outside the support team: emails, IDs, IP addresses and domains are replaced.'}
          </p>
        </div>
      </div>

      {!compact && (
        <pre
          tabIndex={0}
          data-testid="case-report"
          className="max-h-[28rem] overflow-auto whitespace-pre-wrap break-words rounded-md border border-line bg-surface-2 p-3 font-mono text-[13px] text-ink leading-relaxed"
        >
          {markdown}
        </pre>
      )}
      <PrintedReport report={report} />
    </section>
  );
}
