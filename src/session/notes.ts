import { useSyncExternalStore } from 'react';
import { onStorageChange, readJson, writeItem } from './device-storage';

/**
 * The agent's notes, per session and per step ("start", "<cause>/<node>", "resolved", "escalate"), kept
 * on this device only: never in a link. Every tab of the session sees the same notes.
 */
export type Notes = Readonly<Record<string, string>>;

const isNotes = (v: unknown): v is Notes =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => typeof n === 'string');

const keyOf = (session: string) => `notes.${session}`;
const cache = new Map<string, { raw: string; notes: Notes }>();

/** The notes before a session has started: always the same object, as useSyncExternalStore needs. */
const NO_NOTES: Notes = Object.freeze({});

export function readNotes(session: string | null): Notes {
  if (!session) return NO_NOTES;
  const notes = readJson(keyOf(session), isNotes, {});
  const raw = JSON.stringify(notes);
  const known = cache.get(session);
  if (known?.raw === raw) return known.notes; // the same object while nothing changed, for React
  cache.set(session, { raw, notes });
  return notes;
}

export function writeNote(session: string, step: string, text: string): void {
  const notes = { ...readNotes(session) };
  // Only an emptied box removes the note: a first typed space must not vanish. The report skips blank notes.
  if (text) notes[step] = text;
  else delete notes[step];
  writeItem(keyOf(session), Object.keys(notes).length ? JSON.stringify(notes) : null);
}

export function useNotes(session: string | null): Notes {
  return useSyncExternalStore(
    (notify) =>
      onStorageChange((key) => {
        if (key === null || (session && key === keyOf(session))) notify();
      }),
    () => readNotes(session),
  );
}
