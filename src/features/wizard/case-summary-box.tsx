import { CopyButton } from '../../components/copy-button';

/** The case summary as the user will paste it, with a copy button. */
export function CaseSummaryBox({ summary }: { summary: string }) {
  return (
    <section aria-labelledby="summary-heading" className="space-y-3 rounded-lg bg-surface p-4 shadow-card sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="summary-heading" className="font-semibold text-ink text-lg">
          Case summary
        </h2>
        <CopyButton text={summary} label="Copy summary" variant="primary" />
      </div>
      <pre
        tabIndex={0}
        data-testid="case-summary"
        className="max-h-[28rem] overflow-auto whitespace-pre-wrap break-words rounded-md border border-line bg-surface-2 p-3 font-mono text-[13px] text-ink leading-relaxed"
      >
        {summary}
      </pre>
    </section>
  );
}
