import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeBrowser, installFakeBrowser } from './fake-browser';

type DeviceStorage = typeof import('./device-storage');
let browser: FakeBrowser;
let ds: DeviceStorage;

beforeEach(async () => {
  browser = installFakeBrowser();
  vi.resetModules(); // each test starts with a fresh module: no listeners, nothing unsaved
  ds = await import('./device-storage');
});
afterEach(() => browser.restore());

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number');

describe('reading and writing', () => {
  it('keeps every item under the app prefix', () => {
    ds.writeItem('present', '1');
    expect(browser.storage.snapshot()).toEqual({ '401-troubleshooter.present': '1' });
    expect(ds.readItem('present')).toBe('1');
    ds.writeItem('present', null);
    expect(browser.storage.snapshot()).toEqual({});
    expect(ds.readItem('present')).toBeNull();
  });

  it('reads JSON of the right shape, and falls back on anything else', () => {
    expect(ds.readJson('list', isNumbers, [])).toEqual([]);
    ds.writeItem('list', '[1,2]');
    expect(ds.readJson('list', isNumbers, [])).toEqual([1, 2]);
    for (const bad of ['{not json', '', 'null', '"text"', '[1,"2"]', '{"0":1}']) {
      ds.writeItem('list', bad);
      expect(ds.readJson('list', isNumbers, [9]), bad).toEqual([9]);
    }
  });
});

describe('storage that refuses', () => {
  it('blocked: nothing throws, nothing is stored, and what was written still reads back on this page', () => {
    browser.storage.refuse = 'blocked';
    expect(ds.readItem('present')).toBeNull();
    expect(() => ds.writeItem('present', '1')).not.toThrow();
    expect(ds.readItem('present')).toBe('1');
    expect(ds.readJson('list', isNumbers, [])).toEqual([]);
    expect(() => ds.forgetEverything()).not.toThrow();
    expect(ds.readItem('present')).toBeNull();
    expect(ds.hasStoredItems()).toBe(false);
    browser.storage.refuse = null;
    expect(browser.storage.snapshot()).toEqual({});
  });

  it('even reaching localStorage throws: still nothing breaks', () => {
    browser.blockAccess();
    expect(ds.readItem('notes.1')).toBeNull();
    expect(() => ds.writeItem('notes.1', '{"start":"hi"}')).not.toThrow();
    expect(ds.readJson('notes.1', (v): v is object => typeof v === 'object', {})).toEqual({ start: 'hi' });
    expect(ds.hasStoredItems()).toBe(true);
    expect(() => ds.forgetEverything()).not.toThrow();
    expect(ds.hasStoredItems()).toBe(false);
    const listener = vi.fn();
    const stop = ds.onStorageChange(listener);
    ds.writeItem('present', '1');
    expect(listener).toHaveBeenCalledWith('present');
    stop();
  });

  it('full: the older stored value is not read back over the newer one', () => {
    ds.writeItem('present', '1');
    browser.storage.refuse = 'full';
    ds.writeItem('sessions', '[]');
    expect(ds.readItem('sessions')).toBe('[]');
    ds.writeItem('present', null); // removing still works when full
    expect(ds.readItem('present')).toBeNull();
    expect(browser.storage.snapshot()).toEqual({});
  });
});

describe('forgetEverything', () => {
  it("removes only this app's keys and leaves other sites' keys alone", () => {
    browser.storage.setItem('other-app.sessions', 'keep');
    browser.storage.setItem('401-troubleshooter', 'no dot: not ours');
    ds.writeItem('present', '1');
    ds.writeItem('sessions', '[]');
    ds.writeItem('notes.123', '{}');
    browser.storage.setItem('theme', 'dark');
    expect(ds.hasStoredItems()).toBe(true);

    ds.forgetEverything();
    expect(browser.storage.snapshot()).toEqual({
      'other-app.sessions': 'keep',
      '401-troubleshooter': 'no dot: not ours',
      theme: 'dark',
    });
    expect(ds.hasStoredItems()).toBe(false);
  });
});

describe('onStorageChange', () => {
  it('fires for writes in this tab, with the key without its prefix, and null for forget everything', () => {
    const listener = vi.fn();
    const stop = ds.onStorageChange(listener);
    ds.writeItem('sessions', '[]');
    ds.writeItem('sessions', null);
    ds.forgetEverything();
    expect(listener.mock.calls).toEqual([['sessions'], ['sessions'], [null]]);
    stop();
    ds.writeItem('present', '1');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("fires for another tab's writes to this app's keys only, and for a cleared storage", () => {
    const listener = vi.fn();
    const stop = ds.onStorageChange(listener);
    browser.otherTabWrote('401-troubleshooter.notes.42');
    browser.otherTabWrote('someone-else.notes');
    browser.otherTabWrote(null);
    expect(listener.mock.calls).toEqual([['notes.42'], [null]]);
    stop();
    browser.otherTabWrote('401-troubleshooter.present');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('a listener that unsubscribes while being called does not stop the others', () => {
    const second = vi.fn();
    const stop: () => void = ds.onStorageChange(() => stop());
    ds.onStorageChange(second);
    ds.writeItem('present', '1');
    expect(second).toHaveBeenCalledOnce();
  });
});
