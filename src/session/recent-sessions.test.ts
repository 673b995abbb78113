import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeBrowser, installFakeBrowser } from './fake-browser';
import type { RecentSession } from './recent-sessions';

const KEY = '401-troubleshooter.sessions';
let browser: FakeBrowser;
let rs: typeof import('./recent-sessions');
let notes: typeof import('./notes');

beforeEach(async () => {
  browser = installFakeBrowser();
  vi.resetModules();
  rs = await import('./recent-sessions');
  notes = await import('./notes');
});
afterEach(() => browser.restore());

const session = (n: number, extra: Partial<RecentSession> = {}): RecentSession => ({
  key: String(1_700_000_000 + n),
  url: `/causes/security-defaults/check-setting?s=${n}`,
  startedAt: 1_700_000_000 + n,
  updatedAt: 1_700_000_100 + n,
  where: `at Security Defaults: step ${n}`,
  checked: n % 8,
  ...extra,
});
const keys = () => rs.readSessions().map((s) => Number(s.key) - 1_700_000_000);

describe('remembering', () => {
  it('starts empty, keeps the newest first, at most 8', () => {
    expect(rs.readSessions()).toEqual([]);
    for (let n = 1; n <= 10; n++) rs.rememberSession(session(n));
    expect(keys()).toEqual([10, 9, 8, 7, 6, 5, 4, 3]);
    expect(rs.readSessions()[0]).toEqual(session(10));
  });

  it('remembering a session again updates it and moves it to the front, without a duplicate', () => {
    for (let n = 1; n <= 3; n++) rs.rememberSession(session(n));
    rs.rememberSession(session(1, { where: 'resolved by Conditional Access', checked: 4 }));
    expect(keys()).toEqual([1, 3, 2]);
    expect(rs.readSessions()[0]).toMatchObject({ where: 'resolved by Conditional Access', checked: 4 });
  });

  it('gives the same array while nothing changed (React compares snapshots by identity)', () => {
    rs.rememberSession(session(1));
    expect(rs.readSessions()).toBe(rs.readSessions());
    const before = rs.readSessions();
    rs.rememberSession(session(2));
    expect(rs.readSessions()).not.toBe(before);
  });
});

describe('forgetting one', () => {
  it('removes that session and its notes, and keeps the others and their notes', () => {
    for (let n = 1; n <= 3; n++) rs.rememberSession(session(n));
    notes.writeNote(session(2).key, 'start', 'customer on the phone');
    notes.writeNote(session(3).key, 'start', 'keep me');
    rs.forgetSession(session(2).key);
    expect(keys()).toEqual([3, 1]);
    expect(notes.readNotes(session(2).key)).toEqual({});
    expect(notes.readNotes(session(3).key)).toEqual({ start: 'keep me' });
  });

  it('forgetting the last one leaves no empty list behind', () => {
    rs.rememberSession(session(1));
    rs.forgetSession(session(1).key);
    expect(browser.storage.snapshot()).toEqual({});
  });
});

describe('damaged storage', () => {
  it.each([
    ['not JSON', '[{'],
    ['not a list', '{"key":"1"}'],
    ['null', 'null'],
  ])('%s: no sessions, and remembering still works', (_, raw) => {
    browser.storage.setItem(KEY, raw);
    expect(rs.readSessions()).toEqual([]);
    rs.rememberSession(session(1));
    expect(keys()).toEqual([1]);
  });

  it('leaves out entries of the wrong shape and keeps the good ones', () => {
    const good = session(1);
    const bad = [
      null,
      'text',
      { ...good, key: 5 },
      { ...good, key: '' },
      { ...good, url: undefined },
      { ...good, where: null },
      { ...good, checked: -1 },
      { ...good, checked: 1.5 },
      { ...good, startedAt: '2024-01-01' },
      { ...good, updatedAt: null },
      { ...good, updatedAt: 1e20 }, // beyond what a date can show
      // Addresses elsewhere are never offered to reopen.
      { ...good, url: 'https://example.com/causes' },
      { ...good, url: '//example.com/causes' },
      { ...good, url: '/\\example.com/causes' },
      { ...good, url: 'javascript:alert(1)' },
    ];
    browser.storage.setItem(KEY, JSON.stringify([bad[0], good, ...bad.slice(1)]));
    expect(rs.readSessions()).toEqual([good]);
  });

  it('storage blocked: the list works for this page and nothing throws', () => {
    browser.blockAccess();
    expect(rs.readSessions()).toEqual([]);
    rs.rememberSession(session(1));
    expect(keys()).toEqual([1]);
    rs.forgetSession(session(1).key);
    expect(rs.readSessions()).toEqual([]);
  });
});
