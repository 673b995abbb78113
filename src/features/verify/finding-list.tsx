import type { Finding } from '../../checks/types';
import { formatLocalTime } from '../../components/datetime-local';
import { useRedact } from '../../components/use-redact';
import { ChangeCountdown } from './change-countdown';
import { VerdictBadge } from './verdict-badge';
import { REASON_TEXT } from './verdict-style';

/**
 * The evidence behind a verdict: what was read, from which Graph resource, and when. Its sentences name
 * the account, IDs, addresses and secret hints, so in screen-share mode they are shown redacted.
 */
export function FindingList({ findings, checkedAt }: { findings: readonly Finding[]; checkedAt: number }) {
  const redact = useRedact();
  return (
    <ul className="space-y-3">
      {findings.map((f) => (
        <li key={`${f.source}|${f.text}`} className="space-y-1 text-sm" data-finding-status={f.status}>
          <div className="flex flex-wrap items-start gap-2">
            <VerdictBadge status={f.warning && f.status === 'pass' ? 'unknown' : f.status} />
            <p className="min-w-0 flex-1 text-ink">{redact(f.text)}</p>
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
              {redact(f.manual)}
            </p>
          )}
          {f.change && f.status === 'fail' && <ChangeCountdown changedAt={f.change.at} readyAt={f.change.readyAt} />}
          <p className="text-ink-3 text-xs">
            <code className="font-mono">{redact(f.source)}</code> · read {formatLocalTime(checkedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
