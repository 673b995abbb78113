import { lazy, Suspense } from 'react';
import { setPresentMode, usePresentMode } from '../session/present-mode';

const PresentBar = lazy(() => import('./present-bar'));

/** Screen-share mode: one click (or P, shortcuts-button.tsx) turns it on; present-bar.tsx shows it and turns it off. */
export function PresentToggle() {
  const on = usePresentMode();

  if (on) {
    return (
      <Suspense fallback={null}>
        <PresentBar />
      </Suspense>
    );
  }
  return (
    <button
      type="button"
      aria-pressed={false}
      aria-keyshortcuts="P"
      onClick={() => setPresentMode(true)}
      className="min-h-9 rounded-md border border-line px-3 font-semibold text-ink-2 text-sm hover:bg-surface-3"
    >
      Screen-share mode
    </button>
  );
}
