/**
 * On a cause's page: what the automatic tenant check said about it (the wizard's verdict slot). The
 * verdict travels in the address; the evidence only lives in this tab's memory, so after a reload the
 * note says so and offers to check again. In screen-share mode its tenant details are hidden (FindingList).
 */
import { useLocation } from 'react-router';
import { AppLink } from '../../components/app-link';
import { formatLocalTime } from '../../components/datetime-local';
import { useRedact } from '../../components/use-redact';
import type { CauseId } from '../../engine/cause-ids';
import type { AutoVerdict } from '../../engine/wizard-state';
import { useLatestVerification } from '../../session/latest-verification';
import { FindingList } from './finding-list';
import { VerdictBadge } from './verdict-badge';

export default function AutoVerdictNote({
  causeId,
  verdict,
}: {
  causeId: CauseId;
  verdict: { status: AutoVerdict; at: number };
}) {
  const latest = useLatestVerification();
  const redact = useRedact();
  const location = useLocation();
  const details = latest?.verdicts.find((v) => v.causeId === causeId && v.checkedAt === verdict.at);
  const recheck = `/verify?from=${encodeURIComponent(location.pathname + location.search)}`;
  return (
    <section
      aria-labelledby="auto-verdict-heading"
      data-testid="auto-verdict"
      data-verdict={verdict.status}
      className="space-y-3 rounded-lg border border-line-2 bg-surface p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="auto-verdict-heading" className="font-semibold text-ink">
          Automatic check
        </h2>
        <VerdictBadge status={verdict.status} />
        <span className="text-ink-3 text-sm">
          {formatLocalTime(verdict.at)}
          {latest?.sampleTitle ? ` · sample data: ${redact(latest.sampleTitle)}` : ''}
        </span>
      </div>
      {details ? (
        <FindingList findings={details.findings} checkedAt={details.checkedAt} />
      ) : (
        <p className="text-ink-2 text-sm">
          The evidence isn’t here: it stays only in the tab that ran the check, and signing out clears it.
        </p>
      )}
      <AppLink to={recheck} className="font-semibold text-brand-ink text-sm underline">
        Check the tenant again
      </AppLink>
    </section>
  );
}
