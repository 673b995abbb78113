import type { ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** Radio buttons drawn as cards: a native fieldset and inputs, so keyboard and screen readers work as usual. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  hint,
  choices,
  value,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="font-semibold text-ink text-sm">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-ink-3 text-sm">
          {hint}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-3">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex min-h-11 cursor-pointer items-center gap-2.5 rounded-md border border-line bg-surface px-3 py-2 text-ink text-sm hover:bg-surface-3 has-checked:border-brand-fill has-checked:bg-brand-soft has-focus-visible:outline-2 has-focus-visible:outline-focus has-focus-visible:outline-offset-2"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="size-4 shrink-0 accent-brand-fill focus-visible:outline-none"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
