import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/button';
import { nowSeconds } from '../../components/clock';
import { formatLocalTime, fromLocalInputValue, toLocalInputValue } from '../../components/datetime-local';
import { describedBy, Field, inputClass } from '../../components/field';
import { CheckIcon } from '../../components/icons';
import { ClockIcon } from '../../components/icons-after-start';
import { useNow } from '../../components/use-now';
import { formatDuration, propagationWindow } from '../../engine/propagation';
import { useWizard } from './wizard-context';

/**
 * How long until a recent change has reached every Microsoft service. The time of the change lives
 * in the URL, so the countdown survives a reload and reads the same on a colleague's screen.
 */
export function PropagationCountdown() {
  const { content, state } = useWizard();
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const window = propagationWindow(content, state.answers, now);
  if (!window || editing) return <ChangeTimeForm onDone={() => setEditing(false)} canCancel={Boolean(window)} />;

  const ready = window.secondsLeft === 0;
  const total = window.readyAt - window.changedAt;
  const done = Math.min(100, Math.round(((total - window.secondsLeft) / total) * 100));
  return (
    <div
      data-testid="propagation-countdown"
      data-ready={ready}
      className={`space-y-3 rounded-lg border p-4 sm:p-5 ${ready ? 'border-success-line bg-success-soft' : 'border-brand-line bg-brand-soft'}`}
    >
      <div className="flex items-start gap-3">
        {ready ? (
          <CheckIcon className="mt-1 shrink-0 text-success-ink" />
        ) : (
          <ClockIcon className="mt-1 shrink-0 text-brand-ink" />
        )}
        <div className="space-y-1">
          {ready ? (
            <p className="font-semibold text-ink text-xl">The wait is over: retry now</p>
          ) : (
            <p className="font-semibold text-ink text-xl">
              Retry after {formatLocalTime(window.readyAt)} ·{' '}
              <span role="timer" className="tabular-nums">
                {formatDuration(window.secondsLeft)}
              </span>{' '}
              left
            </p>
          )}
          <p className="text-ink-2 text-sm">
            Changed {formatLocalTime(window.changedAt)}
            {window.kindLabel ? ` · ${window.kindLabel}` : ' · kind of change not given, so assuming the longest wait'}{' '}
            · can take up to {window.hours} {window.hours === 1 ? 'hour' : 'hours'}.
          </p>
        </div>
      </div>
      <div
        role="progressbar"
        aria-label="Time waited"
        aria-valuenow={done}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-2 overflow-hidden rounded-full bg-surface"
      >
        <div className={`h-full ${ready ? 'bg-success-ink' : 'bg-brand-fill'}`} style={{ width: `${done}%` }} />
      </div>
      <div role="status" className="sr-only">
        {ready ? 'The wait is over. Retry now.' : ''}
      </div>
      <Button variant="subtle" onClick={() => setEditing(true)} className="-ml-3">
        Change the time or kind of change
      </Button>
    </div>
  );
}

function ChangeTimeForm({ onDone, canCancel }: { onDone: () => void; canCancel: boolean }) {
  const { content, state, dispatch } = useWizard();
  const id = useId();
  const [when, setWhen] = useState(toLocalInputValue(state.answers.changedAt ?? nowSeconds()));
  const [kind, setKind] = useState(state.answers.changeKind ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = fromLocalInputValue(when);
    if (at === null || at > nowSeconds() + 300) {
      setError('Enter a date and time that has already passed.');
      return;
    }
    dispatch({ type: 'SET_CHANGE', changedAt: at, ...(kind ? { changeKind: kind } : {}) }, { replace: true });
    onDone();
  };

  return (
    <form
      noValidate
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-brand-line bg-brand-soft p-4 sm:p-5"
      data-testid="change-time-form"
    >
      <p className="font-semibold text-ink">
        When was the change made, and what was it? We'll count down to when it should work.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-when`} label="Changed at (your local time)" error={error}>
          <input
            id={`${id}-when`}
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(`${id}-when`, false, Boolean(error))}
            className={inputClass}
          />
        </Field>
        <Field id={`${id}-kind`} label="What was changed?">
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
            <option value="">Choose…</option>
            {content.flow.changeKinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Start the countdown
        </Button>
        {canCancel && <Button onClick={onDone}>Cancel</Button>}
      </div>
    </form>
  );
}
