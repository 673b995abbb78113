import { describe, expect, it } from 'vitest';
import { sessionKey } from './session-key';

describe('sessionKey', () => {
  it('is null before anything has happened', () => {
    expect(sessionKey({ answers: {}, log: [] })).toBeNull();
    expect(sessionKey({ answers: { account: 'backup@contoso.com' }, log: [] })).toBeNull();
  });

  it('is the time of the first step, the same for every later address of the session', () => {
    const first = { answers: {}, log: [{ type: 'begin' as const, at: 1_732_800_300, order: [] }] };
    const later = {
      ...first,
      log: [...first.log, { type: 'jump' as const, at: 1_732_800_900, causeId: 'credentials' as const }],
    };
    expect(sessionKey(first)).toBe('1732800300');
    expect(sessionKey(later)).toBe('1732800300');
  });

  it('differs between sessions started at different times', () => {
    const a = sessionKey({ answers: {}, log: [{ type: 'escalate', at: 1 }] });
    const b = sessionKey({ answers: {}, log: [{ type: 'escalate', at: 2 }] });
    expect(a).not.toBe(b);
  });
});
