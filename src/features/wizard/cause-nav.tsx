import { useState } from 'react';
import { AppLink } from '../../components/app-link';
import type { CauseId } from '../../engine/cause-ids';
import type { CauseStatus } from '../../engine/wizard-state';
import { StatusBadge } from './status-badge';

export interface CauseNavItem {
  id: CauseId;
  shortTitle: string;
  status: CauseStatus;
  /** The DESIGN §8 marker, once known. */
  verdict: 'pass' | 'fail' | 'unknown' | undefined;
  /** Decided by the automatic tenant check rather than by hand. */
  auto: boolean;
  href: string;
  current: boolean;
}

/**
 * The seven causes in the order that fits the user's answers, each with its status and a link to jump
 * to it. On narrow screens the list folds away behind a button; the progress stays in view.
 */
export function CauseNav({ items }: { items: readonly CauseNavItem[] }) {
  const [open, setOpen] = useState(false);
  const checked = items.filter((item) => item.status !== 'not-checked').length;
  const progress = `${checked} of ${items.length} checked`;

  return (
    <nav aria-labelledby="cause-nav-heading" className="rounded-lg bg-surface shadow-card">
      <div className="flex items-center justify-between gap-2 p-4 pb-2">
        <h2 id="cause-nav-heading" className="font-semibold text-ink">
          The seven causes
        </h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="cause-nav-list"
          onClick={() => setOpen((o) => !o)}
          className="min-h-9 rounded-md border border-line px-3 text-ink-2 text-sm hover:bg-surface-3 lg:hidden"
        >
          {open ? 'Hide list' : 'Show list'}
        </button>
      </div>
      <div className="px-4 pb-3">
        <p className="mb-1.5 text-ink-2 text-sm" data-testid="progress">
          {progress}
        </p>
        <div
          role="progressbar"
          aria-label="Causes checked"
          aria-valuenow={checked}
          aria-valuemin={0}
          aria-valuemax={items.length}
          aria-valuetext={progress}
          className="h-1.5 overflow-hidden rounded-full bg-surface-3"
        >
          <div className="h-full rounded-full bg-brand-fill" style={{ width: `${(checked / items.length) * 100}%` }} />
        </div>
      </div>
      <ol id="cause-nav-list" className={`${open ? 'block' : 'hidden'} border-line-2 border-t p-2 lg:block`}>
        {items.map((item, i) => (
          <li key={item.id} data-cause-id={item.id} data-status={item.status} data-verdict={item.verdict}>
            <AppLink
              to={item.href}
              aria-current={item.current ? 'step' : undefined}
              className={`flex min-h-11 items-start gap-3 rounded-md px-2 py-2 hover:bg-surface-3 ${item.current ? 'bg-brand-soft' : ''}`}
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full font-semibold text-xs ${
                  item.current ? 'bg-brand-fill text-on-brand' : 'bg-surface-3 text-ink-2'
                }`}
              >
                {i + 1}
              </span>
              <span className="min-w-0 flex-1">
                <span className={`block text-ink text-sm ${item.current ? 'font-semibold' : ''}`}>
                  {item.shortTitle}
                </span>
                <StatusBadge status={item.status} auto={item.auto} failedCheck={item.verdict === 'fail'} />
              </span>
            </AppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
