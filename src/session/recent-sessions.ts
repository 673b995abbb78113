import { useSyncExternalStore } from 'react';
import { onStorageChange, readItem, readJson, writeItem } from './device-storage';

/**
 * Recent troubleshooting sessions on this device, newest first, to reopen where they were left. An
 * entry holds the session's address (with its answers) and a few words to recognise it by.
 */
export interface RecentSession {
  key: string;
  url: string;
  startedAt: number;
  updatedAt: number;
  /** Where it stands, e.g. "at Security Defaults" or "resolved by Conditional Access". */
  where: string;
  checked: number;
}

const KEY = 'sessions';
const MAX = 8;

const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/** Epoch seconds that a Date can show. */
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e12;

/** An entry as the list shows it; anything else stored (damaged, older shape) is left out. */
function isSession(v: unknown): v is RecentSession {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.key === 'string' &&
    s.key !== '' &&
    // Only an address on this site: a link elsewhere must never be opened from here.
    typeof s.url === 'string' &&
    /^\/(?![/\\])/.test(s.url) &&
    isTime(s.startedAt) &&
    isTime(s.updatedAt) &&
    typeof s.where === 'string' &&
    Number.isInteger(s.checked) &&
    (s.checked as number) >= 0
  );
}

let cache: { raw: string | null; sessions: RecentSession[] } = { raw: null, sessions: [] };

export function readSessions(): RecentSession[] {
  const raw = readItem(KEY);
  if (raw !== cache.raw) cache = { raw, sessions: readJson(KEY, isList, []).filter(isSession).slice(0, MAX) };
  return cache.sessions;
}

export function rememberSession(session: RecentSession): void {
  const others = readSessions().filter((s) => s.key !== session.key);
  writeItem(KEY, JSON.stringify([session, ...others].slice(0, MAX)));
}

export function forgetSession(key: string): void {
  const rest = readSessions().filter((s) => s.key !== key);
  writeItem(KEY, rest.length ? JSON.stringify(rest) : null);
  writeItem(`notes.${key}`, null);
}

export function useRecentSessions(): RecentSession[] {
  return useSyncExternalStore(
    (notify) =>
      onStorageChange((key) => {
        if (key === KEY || key === null) notify();
      }),
    readSessions,
  );
}
