import { formatLocalTime } from '../../components/datetime-local';
import { ClockIcon } from '../../components/icons-after-start';
import { useNow } from '../../components/use-now';
import { formatDuration } from '../../engine/propagation';

/** A recent change is still reaching every server: when the backup should work again. */
export function ChangeCountdown({ changedAt, readyAt }: { changedAt: number; readyAt: number }) {
  const now = useNow();
  const left = readyAt - now;
  return (
    <p
      className="flex items-center gap-2 rounded-md bg-brand-soft px-3 py-2 text-ink text-sm"
      data-testid="change-countdown"
    >
      <ClockIcon width={16} height={16} className="shrink-0 text-brand-ink" />
      {left > 0 ? (
        <span>
          Changed {formatLocalTime(changedAt)}: retry after {formatLocalTime(readyAt)} (
          <span className="tabular-nums">{formatDuration(left)}</span> left).
        </span>
      ) : (
        <span>Changed {formatLocalTime(changedAt)}: it should have applied by now. Retry.</span>
      )}
    </p>
  );
}
