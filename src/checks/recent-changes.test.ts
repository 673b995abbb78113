import { describe, expect, it } from 'vitest';
import applicationJson from './fixtures/app-registration/application.json';
import policyJson from './fixtures/conditional-access/policy.json';
import auditsJson from './fixtures/recent-changes/directory-audits.json';
import { checkRecentChanges } from './recent-changes';
import { FORBIDDEN, fixture, inputs, MALFORMED_BODIES, NOT_FOUND, NOW, ok, snapshot, UNUSABLE } from './test-support';
import type { Finding, TenantSnapshot } from './types';

const HOUR = 3600;
const SVC = 'svc-backup@contoso.com';
const SVC_ID = '4d6f2b9e-3c1a-4f7e-9a2b-8e5d1c0f7a36';
const APP_OBJECT = 'e1a5d3c7-8b2f-4e9a-a6c1-7f3b5d0e2c98';
const iso = (epoch: number) => new Date(epoch * 1000).toISOString();

// The fixture: a CA policy update 20 min ago, an en-dash app-secret update 10 min ago on our app, and
// three that must not count (another user's update, a failed change, a group change).
const audits = fixture(auditsJson);
const [caUpdate, secretUpdate] = audits.value;
const application = fixture(applicationJson);
const oldSecrets = {
  ...application,
  passwordCredentials: [{ ...application.passwordCredentials[0], startDateTime: iso(NOW - 90 * 86400) }],
};

function check(results: TenantSnapshot['results']): Finding[] {
  return checkRecentChanges(snapshot({ application: ok(oldSecrets), ...results }), inputs());
}

function event(
  activity: string,
  secondsAgo: number,
  options: { service?: string; target?: object; result?: string } = {},
) {
  return {
    ...caUpdate,
    activityDisplayName: activity,
    activityDateTime: iso(NOW - secondsAgo),
    loggedByService: options.service ?? 'Core Directory',
    result: options.result ?? 'success',
    targetResources: [options.target ?? { id: SVC_ID, displayName: 'Backup Service Account', userPrincipalName: SVC }],
  };
}

const decided = (findings: Finding[]) => findings.filter((f) => f.reason !== 'manual');

