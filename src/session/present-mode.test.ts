import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeBrowser, installFakeBrowser } from './fake-browser';

let browser: FakeBrowser;
afterEach(() => browser.restore());

/** Loads the module afresh, as a page load with this address would. */
async function load(search: string, blocked = false) {
  browser = installFakeBrowser(search);
  if (blocked) browser.blockAccess();
  vi.resetModules();
  return { ...(await import('./present-mode')), ...(await import('./device-storage')) };
}

describe('screen-share mode', () => {
  it('is off by default, and the toggle is remembered on the device', async () => {
    const m = await load('');
    expect(m.readItem('present')).toBeNull();
    m.setPresentMode(true);
    expect(browser.storage.snapshot()).toEqual({ '401-troubleshooter.present': '1' });
    m.setPresentMode(false);
    expect(browser.storage.snapshot()).toEqual({});
  });

  it('a link with ?present=1 turns it on; other values do not', async () => {
    expect((await load('?s=abc&present=1')).readItem('present')).toBe('1');
    expect((await load('?present=0')).readItem('present')).toBeNull();
    expect((await load('?present=true')).readItem('present')).toBeNull();
  });

  it('storage blocked: ?present=1 still turns it on for this page (tenant details stay hidden)', async () => {
    const m = await load('?present=1', true);
    expect(m.readItem('present')).toBe('1');
    m.setPresentMode(false);
    expect(m.readItem('present')).toBeNull();
  });
});
