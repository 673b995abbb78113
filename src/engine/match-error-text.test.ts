import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import type { CauseId } from './cause-ids';
import { matchErrorText } from './match-error-text';

const match = (text: string | undefined) => matchErrorText(content.errorSignatures, text);

// DESIGN §2 and research/graph-checks.md §3: the sign-in error codes that point at a cause.
const CODES: [number, CauseId][] = [
  [530035, 'security-defaults'],
  [53003, 'conditional-access'],
  [53000, 'conditional-access'],
  [53001, 'conditional-access'],
  [50158, 'conditional-access'],
  [530032, 'conditional-access'],
  [50126, 'credentials'],
  [50034, 'credentials'],
  [50055, 'credentials'],
  [50057, 'credentials'],
  [7000215, 'credentials'],
  [7000222, 'credentials'],
  [700016, 'credentials'],
  [50076, 'authentication-policy'],
  [50079, 'authentication-policy'],
];

describe('AADSTS codes', () => {
  it.each(CODES)('AADSTS%i → %s', (code, cause) => {
    expect(match(`AADSTS${code}`)).toMatchObject({ cause, code });
  });

  it.each(CODES)('a bare %i inside a sentence → %s', (code, cause) => {
    expect(match(`Sign-in failed with error ${code}. Please retry.`)).toMatchObject({ cause, code });
  });

  it.each<[string, string, CauseId]>([
    [
      'the full Entra message',
      'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
      'conditional-access',
    ],
    ['a bare code at the end of a sentence', 'error 530035.', 'security-defaults'],
    ['lower-case prefix', 'aadsts50126: invalid username or password', 'credentials'],
    ['in brackets', 'The server said (AADSTS7000215) and gave up', 'credentials'],
    ['on its own line', 'Unauthorized\n50057\nTrace ID: 0000', 'credentials'],
  ])('%s', (_name, text, cause) => {
    expect(match(text)?.cause).toBe(cause);
  });

  it('returns the signature, so the screen can say what the code means', () => {
    const result = match('AADSTS53003');
    expect(result?.signature.id).toBe('blocked-by-conditional-access');
    expect(result?.signature.meaning).toMatch(/Conditional Access/);
  });
});

describe('numbers that are not error codes', () => {
  it.each([
    ['inside a GUID', 'Correlation ID: 53003abc-1234-4def-8abc-0123456789ab'],
    ['a GUID segment after a dash', 'Request id 3f2a9c1e-aaaa-bbbb-cccc-000000530035'],
    ['a 12-digit GUID segment', 'Trace ID: 1f2e3d4c-5b6a-4d8e-9a1b-530035530035'],
    ['a longer run of digits', 'Order 12353003 failed'],
    ['a phone-like number', 'Call 0053003123 for help'],
    ['glued to letters', 'build x530035y'],
    ['a timestamp', 'Timestamp: 2026-11-28 14:05:33Z'],
  ])('%s', (_name, text) => {
    expect(match(text)).toBeNull();
  });
});

describe('phrases', () => {
  it.each([
    'does not support SharePoint Online credentials',
    'Error: The partner DOES NOT SUPPORT SHAREPOINT ONLINE CREDENTIALS. The remote server returned 401.',
    'The partner does not support   SharePoint\nOnline credentials', // white space of any kind and length
  ])('"%s" → sharepoint-legacy-auth', (text) => {
    expect(match(text)).toMatchObject({ cause: 'sharepoint-legacy-auth' });
    expect(match(text)?.code).toBeUndefined();
  });

  it('recognises a phrase without a code', () => {
    expect(match('Sign-in was blocked: BlockedBySecurityDefaults')?.cause).toBe('security-defaults');
  });
});

describe('nothing recognised', () => {
  it.each([
    ['undefined', undefined],
    ['empty text', ''],
    ['an unknown code', 'AADSTS99999: something else'],
    ['a plain 401', 'The remote server returned an error: (401) Unauthorized.'],
  ])('%s → null', (_name, text) => {
    expect(match(text)).toBeNull();
  });
});

describe('precedence', () => {
  it('a code wins over a phrase, wherever the phrase is', () => {
    const text = 'BlockedBySecurityDefaults ... does not support SharePoint Online credentials ... AADSTS50126';
    expect(match(text)).toMatchObject({ cause: 'credentials', code: 50126 });
  });

  it('skips an unknown code and uses the next known one', () => {
    expect(match('AADSTS99999 then AADSTS53003')).toMatchObject({ cause: 'conditional-access', code: 53003 });
  });

  it('the first known code in the text wins', () => {
    expect(match('AADSTS50076 after AADSTS53003')).toMatchObject({ cause: 'authentication-policy', code: 50076 });
  });
});