describe('directory audit events', () => {
  it('fails while a change propagates; the one that takes longest decides when to retry', () => {
    const findings = decided(check({ directoryAudits: ok(audits) }));
    expect(findings.map((f) => [f.weight, f.status, f.change?.kind])).toEqual([
      ['primary', 'fail', 'Conditional Access policy'],
      ['supporting', 'fail', 'app registration or consent'],
    ]);
    expect(findings[0]?.change).toEqual({
      at: NOW - 20 * 60,
      readyAt: NOW - 20 * 60 + 24 * HOUR,
      kind: 'Conditional Access policy',
    });
    expect(findings[0]).toMatchObject({ causeId: 'propagation-delay', source: 'GET /auditLogs/directoryAudits' });
    expect(findings[0]?.text).toContain(
      "'Update conditional access policy' on 'Block legacy authentication' by megan.bowen@contoso.com",
    );
    expect(findings[1]?.change).toEqual({
      at: NOW - 10 * 60,
      readyAt: NOW - 10 * 60 + HOUR,
      kind: 'app registration or consent',
    });
  });

  const app = { id: APP_OBJECT, displayName: 'Hive Backup Connector' };
  const otherApp = { id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', displayName: 'Payroll sync' };
  const otherUser = { id: '3a4b5c6d-7e8f-4901-a2b3-c4d5e6f7a8b9', userPrincipalName: 'adele.vance@contoso.com' };
  const byUpn = { userPrincipalName: 'SVC-Backup@Contoso.com' };

  it.each<[string, ReturnType<typeof event>, number | null]>([
    ['secrets, hyphen', event('Update application - Certificates and secrets management', 600, { target: app }), HOUR],
    ['secrets, en dash', event('Update application – Certificates and secrets management', 600, { target: app }), HOUR],
    [
      'secrets, other case and spacing',
      event('UPDATE APPLICATION  –  certificates and secrets management', 600, { target: app }),
      HOUR,
    ],
    [
      'secrets of another app',
      event('Update application - Certificates and secrets management', 600, { target: otherApp }),
      null,
    ],
    ['consent to our app', event('Consent to application', 600, { target: app }), HOUR],
    ['security defaults', event('Update security defaults', 1800, { service: 'Conditional Access', target: {} }), HOUR],
    [
      'a named location, 23 h ago',
      event('Add named location', 23 * HOUR, { service: 'Conditional Access', target: {} }),
      24 * HOUR,
    ],
    [
      'a CA policy, exactly 24 h ago',
      event('Delete conditional access policy', 24 * HOUR, { service: 'Conditional Access', target: {} }),
      null,
    ],
    ['a CA activity logged by another service', event('Update conditional access policy', 600, { target: {} }), null],
    ['a password reset, 1 s short of an hour', event('Reset password', HOUR - 1), HOUR],
    ['a password reset, exactly an hour ago', event('Reset password', HOUR), null],
    [
      'an App Password, target by UPN only',
      event('Create application password for user', 600, { target: byUpn }),
      HOUR,
    ],
    ["another user's update", event('Update user', 600, { target: otherUser }), null],
    ['a failed change', event('Disable account', 600, { result: 'failure' }), null],
    ['per-user MFA turned off', event('Disable Strong Authentication', 600), HOUR],
  ])('%s', (_name, audit, wait) => {
    const [first] = decided(check({ directoryAudits: ok({ value: [audit] }), user: ok({ id: SVC_ID }) }));
    if (wait === null) {
      expect(first?.status).toBe('pass');
    } else {
      expect(first).toMatchObject({ status: 'fail', weight: 'primary' });
      expect((first?.change?.readyAt ?? 0) - (first?.change?.at ?? 0)).toBe(wait);
    }
  });

  it("counts an app change when neither the app nor its service principal can be read: it can't be ruled out", () => {
    const audit = event('Update application - Certificates and secrets management', 600, { target: otherApp });
    const findings = check({
      directoryAudits: ok({ value: [audit] }),
      application: FORBIDDEN,
      servicePrincipal: FORBIDDEN,
    });
    expect(decided(findings)[0]?.status).toBe('fail');
  });

  it('passes, naming the last change, when nothing is pending', () => {
    const findings = check({ directoryAudits: ok({ value: [event('Update user', 5 * HOUR)] }) });
    expect(decided(findings)).toEqual([
      expect.objectContaining({
        status: 'pass',
        weight: 'primary',
        text: expect.stringContaining("The last change found: 'Update user'"),
      }),
    ]);
  });

  it('passes on an empty log with nothing else dated', () => {
    expect(decided(check({ directoryAudits: ok({ value: [] }), application: NOT_FOUND }))).toEqual([
      expect.objectContaining({ status: 'pass', text: 'No recent change is still propagating.' }),
    ]);
  });

  it("always notes that SharePoint and Exchange changes are not in Entra's audit log", () => {
    const note = check({ directoryAudits: ok({ value: [] }) }).find((f) => f.reason === 'manual');
    expect(note).toMatchObject({
      status: 'unknown',
      weight: 'supporting',
      manual: expect.stringContaining("Apps that don't use modern authentication"),
    });
  });
});

describe('timestamps on the resources themselves', () => {
  const policy = fixture(policyJson);

  it('counts a CA policy modified 30 minutes ago even when the audit log is refused', () => {
    const recent = { ...policy, modifiedDateTime: iso(NOW - 1800) };
    const findings = check({ directoryAudits: FORBIDDEN, caPolicies: ok({ value: [recent] }) });
    expect(decided(findings).map((f) => [f.weight, f.status, f.reason])).toEqual([
      ['primary', 'fail', undefined],
      ['primary', 'unknown', 'permission'],
    ]);
    expect(findings[0]).toMatchObject({
      source: 'GET /identity/conditionalAccess/policies',
      change: { readyAt: NOW - 1800 + 24 * HOUR },
    });
  });

  it('counts one change once when the audit log and the policy both show it', () => {
    const recent = { ...policy, modifiedDateTime: caUpdate?.activityDateTime };
    const findings = decided(
      check({ directoryAudits: ok({ value: [caUpdate] }), caPolicies: ok({ value: [recent] }) }),
    );
    expect(findings.map((f) => f.status)).toEqual(['fail']);
  });

  it('counts a named location changed 2 hours ago for 24 hours', () => {
    const location = {
      id: 'c3d2e1f0-a9b8-4c7d-9e6f-5a4b3c2d1e0f',
      displayName: 'Hive backup service',
      modifiedDateTime: iso(NOW - 2 * HOUR),
      ipRanges: [],
    };
    const [first] = check({ directoryAudits: ok({ value: [] }), namedLocations: ok({ value: [location] }) });
    expect(first).toMatchObject({ status: 'fail', change: { kind: 'named location', readyAt: NOW + 22 * HOUR } });
  });

  it.each([
    ['added 10 minutes ago', NOW - 600, 'fail'],
    ['dated an hour ahead: not valid yet, not propagating', NOW + HOUR, 'pass'],
  ])('a client secret %s', (_name, start, status) => {
    const secrets = {
      ...application,
      passwordCredentials: [{ ...application.passwordCredentials[0], startDateTime: iso(start) }],
    };
    const [first] = check({ directoryAudits: ok({ value: [] }), application: ok(secrets) });
    expect(first?.status).toBe(status);
  });

  it.each([...UNUSABLE, ['HTTP 404', NOT_FOUND, 'unavailable'] as const])(
    'could not check the audit log after %s, and nothing else is pending',
    (_name, result, reason) => {
      expect(decided(check({ directoryAudits: result }))).toEqual([
        expect.objectContaining({ status: 'unknown', reason, weight: 'primary' }),
      ]);
    },
  );

  it.each([
    ...MALFORMED_BODIES,
    ['an event without a time', { value: [{ ...caUpdate, activityDateTime: undefined }] }],
    ['an event with a time that is no ISO date', { value: [{ ...caUpdate, activityDateTime: '20 minutes ago' }] }],
    ['an event without its service', { value: [{ ...secretUpdate, loggedByService: null }] }],
  ])('could not check the audit log with %s', (_name, body) => {
    expect(decided(check({ directoryAudits: ok(body) }))).toEqual([
      expect.objectContaining({ status: 'unknown', reason: 'unavailable' }),
    ]);
  });
});
