import type { ReactNode } from 'react';
import { CheckIcon, InfoIcon, WarningIcon } from './icons';

export type CalloutTone = 'info' | 'warning' | 'success' | 'danger';

const tones: Record<CalloutTone, { box: string; icon: ReactNode }> = {
  info: { box: 'bg-brand-soft border-brand-line', icon: <InfoIcon className="text-brand-ink" /> },
  warning: { box: 'bg-warning-soft border-warning-line', icon: <WarningIcon className="text-warning-ink" /> },
  success: { box: 'bg-success-soft border-success-line', icon: <CheckIcon className="text-success-ink" /> },
  danger: { box: 'bg-danger-soft border-danger-line', icon: <WarningIcon className="text-danger-ink" /> },
};

/** A tinted box for notes that must not be missed: trade-offs, departures from the article, errors. */
export function Callout({
  tone,
  title,
  children,
  headingLevel = 3,
  className = '',
}: {
  tone: CalloutTone;
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  className?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`flex gap-3 rounded-lg border p-4 ${tones[tone].box} ${className}`}>
      <div className="mt-0.5">{tones[tone].icon}</div>
      <div className="min-w-0 flex-1 space-y-2">
        <Heading className="font-semibold text-ink">{title}</Heading>
        {children && <div className="space-y-2 text-ink-2">{children}</div>}
      </div>
    </div>
  );
}
