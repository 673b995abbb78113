import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactText } from './redact';

describe('redactText', () => {
  it.each([
    ['Service account: backup@contoso.com', 'Service account: [email hidden]'],
    ["The account o'brien@sub.contoso.co.uk exists", 'The account [email hidden] exists'],
    ['App 1a2b3c4d-1234-5678-9abc-1234567890ab in tenant', 'App [ID hidden] in tenant'],
    ['from 203.0.113.10 and 198.51.100.0/24.', 'from [IP hidden] and [IP hidden].'],
    ['from 2001:db8:4a1c:10::/64 and ::1', 'from [IP hidden] and ::1'],
    ['policy for contoso.onmicrosoft.com users', 'policy for [domain hidden] users'],
    ["the hint of client secret 'hive-2026' is 'Vq8'", "the hint of client secret 'hive-2026' is '[hint hidden]'"],
    ["The App Password typed starts with 'kqz'", "The App Password typed starts with '[hint hidden]'"],
    ['See https://learn.microsoft.com/entra and aka.ms/x', 'See https://learn.microsoft.com/entra and aka.ms/x'],
    ['AADSTS53003 at 2026-11-28 10:05 UTC, 3 of 7 checked', 'AADSTS53003 at 2026-11-28 10:05 UTC, 3 of 7 checked'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('leaves none of the emails, GUIDs and IP addresses it is given, whatever surrounds them', () => {
    const email = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}$/), fc.stringMatching(/^[a-z]{2,8}\.(com|net|org)$/))
      .map(([user, domain]) => `${user}@${domain}`);
    const secret = fc.oneof(email, fc.uuid(), fc.ipV4());
    const filler = fc.stringMatching(/^[A-Za-z ,:()]{0,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, secret), { minLength: 1, maxLength: 5 }), (parts) => {
        const out = redactText(parts.map(([words, value]) => `${words} ${value}`).join(' '));
        for (const [, value] of parts) expect(out).not.toContain(value);
      }),
    );
  });
});
