import type { ContentIndex } from './content-schema';
import type { StartAnswers } from './wizard-state';

export interface PropagationWindow {
  changedAt: number;
  /** How long this kind of change can take to apply everywhere. */
  hours: number;
  kindLabel: string | null;
  /** When a retry should succeed if the change was the fix (epoch seconds). */
  readyAt: number;
  secondsLeft: number;
}

/** The longest wait of any change kind: what to assume when the user does not know what changed. */
export function longestWait(content: ContentIndex): number {
  return Math.max(...content.flow.changeKinds.map((k) => k.hours));
}

export function propagationWindow(content: ContentIndex, answers: StartAnswers, now: number): PropagationWindow | null {
  if (answers.changedAt === undefined) return null;
  const kind = content.flow.changeKinds.find((k) => k.id === answers.changeKind);
  const hours = kind?.hours ?? longestWait(content);
  const readyAt = answers.changedAt + hours * 3600;
  return {
    changedAt: answers.changedAt,
    hours,
    kindLabel: kind?.label ?? null,
    readyAt,
    secondsLeft: Math.max(0, readyAt - Math.floor(now)),
  };
}

/** "2 h 05 min", "14 min 09 s", "45 s": precise enough to plan around, short enough to read. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(sec).padStart(2, '0')} s`;
  return `${sec} s`;
}
