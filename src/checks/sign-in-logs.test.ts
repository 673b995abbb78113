import { describe, expect, it } from 'vitest';
import type { CauseId } from '../engine/cause-ids';
import signInsJson from './fixtures/sign-in-logs/sign-ins.json';
import { checkSignInLogs } from './sign-in-logs';
import { FORBIDDEN, fixture, inputs, MALFORMED_BODIES, NOT_FOUND, NOW, ok, snapshot, UNUSABLE } from './test-support';
import type { Finding, GraphResult, VerifyInputs } from './types';

// The fixture, newest first: two 53003 (Conditional Access), a success, a 50126, an unmapped 50140, a
// 530035 from 25 h ago (outside the window) and a 50057 of another user.
const signIns = fixture(signInsJson);
const [row] = signIns.value;

const check = (result: GraphResult | undefined, overrides: Partial<VerifyInputs> = {}) =>
  checkSignInLogs(snapshot(result ? { signIns: result } : {}), inputs(overrides));
const brief = (findings: Finding[]) => findings.map((f) => `${f.causeId} ${f.status}${f.reason ? ` ${f.reason}` : ''}`);

describe('checkSignInLogs', () => {
  it('turns the last 24 hours of sign-ins into supporting evidence per cause', () => {
    const findings = check(ok(signIns));
    expect(brief(findings)).toEqual(['conditional-access fail', 'credentials pass', 'credentials fail']);
    expect(findings.every((f) => f.weight === 'supporting' && f.source === 'GET /auditLogs/signIns')).toBe(true);
    expect(findings[0]?.text).toBe(
      "Sign-in of svc-backup@contoso.com failed with AADSTS53003 (blocked by Conditional Access) 2 times in the last 24 hours, the latest at 2027-01-15 07:50 UTC via Other clients from 203.0.113.10; policies that failed: 'Block legacy authentication'.",
    );
    expect(findings[1]?.text).toContain('signed in successfully once in the last 24 hours');
  });

  it.each<[number, CauseId]>([
    [530035, 'security-defaults'],
    [53003, 'conditional-access'],
    [53000, 'conditional-access'],
    [53001, 'conditional-access'],
    [50158, 'conditional-access'],
    [530032, 'conditional-access'],
    [50131, 'conditional-access'],
    [50126, 'credentials'],
    [50034, 'credentials'],
    [50053, 'credentials'],
    [50055, 'credentials'],
    [50057, 'credentials'],
    [7000215, 'credentials'],
    [7000222, 'credentials'],
    [700016, 'credentials'],
    [7000112, 'credentials'],
    [65001, 'credentials'],
    [90094, 'credentials'],
    [50076, 'authentication-policy'],
    [50079, 'authentication-policy'],
    [50074, 'authentication-policy'],
    [50072, 'authentication-policy'],
  ])('AADSTS%i points at %s', (errorCode, causeId) => {
    const findings = check(ok({ value: [{ ...row, status: { errorCode, failureReason: 'x' } }] }));
    expect(brief(findings)).toEqual([`${causeId} fail`]);
    expect(findings[0]?.text).toContain(`AADSTS${errorCode}`);
  });

  it('leaves codes that point at no cause out', () => {
    expect(check(ok({ value: [{ ...row, status: { errorCode: 50140 } }] }))).toEqual([]);
  });

  it('matches the account case-insensitively and ignores other accounts', () => {
    expect(brief(check(ok({ value: [row] }), { account: 'SVC-Backup@Contoso.com' }))).toEqual([
      'conditional-access fail',
    ]);
    const other = { ...row, userPrincipalName: 'adele.vance@contoso.com' };
    expect(brief(check(ok({ value: [other] })))).toEqual([
      'legacy-auth-retirement unknown manual',
      'authentication-policy unknown manual',
    ]);
  });

  it.each([
    ['no rows at all', { value: [] }],
    ['only rows older than 24 hours', { value: [signIns.value[5]] }],
    ['a bare empty array', []],
  ])('%s: the request was refused before Entra ID (cause 1 or 7)', (_name, body) => {
    const findings = check(ok(body));
    expect(brief(findings)).toEqual(['legacy-auth-retirement unknown manual', 'authentication-policy unknown manual']);
    expect(findings[0]?.text).toContain('No sign-in of svc-backup@contoso.com reached Entra ID in the last 24 hours');
    expect(findings[0]?.manual).toContain('Get-User svc-backup@contoso.com | Format-List AuthenticationPolicy');
  });

  it('explains a missing Entra ID P1/P2 licence', () => {
    const licence = {
      status: 403,
      body: {
        error: {
          code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
          message: "Neither tenant is B2C or tenant doesn't have premium license",
        },
      },
    };
    const findings = check(licence);
    expect(brief(findings)).toEqual([
      'legacy-auth-retirement unknown licence',
      'authentication-policy unknown licence',
    ]);
    expect(findings[0]?.manual).toContain('Entra ID → Monitoring & health → Sign-in logs instead');
  });

  it('asks for the account when none was given', () => {
    expect(brief(check(ok(signIns), { account: undefined }))).toEqual([
      'legacy-auth-retirement unknown missing-input',
      'authentication-policy unknown missing-input',
    ]);
  });

  it.each([
    ...MALFORMED_BODIES,
    ['a row without status', { value: [{ ...row, status: undefined }] }],
    ['an error code as a string', { value: [{ ...row, status: { errorCode: '53003' } }] }],
    ['a row without a time', { value: [{ ...row, createdDateTime: null }] }],
  ])('cannot read the log with %s', (_name, body) => {
    expect(brief(check(ok(body)))).toEqual([
      'legacy-auth-retirement unknown unavailable',
      'authentication-policy unknown unavailable',
    ]);
  });

  it.each([
    ...UNUSABLE,
    ['HTTP 404', NOT_FOUND, 'unavailable'] as const,
    ['a request never answered', undefined, 'unavailable'] as const,
  ])('cannot read the log after %s', (_name, result, reason) => {
    expect(check(result).map((f) => f.reason)).toEqual([reason, reason]);
  });

  it('takes "now" from the snapshot, never the clock', () => {
    const late = checkSignInLogs(
      { fetchedAt: NOW + 2 * 86_400, results: { signIns: ok(signIns) }, whatIf: [] },
      inputs(),
    );
    expect(brief(late)).toEqual(['legacy-auth-retirement unknown manual', 'authentication-policy unknown manual']);
  });

  it('reads a denial without licence wording as a permission problem', () => {
    expect(check(FORBIDDEN).map((f) => f.reason)).toEqual(['permission', 'permission']);
  });
});
