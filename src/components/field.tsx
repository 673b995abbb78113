import type { ReactNode } from 'react';
import { WarningIcon } from './icons';

export const inputClass =
  'block w-full rounded-md border border-line bg-surface px-3 py-2 text-ink placeholder:text-ink-3 ' +
  'border-b-2 border-b-ink-3 focus:border-b-brand-fill aria-invalid:border-danger-ink aria-invalid:border-b-danger-ink';

/** Ids that tie an input to its hint and error, for aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A label, an optional hint and an optional error around one input; the input is passed in. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-semibold text-ink text-sm">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-ink-3 text-sm">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="flex items-center gap-1.5 font-medium text-danger-ink text-sm">
          <WarningIcon width={16} height={16} />
          {error}
        </p>
      )}
    </div>
  );
}
