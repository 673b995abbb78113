import { useEffect, useRef } from 'react';

/** What each shortcut does; the handlers are in present-toggle.tsx, shortcuts-button.tsx and use-wizard-shortcuts.ts. */
const SHORTCUTS = [
  { keys: ['N'], does: 'Next: the next instruction in screen-share mode, else the next unchecked cause' },
  { keys: ['B'], does: 'Back one step' },
  { keys: ['Shift', 'R'], does: 'Start over' },
  { keys: ['1', '–', '7'], does: 'Jump to cause 1 to 7, as the cause list numbers them' },
  { keys: ['P'], does: 'Screen-share mode on (turning it off asks first)' },
  { keys: ['?'], does: 'This list' },
] as const;

/** The list of keyboard shortcuts, opened with "?" or the header button; Esc or Close shuts it. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop click has Esc as its keyboard twin (native dialog)
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.close(); // a click on the backdrop
      }}
      className="m-auto w-full max-w-lg space-y-4 rounded-lg bg-surface p-6 text-ink shadow-xl backdrop:bg-black/70"
    >
      <h2 id="shortcuts-heading" className="font-semibold text-lg">
        Keyboard shortcuts
      </h2>
      <p className="text-ink-3 text-sm">They work anywhere except while you type in a field.</p>
      <dl className="space-y-2">
        {SHORTCUTS.map((s) => (
          <div key={s.does} className="flex items-start gap-3">
            <dt className="flex w-28 shrink-0 items-center gap-1">
              {s.keys.map((k) =>
                k === '–' ? (
                  <span key={k} aria-hidden="true">
                    –
                  </span>
                ) : (
                  <kbd
                    key={k}
                    className="rounded border border-line bg-surface-2 px-2 py-0.5 font-mono text-ink text-xs"
                  >
                    {k}
                  </kbd>
                ),
              )}
            </dt>
            <dd className="text-ink-2 text-sm">{s.does}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="flex justify-end">
        <button
          type="submit"
          className="min-h-10 rounded-md bg-brand-fill px-4 font-semibold text-on-brand text-sm hover:bg-brand-fill-hover"
        >
          Close
        </button>
      </form>
    </dialog>
  );
}
