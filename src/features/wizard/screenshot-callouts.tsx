import { useRedact } from '../../components/use-redact';
import type { Callout } from '../../engine/content-schema';

/**
 * The markers and boxes drawn over a screenshot, positioned in percentages of the image so they stay on
 * their target at any displayed size (in the page and zoomed). Decorative: the alt text says the same.
 * Their labels are redacted in screen-share mode, like every text on screen.
 */
export function ScreenshotCallouts({
  callouts,
  width,
  height,
}: {
  callouts: readonly Callout[];
  width: number;
  height: number;
}) {
  const redact = useRedact();
  let marker = 0;
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0">
      {callouts.map((c) => {
        const left = `${(c.x / width) * 100}%`;
        const top = `${(c.y / height) * 100}%`;
        if (c.kind === 'box') {
          return (
            <span
              key={`box-${c.x}-${c.y}`}
              data-callout="box"
              className="absolute rounded-[3px] border-[3px] border-callout bg-callout/10"
              style={{ left, top, width: `${((c.w ?? 0) / width) * 100}%`, height: `${((c.h ?? 0) / height) * 100}%` }}
            />
          );
        }
        marker++;
        return (
          <span
            key={`marker-${c.x}-${c.y}`}
            data-callout="marker"
            className="absolute flex size-5 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full border-2 border-white bg-callout font-bold text-[11px] text-white shadow-md sm:size-6 sm:text-xs"
            style={{ left, top }}
          >
            {c.label === undefined ? marker : redact(c.label)}
          </span>
        );
      })}
    </div>
  );
}
