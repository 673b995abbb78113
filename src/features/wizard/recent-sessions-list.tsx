import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { AppLink } from '../../components/app-link';
import { Button, buttonClass } from '../../components/button';
import { CheckIcon } from '../../components/icons';
import { ClockIcon } from '../../components/icons-after-start';
import { useRedact } from '../../components/use-redact';
import { CAUSE_IDS } from '../../engine/cause-ids';
import { forgetEverything, hasStoredItems, onStorageChange } from '../../session/device-storage';
import { forgetSession, type RecentSession, useRecentSessions } from '../../session/recent-sessions';

/** Where focus goes once the list has re-rendered: an entry (by position), the heading, or a button. */
type FocusTarget = { entry: number } | 'heading' | 'forget' | 'confirm' | null;

/**
 * The start page's "Recent sessions on this device": reopen one where it was left, clear one, or
 * forget everything the app keeps here. A chunk of its own, loaded only when something is kept
 * (see recent-sessions-slot.tsx), so the first load stays light.
 */
export function RecentSessionsList() {
  const id = useId();
  const sessions = useRecentSessions();
  const stored = useSyncExternalStore(onStorageChange, hasStoredItems);
  const redact = useRedact();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<FocusTarget>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);

  // Focus moves after the change has rendered, to what now stands where the user was.
  useEffect(() => {
    if (focus === null) return;
    if (focus === 'forget') forgetButton.current?.focus();
    else if (focus === 'confirm') confirmText.current?.focus();
    else if (focus !== 'heading' && sessions.length > 0) {
      const links = list.current?.querySelectorAll<HTMLElement>('[data-reopen]');
      links?.[Math.min(focus.entry, sessions.length - 1)]?.focus();
    } else heading.current?.focus();
    setFocus(null);
  }, [focus, sessions]);

  const clear = (session: RecentSession, index: number) => {
    forgetSession(session.key);
    setStatus(`Cleared the session started ${formatWhen(session.startedAt)}.`);
    setFocus({ entry: index });
  };

  const forget = () => {
    forgetEverything();
    setConfirming(false);
    setStatus('Nothing from this app is kept on this device now.');
    setFocus('heading');
  };

  const total = CAUSE_IDS.length;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="space-y-1">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="font-semibold text-ink text-xl">
          Recent sessions on this device
        </h2>
        <p className="max-w-prose text-ink-3 text-sm">
          Sessions and notes stay in this browser on this device only, and are never sent anywhere.
        </p>
      </div>

      {sessions.length > 0 ? (
        <ul ref={list} className="space-y-2">
          {sessions.map((s, index) => {
            const started = formatWhen(s.startedAt);
            const updated = formatWhen(s.updatedAt);
            const checked = Math.min(s.checked, total);
            return (
              <li key={s.key} className="flex flex-wrap items-center gap-3 rounded-lg bg-surface p-4 shadow-card">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold text-ink">{capitalise(redact(s.where))}</p>
                  <p className="flex flex-wrap gap-3 text-ink-3 text-sm">
                    <span className="inline-flex items-start gap-1">
                      <CheckIcon width={14} height={14} className="mt-0.5 shrink-0" />
                      {checked === 0 ? 'No causes checked yet' : `${checked} of ${total} causes checked`}
                    </span>
                    <span className="inline-flex items-start gap-1">
                      <ClockIcon width={14} height={14} className="mt-0.5 shrink-0" />
                      <span>
                        Started <time dateTime={isoTime(s.startedAt)}>{started}</time>
                        {updated !== started && (
                          <>
                            , last updated <time dateTime={isoTime(s.updatedAt)}>{updated}</time>
                          </>
                        )}
                      </span>
                    </span>
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <AppLink
                    to={s.url}
                    data-reopen=""
                    aria-label={`Reopen session started ${started}`}
                    className={buttonClass('secondary', '', 'sm')}
                  >
                    Reopen
                  </AppLink>
                  <Button
                    size="sm"
                    variant="subtle"
                    aria-label={`Clear session started ${started}`}
                    onClick={() => clear(s, index)}
                  >
                    Clear
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        stored && <p className="text-ink-2">No recent sessions are kept on this device.</p>
      )}

      <div role="status">
        {status && (
          <p className="flex items-start gap-2 text-ink-2">
            <CheckIcon width={18} height={18} className="mt-0.5 shrink-0 text-success-ink" />
            {status}
          </p>
        )}
      </div>

      {confirming ? (
        <div className="space-y-3 rounded-md border border-warning-line bg-warning-soft p-4">
          <p ref={confirmText} tabIndex={-1} className="text-ink-2">
            This clears recent sessions, notes and the screen-share setting on this device.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={forget}>
              Forget everything
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                setFocus('forget');
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        stored && (
          <Button
            ref={forgetButton}
            variant="subtle"
            size="sm"
            className="-ml-2.5"
            onClick={() => {
              setConfirming(true);
              setFocus('confirm');
            }}
          >
            Forget everything on this device
          </Button>
        )
      )}
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString();

/** "today 14:05", "yesterday 09:12", "28 Nov 14:05" (with the year when it isn't this one), local time. */
function formatWhen(seconds: number, now = new Date()): string {
  const d = new Date(seconds * 1000);
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const startOfDay = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((startOfDay(now) - startOfDay(d)) / 86_400_000);
  if (days === 0) return `today ${time}`;
  if (days === 1) return `yesterday ${time}`;
  const date = d.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: d.getFullYear() === now.getFullYear() ? undefined : 'numeric',
  });
  return `${date} ${time}`;
}
