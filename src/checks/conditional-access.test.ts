import { describe, expect, it } from 'vitest';
import { checkConditionalAccess } from './conditional-access';
import memberOf from './fixtures/conditional-access/member-of.json';
import namedLocations from './fixtures/conditional-access/named-locations.json';
import policyJson from './fixtures/conditional-access/policy.json';
import whatIfBlock from './fixtures/conditional-access/what-if-block.json';
import whatIfReportOnly from './fixtures/conditional-access/what-if-report-only.json';
import { FORBIDDEN, fixture, inputs, MALFORMED_BODIES, NOT_FOUND, ok, snapshot, UNUSABLE } from './test-support';
import type { Finding, GraphResult, TenantSnapshot, VerifyInputs, WhatIfRun } from './types';

const SVC_ID = '4d6f2b9e-3c1a-4f7e-9a2b-8e5d1c0f7a36';
const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
const IP = '192.0.2.10'; // outside every named location in the fixture

const blocking = fixture(policyJson); // "Block legacy authentication", All users, Other + EAS clients
const excluded = {
  ...blocking,
  conditions: { ...blocking.conditions, users: { ...blocking.conditions.users, excludeUsers: [SVC_ID] } },
};
const reportOnly = { ...blocking, state: 'enabledForReportingButNotEnforced' };
const withPlatforms = {
  ...blocking,
  conditions: { ...blocking.conditions, platforms: { includePlatforms: ['android'] } },
};
const NO_POLICY_APPLIES = ok({ value: [] });

/** What If the way the client asks it: both resources, both legacy client types, each provider IP. */
function whatIf(answer: GraphResult | ((run: Omit<WhatIfRun, 'result'>) => GraphResult), ips = [IP]): WhatIfRun[] {
  return [EXCHANGE, SHAREPOINT].flatMap((resource) =>
    (['other', 'exchangeActiveSync'] as const).flatMap((clientAppType) =>
      ips.map((ipAddress) => {
        const run = { resource, clientAppType, ipAddress };
        return { ...run, result: typeof answer === 'function' ? answer(run) : answer };
      }),
    ),
  );
}

function state(policies: GraphResult, runs: WhatIfRun[], results: TenantSnapshot['results'] = {}): TenantSnapshot {
  return snapshot(
    {
      user: ok({ id: SVC_ID, userPrincipalName: 'svc-backup@contoso.com', accountEnabled: true }),
      memberOf: ok(memberOf),
      namedLocations: ok(fixture(namedLocations)),
      caPolicies: policies,
      ...results,
    },
    runs,
  );
}

function check(snap: TenantSnapshot, overrides: Partial<VerifyInputs> = {}): Finding[] {
  return checkConditionalAccess(snap, inputs({ providerIps: [IP], ...overrides }));
}

const brief = (findings: Finding[]) =>
  findings.map((f) => `${f.weight} ${f.status}${f.warning ? ' (warning)' : ''}${f.reason ? ` ${f.reason}` : ''}`);

describe('What If decides when it answered', () => {
  it('fails on an enabled policy that applies, naming it, the clients, the resources and the IP', () => {
    const findings = check(state(ok({ value: [blocking] }), whatIf(ok(fixture(whatIfBlock)))));
    expect(brief(findings)).toEqual(['primary fail', 'supporting fail']);
    expect(findings[0]).toMatchObject({ source: 'POST /identity/conditionalAccess/evaluate' });
    expect(findings[0]?.text).toBe(
      `What If: policy 'Block legacy authentication' applies to Other clients and Exchange ActiveSync clients signing in to Exchange Online and SharePoint Online from ${IP} and blocks access.`,
    );
    // Our own reading agrees, and says which condition catches the account.
    expect(findings[1]?.text).toContain('(its users include All users) and blocks access');
  });

  it('only warns about a report-only policy that applies', () => {
    const findings = check(state(ok({ value: [] }), whatIf(ok(fixture(whatIfReportOnly)))));
    expect(brief(findings)).toEqual(['primary pass (warning)', 'primary pass']);
    expect(findings[0]?.text).toContain("report-only policy 'Require MFA for all users (pilot)'");
    expect(findings[0]?.text).toContain('requires mfa, which a legacy client cannot satisfy');
  });

  it('names only the evaluations a policy applied in', () => {
    const exchangeOnly = whatIf((run) =>
      run.resource === EXCHANGE && run.clientAppType === 'other' ? ok(fixture(whatIfBlock)) : NO_POLICY_APPLIES,
    );
    const [finding] = check(state(ok({ value: [] }), exchangeOnly));
    expect(finding?.text).toContain('applies to Other clients signing in to Exchange Online from');
  });

  it('passes when no policy applies, listing the addresses evaluated', () => {
    const findings = check(state(ok({ value: [excluded] }), whatIf(NO_POLICY_APPLIES, [IP, '2001:db8::1'])));
    expect(brief(findings)).toEqual(['primary pass']);
    expect(findings[0]?.text).toContain(`from ${IP} and 2001:db8::1`);
  });

  it('trusts What If over our reading when they disagree, keeping ours as evidence', () => {
    const whatIfPasses = check(state(ok({ value: [blocking] }), whatIf(NO_POLICY_APPLIES)));
    expect(brief(whatIfPasses)).toEqual(['primary pass', 'supporting unknown manual']);
    expect(whatIfPasses[1]?.text).toContain('What If decides');

    const whatIfFails = check(state(ok({ value: [excluded] }), whatIf(ok(fixture(whatIfBlock)))));
    expect(brief(whatIfFails)).toEqual(['primary fail', 'supporting unknown manual']);
  });

  it('fails on a blocking answer even when other evaluations could not be read', () => {
    const mixed = whatIf((run) => (run.resource === EXCHANGE ? ok(fixture(whatIfBlock)) : FORBIDDEN));
    expect(brief(check(state(ok({ value: [blocking] }), mixed)))).toEqual(['primary fail', 'supporting fail']);
  });

  it('ignores session-only and disabled policies in the answer', () => {
    const [policy] = fixture(whatIfBlock).value;
    const sessionOnly = { ...policy, grantControls: null };
    const disabled = { ...policy, state: 'disabled' };
    expect(brief(check(state(ok({ value: [] }), whatIf(ok({ value: [sessionOnly, disabled] })))))).toEqual([
      'primary pass',
    ]);
  });
});

