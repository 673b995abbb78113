import { describe, expect, it } from 'vitest';
import { readExisting, readLicensedResult, readResult } from './read-result';
import { FORBIDDEN, ok, UNUSABLE } from './test-support';

describe('readResult', () => {
  it('hands on a 2xx body, whatever its shape', () => {
    expect(readResult(ok({ isEnabled: true }))).toEqual({ kind: 'ok', body: { isEnabled: true } });
    expect(readResult({ status: 204 })).toEqual({ kind: 'ok', body: undefined });
  });

  it.each(UNUSABLE)('turns %s into "could not check"', (_name, result, reason) => {
    expect(readResult(result)).toMatchObject({ kind: 'unreadable', reason });
  });

  it('names the Graph error code in a denial', () => {
    expect(readResult(FORBIDDEN)).toMatchObject({ why: 'access was denied (HTTP 403 Authorization_RequestDenied)' });
  });

  it('prefers the transport error over the status', () => {
    expect(readResult({ status: 200, error: 'malformed' })).toMatchObject({
      kind: 'unreadable',
      reason: 'unavailable',
    });
  });

  it('treats a request nobody answered as unavailable', () => {
    expect(readResult(undefined)).toMatchObject({ kind: 'unreadable', reason: 'unavailable' });
  });

  it('reports a 404 as not found, and readExisting as unavailable', () => {
    expect(readResult({ status: 404 })).toEqual({ kind: 'not-found' });
    expect(readExisting({ status: 404 })).toMatchObject({ kind: 'unreadable', reason: 'unavailable' });
  });
});

describe('readLicensedResult', () => {
  // research §0.3: the sign-in log API answers 403 with this code on tenants without Entra ID P1/P2.
  it.each([
    ['the error code', { code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'x' }],
    [
      'the message alone',
      { code: 'Forbidden', message: "Neither tenant is B2C or tenant doesn't have premium license" },
    ],
    ['the British spelling', { code: 'Forbidden', message: 'Tenant has no premium licence' }],
  ])('reads a missing licence from %s', (_name, error) => {
    expect(readLicensedResult({ status: 403, body: { error } })).toMatchObject({ reason: 'licence' });
  });

  it('leaves an ordinary denial a permission problem', () => {
    expect(readLicensedResult(FORBIDDEN)).toMatchObject({ reason: 'permission' });
    expect(readLicensedResult({ status: 403, body: 'premium license' })).toMatchObject({ reason: 'permission' });
  });
});
