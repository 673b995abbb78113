import { describe, expect, it } from 'vitest';
import { type Evaluation, evaluatePolicy, type SignInFacts } from './ca-evaluate';
import { type CaPolicy, parseMembership, parseNamedLocations, parsePolicies, type UserCondition } from './ca-policy';
import memberOf from './fixtures/conditional-access/member-of.json';
import namedLocationsJson from './fixtures/conditional-access/named-locations.json';
import policyJson from './fixtures/conditional-access/policy.json';
import { fixture } from './test-support';

// The fixture: "Block legacy authentication" for All users but a break-glass account, Exchange ActiveSync
// and Other clients, all apps, any location, grant control block.
const base = fixture(policyJson);
const SVC_ID = '4d6f2b9e-3c1a-4f7e-9a2b-8e5d1c0f7a36';
const GROUP = '9b2e7c41-5d3a-4e8f-b1c6-2a7d9e0f3b58'; // the service account is a member (member-of.json)
const OTHER_GROUP = '11111111-2222-4333-8444-555555555555';
const ROLE_TEMPLATE = '88d8e3e3-8f55-4a1e-953a-9b9898b8876b'; // a role the service account holds
const ROLE_OBJECT = 'd4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a'; // that role's object id: never what CA lists
const BACKUP_LOCATION = 'c3d2e1f0-a9b8-4c7d-9e6f-5a4b3c2d1e0f'; // trusted: 203.0.113.0/24, 2001:db8:4a1c:10::/64
const OFFICE = '7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d'; // 198.51.100.23/32
const TYPO = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a'; // 192.0.2.0/33: unreadable
const ANYWHERE = 'e9f8a7b6-c5d4-4e3f-a2b1-c0d9e8f7a6b5'; // 0.0.0.0/0
const COUNTRY = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';

const facts: SignInFacts = {
  userId: SVC_ID,
  membership: parseMembership(memberOf),
  locations: parseNamedLocations(fixture(namedLocationsJson)),
  providerIps: ['203.0.113.10'],
};

interface Patch {
  state?: string;
  users?: Partial<Record<keyof UserCondition, string[]>>;
  applications?: Record<string, unknown>;
  clientAppTypes?: string[];
  locations?: { includeLocations: string[]; excludeLocations: string[] } | null;
  conditions?: Record<string, unknown>;
}

function policy(patch: Patch = {}): CaPolicy {
  const json = {
    ...base,
    state: patch.state ?? base.state,
    conditions: {
      ...base.conditions,
      clientAppTypes: patch.clientAppTypes ?? base.conditions.clientAppTypes,
      users: { ...base.conditions.users, ...patch.users },
      applications: { ...base.conditions.applications, ...patch.applications },
      locations: patch.locations === undefined ? base.conditions.locations : patch.locations,
      ...patch.conditions,
    },
  };
  const [parsed] = parsePolicies([json]) ?? [];
  if (!parsed) throw new Error('the test policy does not parse');
  return parsed;
}

function evaluate(patch: Patch, factPatch: Partial<SignInFacts> = {}): Evaluation {
  return evaluatePolicy(policy(patch), { ...facts, ...factPatch });
}

