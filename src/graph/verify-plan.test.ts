import { describe, expect, it } from 'vitest';
import { EXCHANGE_ONLINE, SHAREPOINT_ONLINE } from '../checks/microsoft-apps';
import type { VerifyInputs } from '../checks/types';
import { firstRound, whatIfRound } from './verify-plan';

const NOW = 1_800_000_000;
const FULL: VerifyInputs = {
  account: "o'brien@contoso.com",
  appId: '1a2b3c4d-1234-5678-9abc-1234567890ab',
  providerIps: ['203.0.113.0/24', '2001:db8::/64'],
  setup: 'mfa',
};

describe('firstRound', () => {
  it('asks for everything the checks read, with the account and app filled in', () => {
    const requests = firstRound(FULL, NOW);
    expect(requests.map((r) => r.id).sort()).toEqual(
      [
        'application',
        'caPolicies',
        'directoryAudits',
        'memberOf',
        'mfaRequirements',
        'namedLocations',
        'securityDefaults',
        'servicePrincipal',
        'sharepointSettings',
        'signIns',
        'user',
      ].sort(),
    );
    const byId = Object.fromEntries(requests.map((r) => [r.id, r]));
    expect(byId.user?.url).toBe(
      "/users/o'brien%40contoso.com?$select=id,displayName,userPrincipalName,mail,accountEnabled",
    );
    expect(decodeURIComponent(byId.signIns?.url ?? '')).toContain(
      "userPrincipalName eq 'o''brien@contoso.com' and createdDateTime ge 2027-01-14T08:00:00.000Z",
    );
    expect(byId.application?.url).toContain("/applications(appId='1a2b3c4d-1234-5678-9abc-1234567890ab')");
    expect(byId.mfaRequirements?.version).toBe('beta');
    expect(requests.filter((r) => r.version === 'beta')).toHaveLength(1);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('skips what needs an account or an app id the user did not give', () => {
    const ids = firstRound({ providerIps: [], setup: 'unknown' }, NOW).map((r) => r.id);
    expect(ids.sort()).toEqual([
      'caPolicies',
      'directoryAudits',
      'namedLocations',
      'securityDefaults',
      'sharepointSettings',
    ]);
  });
});

describe('whatIfRound', () => {
  it('evaluates both legacy client types against Exchange and SharePoint, from each provider IP', () => {
    const requests = whatIfRound('user-object-id', FULL);
    expect(requests).toHaveLength(8);
    const bodies = requests.map(
      (r) => r.body as { signInContext: { includeApplications: string[] }; signInConditions: object },
    );
    expect(new Set(bodies.map((b) => b.signInContext.includeApplications[0]))).toEqual(
      new Set([EXCHANGE_ONLINE, SHAREPOINT_ONLINE]),
    );
    expect(bodies[0]?.signInConditions).toEqual({ clientAppType: 'other', ipAddress: '203.0.113.0' });
    expect(requests.every((r) => r.method === 'POST' && r.url === '/identity/conditionalAccess/evaluate')).toBe(true);
    expect(new Set(requests.map((r) => r.id)).size).toBe(8);
  });

  it('evaluates from anywhere when no provider IP is known', () => {
    const requests = whatIfRound('id', { ...FULL, providerIps: [] });
    expect(requests).toHaveLength(4);
    expect(requests.every((r) => !('ipAddress' in (r.body as { signInConditions: object }).signInConditions))).toBe(
      true,
    );
  });
});
