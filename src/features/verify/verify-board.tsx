import type { CauseVerdict } from '../../checks/types';
import { AppLink } from '../../components/app-link';
import { Button, buttonClass } from '../../components/button';
import { formatLocalTime } from '../../components/datetime-local';
import { ArrowRightIcon, RestartIcon } from '../../components/icons';
import { useRedact } from '../../components/use-redact';
import type { CauseId } from '../../engine/cause-ids';
import { FindingList } from './finding-list';
import { VerdictBadge } from './verdict-badge';

const RANK = { fail: 0, unknown: 1, pass: 2 } as const;

/**
 * The seven causes at a glance, failing ones first, each with its evidence and a way into its fix.
 * Marked with DESIGN §8's data-cause-id / data-verdict for the tests. Tenant details in its texts are
 * hidden in screen-share mode (the evidence itself: FindingList).
 */
export function VerifyBoard({
  verdicts,
  titles,
  sampleTitle,
  hrefFor,
  continueHref,
  onCheckAgain,
  checking,
}: {
  verdicts: readonly CauseVerdict[];
  titles: Readonly<Record<CauseId, string>>;
  sampleTitle: string | null;
  hrefFor: (causeId: CauseId) => string;
  continueHref: string;
  onCheckAgain: () => void;
  checking: boolean;
}) {
  const redact = useRedact();
  const sorted = [...verdicts].sort((a, b) => RANK[a.status] - RANK[b.status]);
  const count = (status: CauseVerdict['status']) => verdicts.filter((v) => v.status === status).length;
  const checkedAt = verdicts[0]?.checkedAt ?? 0;
  return (
    <section aria-labelledby="board-heading" className="space-y-4" data-testid="verify-board" aria-busy={checking}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 id="board-heading" tabIndex={-1} className="font-semibold text-ink text-xl">
            {headline(count('fail'), count('pass'), count('unknown'))}
          </h2>
          <p className="text-ink-2 text-sm">
            {count('pass')} pass, {count('unknown')} couldn’t be checked · read {formatLocalTime(checkedAt)}
            {sampleTitle && (
              <span className="ml-2 rounded-full border border-warning-line bg-warning-soft px-2 py-0.5 font-semibold text-warning-ink text-xs">
                Sample data: {redact(sampleTitle)}
              </span>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button onClick={onCheckAgain} disabled={checking}>
            <RestartIcon width={18} height={18} />
            {checking ? 'Checking…' : 'Check again'}
          </Button>
          <AppLink to={continueHref} className={buttonClass('primary')}>
            Continue with these results
            <ArrowRightIcon width={18} height={18} />
          </AppLink>
        </div>
      </div>
      <ol className="space-y-3">
        {sorted.map((verdict) => (
          <li
            key={verdict.causeId}
            data-cause-id={verdict.causeId}
            data-verdict={verdict.status}
            className="space-y-3 rounded-lg bg-surface p-4 shadow-card"
          >
            <div className="flex flex-wrap items-center gap-2">
              <VerdictBadge status={verdict.status} />
              <h3 className="font-semibold text-ink">{titles[verdict.causeId]}</h3>
            </div>
            {verdict.status !== 'fail' && (
              <p className="text-ink-2 text-sm">
                {redact((verdict.findings.find((f) => f.status === verdict.status) ?? verdict.findings[0])?.text ?? '')}
              </p>
            )}
            <details open={verdict.status === 'fail'} className="text-sm">
              <summary className="cursor-pointer font-semibold text-ink-2">
                Evidence ({verdict.findings.length})
              </summary>
              <div className="mt-3">
                <FindingList findings={verdict.findings} checkedAt={verdict.checkedAt} />
              </div>
            </details>
            <AppLink
              to={hrefFor(verdict.causeId)}
              className="inline-flex items-center gap-1 font-semibold text-brand-ink text-sm underline"
            >
              {verdict.status === 'fail'
                ? 'Go to the fix'
                : verdict.status === 'unknown'
                  ? 'Check it by hand'
                  : 'See this cause'}
              <ArrowRightIcon width={16} height={16} />
            </AppLink>
          </li>
        ))}
      </ol>
    </section>
  );
}

function headline(fail: number, pass: number, unknown: number): string {
  if (fail > 0) return `${fail} of 7 causes fail`;
  if (pass === 0) return 'Nothing could be checked';
  if (unknown > 0) return `No cause failed; ${unknown} couldn’t be checked`;
  return 'All seven causes pass';
}