describe('our own reading decides when What If did not answer', () => {
  it.each<[string, WhatIfRun[], string]>([
    ['refused', whatIf(FORBIDDEN), 'supporting unknown permission'],
    [
      'partly refused, no block seen',
      whatIf((run) => (run.resource === EXCHANGE ? NO_POLICY_APPLIES : FORBIDDEN)),
      'supporting unknown permission',
    ],
    ['answered in an unknown shape', whatIf(ok({ value: [{ displayName: 'x' }] })), 'supporting unknown unavailable'],
    ['throttled', whatIf({ status: 429 }), 'supporting unknown unavailable'],
    ['not run', [], 'supporting unknown unavailable'],
  ])('What If %s: an enabled blocking policy fails', (_name, runs, note) => {
    const findings = check(state(ok({ value: [blocking] }), runs));
    expect(brief(findings)).toEqual(['primary fail', note]);
    expect(findings[0]?.text).toBe(
      `Policy 'Block legacy authentication' applies to Other clients and Exchange ActiveSync clients signing in to Exchange Online and SharePoint Online (its users include All users) and blocks access.`,
    );
  });

  it('names the provider IP when a location decides', () => {
    const located = {
      ...blocking,
      conditions: {
        ...blocking.conditions,
        locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      },
    };
    const [finding] = check(state(ok({ value: [located] }), []));
    expect(finding?.text).toContain(`signing in to Exchange Online and SharePoint Online from ${IP}`);
  });

  it.each<[string, object[], string[]]>([
    ['no policies at all', [], ['primary pass']],
    ['the account excluded', [excluded], ['primary pass']],
    ['a disabled blocking policy', [{ ...blocking, state: 'disabled' }], ['primary pass']],
    ['a report-only blocking policy', [reportOnly], ['primary pass (warning)', 'primary pass']],
    ['a policy with a condition we cannot evaluate', [withPlatforms], ['primary unknown manual']],
    [
      'a report-only policy we cannot evaluate',
      [{ ...withPlatforms, state: 'enabledForReportingButNotEnforced' }],
      ['primary pass'],
    ],
  ])('%s', (_name, policies, expected) => {
    const findings = check(state(ok({ value: policies }), whatIf(FORBIDDEN)));
    expect(brief(findings.filter((f) => f.weight === 'primary'))).toEqual(expected);
  });

  it('names the policy it could not evaluate, and why', () => {
    const [finding] = check(state(ok({ value: [withPlatforms] }), []));
    expect(finding?.text).toBe(
      "Policy 'Block legacy authentication' could not be evaluated here: its device platforms condition cannot be evaluated for a legacy sign-in.",
    );
    expect(finding?.manual).toContain('Entra ID → Conditional Access → Policies → What If');
  });

  it('says the service account is needed when none was given', () => {
    const findings = check(state(ok({ value: [] }), []), { account: undefined });
    expect(brief(findings)).toEqual(['primary pass', 'supporting unknown missing-input']);
  });
});

describe('when neither answers', () => {
  it.each([...UNUSABLE, ['HTTP 404', NOT_FOUND, 'unavailable'] as const])(
    'policies unreadable after %s and What If refused: could not check',
    (_name, result, reason) => {
      const findings = check(state(result, whatIf(FORBIDDEN)));
      expect(findings.find((f) => f.weight === 'primary')).toMatchObject({ status: 'unknown', reason });
    },
  );

  it.each([
    ...MALFORMED_BODIES,
    ['a policy without users', [{ ...blocking, conditions: { ...blocking.conditions, users: undefined } }]],
    ['a policy with an unknown state', [{ ...blocking, state: 'paused' }]],
    ['a policy whose grant controls are a string', [{ ...blocking, grantControls: 'block' }]],
    [
      'locations in an unknown shape',
      [{ ...blocking, conditions: { ...blocking.conditions, locations: { includeLocations: 'All' } } }],
    ],
  ])('cannot check with %s', (_name, body) => {
    const policies = Array.isArray(body) ? ok({ value: body }) : ok(body);
    const findings = check(state(policies, []));
    expect(findings.find((f) => f.weight === 'primary')).toMatchObject({ status: 'unknown', reason: 'unavailable' });
  });

  it('still passes on What If alone when the policies cannot be read', () => {
    expect(brief(check(state(FORBIDDEN, whatIf(NO_POLICY_APPLIES))))).toEqual(['primary pass']);
  });
});
