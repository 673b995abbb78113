import { useEffect, useRef, useState } from 'react';
import { ASK_TO_SHOW_DETAILS } from '../components/shortcuts';
import { setPresentMode } from '../session/present-mode';

/**
 * The header while screen-share mode is on: the "details hidden" badge, and turning it off, which asks
 * first because everyone watching the shared screen would see the details. P asks the same question.
 * A chunk of its own: the first page, with the mode off, never needs it.
 */
export default function PresentBar() {
  const [confirming, setConfirming] = useState(false);
  const keepHidden = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const ask = () => setConfirming(true);
    window.addEventListener(ASK_TO_SHOW_DETAILS, ask);
    return () => window.removeEventListener(ASK_TO_SHOW_DETAILS, ask);
  }, []);
  useEffect(() => {
    if (confirming) keepHidden.current?.focus();
  }, [confirming]);

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <span
        data-testid="details-hidden"
        className="rounded-full border border-warning-line bg-warning-soft px-2.5 py-1 font-semibold text-warning-ink text-xs"
      >
        Screen-share mode · details hidden
      </span>
      {confirming ? (
        <span className="flex items-center gap-2 text-ink-2 text-sm">
          Show tenant details? Everyone watching will see them.
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              setPresentMode(false);
            }}
            className="min-h-9 rounded-md bg-brand-fill px-3 font-semibold text-on-brand"
          >
            Show details
          </button>
          <button
            ref={keepHidden}
            type="button"
            onClick={() => setConfirming(false)}
            className="min-h-9 rounded-md border border-line px-3 font-semibold text-ink"
          >
            Keep hidden
          </button>
        </span>
      ) : (
        <button
          type="button"
          aria-pressed={true}
          onClick={() => setConfirming(true)}
          className="min-h-9 rounded-md border border-line px-3 font-semibold text-ink-2 text-sm hover:bg-surface-3"
        >
          Turn off
        </button>
      )}
    </div>
  );
}
