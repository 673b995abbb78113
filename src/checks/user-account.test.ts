import { describe, expect, it } from 'vitest';
import user from './fixtures/user-account/user.json';
import { inputs, MALFORMED_BODIES, NOT_FOUND, ok, snapshot, UNUSABLE } from './test-support';
import type { GraphResult, VerifyInputs } from './types';
import { checkUserAccount } from './user-account';

// The fixture's UPN (svc-backup@contoso.onmicrosoft.com) differs from its mail (backup@contoso.com).
const UPN = user.userPrincipalName;
const check = (result: GraphResult | undefined, overrides: Partial<VerifyInputs> = { account: UPN }) =>
  checkUserAccount(snapshot(result ? { user: result } : {}), inputs(overrides));

describe('checkUserAccount', () => {
  it('passes an enabled account typed as its UPN, in any case', () => {
    const findings = check(ok(user), { account: UPN.toUpperCase() });
    expect(findings.map((f) => [f.status, f.warning])).toEqual([
      ['pass', undefined],
      ['pass', undefined],
    ]);
    expect(findings[0]).toMatchObject({
      causeId: 'credentials',
      weight: 'primary',
      source: `GET /users/${UPN.toUpperCase()}`,
      text: expect.stringContaining('accountEnabled = true'),
    });
  });

  it('fails a disabled account (AADSTS50057)', () => {
    expect(check(ok({ ...user, accountEnabled: false }))[0]).toMatchObject({
      status: 'fail',
      text: expect.stringContaining('accountEnabled = false'),
    });
  });

  it('warns, without failing, when the email typed is the mail address rather than the UPN', () => {
    const [, name] = check(ok(user), { account: 'Backup@Contoso.com' });
    expect(name).toMatchObject({ status: 'pass', warning: true, text: expect.stringContaining(`enter ${UPN}`) });
  });

  it('fails an email that is neither the UPN nor the mail', () => {
    const [, name] = check(ok(user), { account: 'svc-backup@contoso.com' });
    expect(name).toMatchObject({ status: 'fail', text: expect.stringContaining(UPN) });
  });

  it('accepts a user without a mail address', () => {
    expect(check(ok({ ...user, mail: null })).map((f) => f.status)).toEqual(['pass', 'pass']);
    const { mail: _, ...withoutMail } = user;
    expect(check(ok(withoutMail)).map((f) => f.status)).toEqual(['pass', 'pass']);
  });

  it('fails when no such user exists (AADSTS50034): misspelled, or another tenant', () => {
    expect(check(NOT_FOUND)).toEqual([
      expect.objectContaining({ status: 'fail', text: expect.stringContaining('misspelled') }),
    ]);
  });

  it('asks for the account when none was given', () => {
    expect(check(ok(user), { account: undefined })).toEqual([
      expect.objectContaining({
        status: 'unknown',
        reason: 'missing-input',
        manual: expect.stringContaining('Entra ID → Users → All users'),
      }),
    ]);
  });

  it.each([
    ...MALFORMED_BODIES,
    ['accountEnabled as a string', { ...user, accountEnabled: 'true' }],
    ['no userPrincipalName', { ...user, userPrincipalName: undefined }],
    ['mail as a number', { ...user, mail: 7 }],
  ])('cannot check with %s', (_name, body) => {
    expect(check(ok(body))).toEqual([expect.objectContaining({ status: 'unknown', reason: 'unavailable' })]);
  });

  it.each(UNUSABLE)('cannot check after %s', (_name, result, reason) => {
    expect(check(result)).toEqual([expect.objectContaining({ status: 'unknown', reason })]);
  });

  it('cannot check when the request was never answered', () => {
    expect(check(undefined)).toEqual([expect.objectContaining({ status: 'unknown', reason: 'unavailable' })]);
  });
});
