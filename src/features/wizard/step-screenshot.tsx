import { type KeyboardEvent, useId, useRef } from 'react';
import { useRedact } from '../../components/use-redact';
import type { Screenshot } from '../../engine/content-schema';
import { ScreenshotCallouts } from './screenshot-callouts';

/**
 * A step's screenshot: the screen the step sends the user to, with what to click marked on it. Select it
 * (mouse or keyboard) to see it at full size in a modal dialog: Tab stays inside, Esc or Close returns.
 * Its texts (alt text, caption, the dialog's title) are redacted in screen-share mode.
 */
export function StepScreenshot({ shot }: { shot: Screenshot }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const redact = useRedact();
  const alt = redact(shot.alt);
  const checked = new Date(`${shot.checkedOn}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // In the page a picture never grows past its own size; enlarged it is shown at its own size, and the
  // dialog scrolls where the screen is smaller.
  const picture = (zoomed: boolean) => (
    <span
      className="relative block"
      style={{
        aspectRatio: `${shot.width} / ${shot.height}`,
        ...(zoomed ? { width: shot.width } : { maxWidth: shot.width }),
      }}
    >
      <img
        src={shot.src}
        alt={alt}
        width={shot.width}
        height={shot.height}
        loading={zoomed ? 'eager' : 'lazy'}
        decoding="async"
        className="block h-full w-full"
      />
      <ScreenshotCallouts callouts={shot.callouts} width={shot.width} height={shot.height} />
    </span>
  );

  // The dialog holds two stops, Close and the scrollable picture: Tab moves between them and never leaves.
  const keepFocusInside = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const stops = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-focus-stop]')];
    const index = stops.indexOf(document.activeElement as HTMLElement);
    const next = stops[(index + (e.shiftKey ? stops.length - 1 : 1)) % stops.length];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <figure className="space-y-1.5" data-screenshot={shot.src}>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="block w-fit max-w-full cursor-zoom-in overflow-hidden rounded-md border border-line bg-white p-1 shadow-card"
      >
        {picture(false)}
        <span className="sr-only"> Select to enlarge.</span>
      </button>
      <figcaption className="text-ink-3 text-xs">
        {shot.illustration ? 'Illustration' : 'Screenshot'}: checked against the {redact(shot.portal)} on{' '}
        <time dateTime={shot.checkedOn}>{checked}</time>. Select it to enlarge.
      </figcaption>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onKeyDown={keepFocusInside}
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close(); // a click on the backdrop
        }}
        className="m-auto max-h-[95dvh] w-[min(96vw,1480px)] max-w-none rounded-lg bg-surface p-3 text-ink shadow-xl backdrop:bg-black/70"
      >
        <div className="mb-2 flex items-start justify-between gap-3">
          <p id={titleId} className="text-ink-2 text-sm">
            {alt}
          </p>
          <form method="dialog">
            <button
              type="submit"
              data-focus-stop
              className="rounded-md border border-line px-3 py-1.5 font-semibold text-ink text-sm hover:bg-surface-3"
            >
              Close
            </button>
          </form>
        </div>
        <section
          data-focus-stop
          tabIndex={0}
          aria-label="The picture at full size; scroll to see all of it"
          className="max-h-[calc(95dvh-6rem)] overflow-auto rounded-md"
        >
          <div className="w-fit bg-white p-1">{picture(true)}</div>
        </section>
      </dialog>
    </figure>
  );
}