describe('users: exclusions win over inclusions', () => {
  it.each<[string, Patch, Partial<SignInFacts>, string]>([
    ['All users', {}, {}, 'applies: All users'],
    [
      'the account by id',
      { users: { includeUsers: [SVC_ID.toUpperCase()] } },
      {},
      'applies: the service account itself',
    ],
    [
      'a group it is in (transitiveMemberOf)',
      { users: { includeUsers: [], includeGroups: [GROUP] } },
      {},
      `applies: group ${GROUP}`,
    ],
    ['a group it is not in', { users: { includeUsers: [], includeGroups: [OTHER_GROUP] } }, {}, 'not-applicable'],
    [
      'a role it holds, by roleTemplateId',
      { users: { includeUsers: [], includeRoles: [ROLE_TEMPLATE] } },
      {},
      'applies: directory role',
    ],
    [
      'a role listed by object id does not match',
      { users: { includeUsers: [], includeRoles: [ROLE_OBJECT] } },
      {},
      'not-applicable',
    ],
    ['None', { users: { includeUsers: ['None'] } }, {}, 'not-applicable'],
    [
      'guests only: a service account is a member',
      { users: { includeUsers: ['GuestsOrExternalUsers'] } },
      {},
      'not-applicable',
    ],
    ['All, but the account excluded', { users: { excludeUsers: [SVC_ID] } }, {}, 'not-applicable'],
    ['All, but its group excluded', { users: { excludeGroups: [GROUP] } }, {}, 'not-applicable'],
    ['All, but its role excluded', { users: { excludeRoles: [ROLE_TEMPLATE] } }, {}, 'not-applicable'],
    [
      'its group included and the account excluded',
      { users: { includeUsers: [], includeGroups: [GROUP], excludeUsers: [SVC_ID] } },
      {},
      'not-applicable',
    ],
    ['All, another group excluded', { users: { excludeGroups: [OTHER_GROUP] } }, {}, 'applies: All users'],
    // What cannot be read makes the policy inconclusive, unless something certain rules it out.
    [
      'a group, memberships unreadable',
      { users: { includeUsers: [], includeGroups: [GROUP] } },
      { membership: undefined },
      'inconclusive',
    ],
    [
      'All but a group, memberships unreadable',
      { users: { excludeGroups: [GROUP] } },
      { membership: undefined },
      'inconclusive',
    ],
    [
      'All but the account, memberships unreadable',
      { users: { excludeUsers: [SVC_ID], excludeGroups: [GROUP] } },
      { membership: undefined },
      'not-applicable',
    ],
    ['the account by id, id unknown', { users: { includeUsers: [SVC_ID] } }, { userId: undefined }, 'inconclusive'],
  ])('%s', (_name, patch, factPatch, expected) => {
    expect(summary(evaluate(patch, factPatch))).toContain(expected);
  });
});

