import { lazy, Suspense, useEffect, useState } from 'react';
import { ASK_TO_SHOW_DETAILS, isShortcutKey } from '../components/shortcuts';
import { readPresentMode, setPresentMode } from '../session/present-mode';

const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));

/** "?" in the header, and the keys that work on every page: "?" for the list of shortcuts, P for screen-share mode. */
export function ShortcutsButton() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcutKey(e)) return;
      if (e.key === '?') setOpen(true);
      else if (e.key === 'p' || e.key === 'P') {
        // On: one key. Off again: only after the same question as the header's button.
        if (readPresentMode()) window.dispatchEvent(new Event(ASK_TO_SHOW_DETAILS));
        else setPresentMode(true);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Shift+?"
        className="min-h-9 min-w-9 rounded-md border border-line px-2 font-semibold text-ink-2 text-sm hover:bg-surface-3"
      >
        <span aria-hidden="true">?</span>
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
