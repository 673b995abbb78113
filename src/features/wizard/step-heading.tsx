import type { ReactNode } from 'react';

/**
 * The heading of the step on screen. It takes focus after every navigation (see wizard.tsx), so a
 * keyboard or screen-reader user lands at the top of the new step.
 */
export function StepHeading({ eyebrow, children }: { eyebrow?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1">
      {eyebrow && <p className="font-semibold text-brand-ink text-sm">{eyebrow}</p>}
      <h1 id="step-heading" tabIndex={-1} className="font-semibold text-2xl text-ink leading-tight sm:text-[28px]">
        {children}
      </h1>
    </div>
  );
}