describe('apps and client apps', () => {
  it.each<[string, Patch, string]>([
    ['All apps', {}, 'Exchange Online, SharePoint Online'],
    ['Office 365', { applications: { includeApplications: ['Office365'] } }, 'Exchange Online, SharePoint Online'],
    ['Exchange Online only', { applications: { includeApplications: [EXCHANGE] } }, 'Exchange Online'],
    ['All but Exchange Online', { applications: { excludeApplications: [EXCHANGE] } }, 'SharePoint Online'],
    [
      'SharePoint, with Office 365 excluded',
      { applications: { includeApplications: [SHAREPOINT], excludeApplications: ['Office365'] } },
      'not-applicable',
    ],
    [
      'another app',
      { applications: { includeApplications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] } },
      'not-applicable',
    ],
    [
      'user actions',
      { applications: { includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo'] } },
      'not-applicable',
    ],
    ['an application filter', { applications: { applicationFilter: { mode: 'include', rule: 'x' } } }, 'inconclusive'],
    [
      'browser and modern clients only',
      { clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'] },
      'not-applicable',
    ],
    ['all client apps', { clientAppTypes: ['all'] }, 'other, exchangeActiveSync'],
    ['no client-app condition', { clientAppTypes: [] }, 'other, exchangeActiveSync'],
    ['Exchange ActiveSync only', { clientAppTypes: ['exchangeActiveSync'] }, 'exchangeActiveSync'],
  ])('%s', (_name, patch, expected) => {
    expect(summary(evaluate(patch))).toContain(expected);
  });
});

describe('locations, matched on the provider IPs', () => {
  const where = (includeLocations: string[], excludeLocations: string[] = []) => ({
    locations: { includeLocations, excludeLocations },
  });

  it.each<[string, Patch, readonly string[], string]>([
    [
      'All but trusted, provider in a trusted location',
      where(['All'], ['AllTrusted']),
      ['203.0.113.10'],
      'not-applicable',
    ],
    ['All but trusted, provider elsewhere', where(['All'], ['AllTrusted']), ['192.0.2.10'], 'from 192.0.2.10'],
    [
      'All but the backup location, IPv6 inside its /64',
      where(['All'], [BACKUP_LOCATION]),
      ['2001:db8:4a1c:10::25'],
      'not-applicable',
    ],
    [
      'All but the backup location, IPv6 outside its /64',
      where(['All'], [BACKUP_LOCATION]),
      ['2001:db8:4a1c:11::25'],
      'from 2001:db8:4a1c:11::25',
    ],
    [
      'one provider IP excluded, the other not',
      where(['All'], [BACKUP_LOCATION]),
      ['203.0.113.10', '192.0.2.10'],
      'from 192.0.2.10',
    ],
    [
      'a provider range stands for its first address',
      where(['All'], [BACKUP_LOCATION]),
      ['203.0.113.0/28'],
      'not-applicable',
    ],
    ['only the office /32, from the office', where([OFFICE]), ['198.51.100.23'], 'from 198.51.100.23'],
    ['only the office /32, from next door', where([OFFICE]), ['198.51.100.24'], 'not-applicable'],
    ['a /0 location', where([ANYWHERE]), ['192.0.2.10'], 'from 192.0.2.10'],
    ['a /0 location does not hold IPv6', where([ANYWHERE]), ['2001:db8::1'], 'not-applicable'],
    ['a location with a malformed range', where([TYPO]), ['192.0.2.10'], 'inconclusive'],
    [
      'a malformed range, but the IP is excluded anyway',
      where([TYPO], [BACKUP_LOCATION]),
      ['203.0.113.10'],
      'not-applicable',
    ],
    ['a country location', where([COUNTRY]), ['203.0.113.10'], 'inconclusive'],
    [
      'a location that does not exist',
      where(['00000000-aaaa-4bbb-8ccc-000000000000']),
      ['203.0.113.10'],
      'was not found',
    ],
    ['no provider IP given', where(['All'], ['AllTrusted']), [], 'inconclusive'],
    ['a provider IP that is no address', where(['All'], ['AllTrusted']), ['backup.example.com'], 'inconclusive'],
    ['All with no exclusions needs no IP', where(['All']), [], 'applies'],
  ])('%s', (_name, patch, providerIps, expected) => {
    expect(summary(evaluate(patch, { providerIps }))).toContain(expected);
  });

  it('cannot place the IP when the named locations are unreadable', () => {
    const evaluation = evaluate(where(['All'], ['AllTrusted']), { locations: undefined });
    expect(summary(evaluation)).toContain('the named locations could not be read');
  });
});

describe('state and conditions that cannot be evaluated', () => {
  it.each<[string, Patch, string]>([
    ['off', { state: 'disabled' }, 'off'],
    ['report-only is still evaluated', { state: 'enabledForReportingButNotEnforced' }, 'applies'],
    [
      'device platforms',
      { conditions: { platforms: { includePlatforms: ['android'], excludePlatforms: [] } } },
      'device platforms',
    ],
    [
      'a device filter',
      { conditions: { devices: { deviceFilter: { mode: 'exclude', rule: 'device.isCompliant -eq True' } } } },
      'device filter',
    ],
    ['sign-in risk', { conditions: { signInRiskLevels: ['high'] } }, 'sign-in risk'],
    ['user risk', { conditions: { userRiskLevels: ['medium'] } }, 'user risk'],
    ['an empty platform list is no condition', { conditions: { platforms: { includePlatforms: [] } } }, 'applies'],
    [
      'an exclusion rules it out before platforms matter',
      { users: { excludeUsers: [SVC_ID] }, conditions: { platforms: { includePlatforms: ['all'] } } },
      'not-applicable',
    ],
  ])('%s', (_name, patch, expected) => {
    expect(summary(evaluate(patch))).toContain(expected);
  });
});

function summary(evaluation: Evaluation): string {
  switch (evaluation.kind) {
    case 'applies':
      return `applies: ${evaluation.users}; ${evaluation.resources.join(', ')}; ${evaluation.clients.join(', ')}${evaluation.ip ? `; from ${evaluation.ip}` : ''}`;
    case 'not-applicable':
      return `not-applicable: ${evaluation.why}`;
    case 'inconclusive':
      return `inconclusive: ${evaluation.why.join('; ')}`;
    case 'off':
      return 'off';
  }
}
