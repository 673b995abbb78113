import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeBrowser, installFakeBrowser } from './fake-browser';

let browser: FakeBrowser;
let n: typeof import('./notes');

beforeEach(async () => {
  browser = installFakeBrowser();
  vi.resetModules();
  n = await import('./notes');
});
afterEach(() => browser.restore());

describe('notes', () => {
  it('are kept per session and per step; an emptied note is removed, and so is an empty set', () => {
    expect(n.readNotes('1')).toEqual({});
    expect(n.readNotes(null)).toEqual({});
    n.writeNote('1', 'start', 'called at 9');
    n.writeNote('1', 'security-defaults/check-setting', 'SD on');
    n.writeNote('2', 'start', 'other session');
    expect(n.readNotes('1')).toEqual({ start: 'called at 9', 'security-defaults/check-setting': 'SD on' });
    expect(n.readNotes('2')).toEqual({ start: 'other session' });
    // A space typed first stays (the box would eat it otherwise); only an emptied box removes the note.
    n.writeNote('1', 'start', ' ');
    expect(n.readNotes('1')).toEqual({ start: ' ', 'security-defaults/check-setting': 'SD on' });
    n.writeNote('1', 'start', '');
    expect(n.readNotes('1')).toEqual({ 'security-defaults/check-setting': 'SD on' });
    n.writeNote('1', 'security-defaults/check-setting', '');
    expect(browser.storage.snapshot()).toEqual({ '401-troubleshooter.notes.2': '{"start":"other session"}' });
  });

  it('gives the same object while nothing changed (React compares snapshots by identity)', () => {
    n.writeNote('1', 'start', 'a');
    expect(n.readNotes('1')).toBe(n.readNotes('1'));
    const before = n.readNotes('1');
    n.writeNote('1', 'start', 'ab');
    expect(n.readNotes('1')).not.toBe(before);
  });

  it.each([
    ['not JSON', '{"start":'],
    ['a list', '["a","b"]'],
    ['not text', '{"start":3}'],
    ['null', 'null'],
  ])('damaged (%s): no notes, and writing one starts afresh', (_, raw) => {
    browser.storage.setItem('401-troubleshooter.notes.1', raw);
    expect(n.readNotes('1')).toEqual({});
    n.writeNote('1', 'start', 'hello');
    expect(n.readNotes('1')).toEqual({ start: 'hello' });
  });

  it('storage blocked: a note being typed is not lost (kept for this page)', () => {
    browser.blockAccess();
    n.writeNote('1', 'start', 'h');
    n.writeNote('1', 'start', 'hi');
    expect(n.readNotes('1')).toEqual({ start: 'hi' });
  });
});
