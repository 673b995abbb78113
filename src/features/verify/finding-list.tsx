import type { Finding } from '../../checks/types';
import { formatLocalTime } from '../../components/datetime-local';
import { ChangeCountdown } from './change-countdown';
import { VerdictBadge } from './verdict-badge';
import { REASON_TEXT } from './verdict-style';

/** The evidence behind a verdict: what was read, from which Graph resource, and when. */
export function FindingList({ findings, checkedAt }: { findings: readonly Finding[]; checkedAt: number }) {
  return (
    <ul className="space-y-3">
      {findings.map((f) => (
        <li key={`${f.source}|${f.text}`} className="space-y-1 text-sm" data-finding-status={f.status}>
          <div className="flex flex-wrap items-start gap-2">
            <VerdictBadge status={f.warning && f.status === 'pass' ? 'unknown' : f.status} />
            <p className="min-w-0 flex-1 text-ink">{f.text}</p>
          </div>
          {f.status === 'unknown' && f.reason && (
            <p className="text-ink-2">
              <span className="font-semibold">Why: </span>
              {REASON_TEXT[f.reason]}.
            </p>
          )}
          {f.manual && (
            <p className="text-ink-2">
              <span className="font-semibold">By hand: </span>
              {f.manual}
            </p>
          )}
          {f.change && f.status === 'fail' && <ChangeCountdown changedAt={f.change.at} readyAt={f.change.readyAt} />}
          <p className="text-ink-3 text-xs">
            <code className="font-mono">{f.source}</code> · read {formatLocalTime(checkedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
