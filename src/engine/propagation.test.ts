import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { formatDuration, longestWait, propagationWindow } from './propagation';

const NOW = 1_800_000_000;
const HOUR = 3600;

describe('propagationWindow', () => {
  // flow.json changeKinds: Entra and SharePoint settings take up to 1 h, CA and Exchange up to 24 h.
  it.each([
    ['entra-setting', 1],
    ['sharepoint-setting', 1],
    ['conditional-access', 24],
    ['exchange-policy', 24],
    ['not-sure', 24],
  ])('a %s change can take %i h', (changeKind, hours) => {
    const changedAt = NOW - 600;
    const window = propagationWindow(content, { changedAt, changeKind }, NOW);
    expect(window).toEqual({
      changedAt,
      hours,
      kindLabel: content.flow.changeKinds.find((k) => k.id === changeKind)?.label,
      readyAt: changedAt + hours * HOUR,
      secondsLeft: hours * HOUR - 600,
    });
  });

  it.each([
    ['an unknown kind', 'dns-record'],
    ['no kind', undefined],
  ])('assumes the longest wait for %s', (_name, changeKind) => {
    const window = propagationWindow(content, { changedAt: NOW, changeKind }, NOW);
    expect(longestWait(content)).toBe(24);
    expect(window).toMatchObject({ hours: 24, kindLabel: null, secondsLeft: 24 * HOUR });
  });

  it('is null when nobody said when the change was made', () => {
    expect(propagationWindow(content, { recentChange: 'yes', changeKind: 'entra-setting' }, NOW)).toBeNull();
  });

  it.each([
    ['exactly at readyAt', NOW - HOUR, 0],
    ['long after', NOW - 30 * HOUR, 0],
    ['one second before', NOW - HOUR + 1, 1],
  ])('secondsLeft is never negative: %s', (_name, changedAt, left) => {
    expect(propagationWindow(content, { changedAt, changeKind: 'entra-setting' }, NOW)?.secondsLeft).toBe(left);
  });

  it('counts whole seconds when now has a fraction', () => {
    expect(propagationWindow(content, { changedAt: NOW, changeKind: 'entra-setting' }, NOW + 0.6)?.secondsLeft).toBe(
      HOUR,
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [59.9, '59 s'],
    [60, '1 min 00 s'],
    [849, '14 min 09 s'],
    [3599, '59 min 59 s'],
    [3600, '1 h 00 min'],
    [7500, '2 h 05 min'],
    [24 * HOUR, '24 h 00 min'],
    [-30, '0 s'],
  ])('%d seconds → "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
