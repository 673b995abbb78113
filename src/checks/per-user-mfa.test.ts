import { describe, expect, it } from 'vitest';
import requirements from './fixtures/per-user-mfa/requirements.json';
import { checkPerUserMfa } from './per-user-mfa';
import { inputs, MALFORMED_BODIES, NOT_FOUND, ok, snapshot, UNUSABLE } from './test-support';
import type { GraphResult, VerifyInputs } from './types';

const check = (result: GraphResult, overrides: Partial<VerifyInputs> = {}) =>
  checkPerUserMfa(snapshot({ mfaRequirements: result }), inputs(overrides));

describe('checkPerUserMfa', () => {
  // An App Password exists only with per-user MFA; with per-user MFA on, the password alone stops working.
  it.each<[VerifyInputs['setup'], string, string]>([
    ['mfa', 'disabled', 'fail'],
    ['mfa', 'enabled', 'pass'],
    ['mfa', 'enforced', 'pass'],
    ['simple', 'disabled', 'pass'],
    ['simple', 'enabled', 'fail'],
    ['simple', 'enforced', 'fail'],
    ['unknown', 'disabled', 'unknown'],
    ['unknown', 'enforced', 'unknown'],
  ])('%s setup, per-user MFA %s → %s', (setup, state, status) => {
    const [mfa] = check(ok({ ...requirements, perUserMfaState: state }), { setup });
    expect(mfa).toMatchObject({
      causeId: 'authentication-policy',
      weight: 'primary',
      status,
      source: 'GET /beta/users/svc-backup@contoso.com/authentication/requirements',
      text: expect.stringContaining(`perUserMfaState = ${state}`),
    });
    if (status === 'unknown') expect(mfa?.reason).toBe('missing-input');
  });

  it('always adds the Exchange authentication policy check, which Graph cannot read', () => {
    const [, exchange] = check(ok(requirements));
    expect(exchange).toMatchObject({ weight: 'supporting', status: 'unknown', reason: 'manual' });
    expect(exchange?.manual).toContain('Get-OrganizationConfig | Format-List DefaultAuthenticationPolicy');
    expect(exchange?.manual).toContain('Get-User svc-backup@contoso.com | Format-List AuthenticationPolicy');
  });

  it('asks for the account when none was given', () => {
    const findings = check(ok(requirements), { account: undefined });
    expect(findings.map((f) => f.reason)).toEqual(['missing-input', 'manual']);
    expect(findings[1]?.manual).toContain('Get-User <service account>');
  });

  it.each([
    ...MALFORMED_BODIES,
    ['an unknown state', { perUserMfaState: 'sometimes' }],
    ['the state as a number', { perUserMfaState: 2 }],
  ])('cannot check with %s', (_name, body) => {
    expect(check(ok(body))[0]).toMatchObject({ status: 'unknown', reason: 'unavailable' });
  });

  it.each([...UNUSABLE, ['HTTP 404', NOT_FOUND, 'unavailable'] as const])(
    'cannot check after %s',
    (_name, result, reason) => {
      const [mfa] = check(result);
      expect(mfa).toMatchObject({ status: 'unknown', reason });
      expect(mfa?.manual).toContain('Entra ID → Users → All users → Per-user MFA');
    },
  );
});
