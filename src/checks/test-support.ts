/**
 * Test helpers for the checks: snapshots at a fixed "now", and the demo scenarios read the way the real
 * client would read them (src/demo/demo-fetch.ts answers, src/graph/run-verification.ts asks).
 */
import { materialise, type Scenario } from '../demo/scenario';
import { firstRound, whatIfRound } from '../graph/verify-plan';
import { asObject, asString, asStringList } from './json';
import type { GraphResult, RequestId, TenantSnapshot, VerifyInputs, WhatIfRun } from './types';

export const NOW = 1_800_000_000;

export const FORBIDDEN: GraphResult = {
  status: 403,
  body: {
    error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  },
};
export const NOT_FOUND: GraphResult = {
  status: 404,
  body: { error: { code: 'Request_ResourceNotFound', message: 'Resource not found.' } },
};

/** Every way a request can fail to give a usable answer, with the reason the checks must report. */
export const UNUSABLE: [string, GraphResult, 'permission' | 'unavailable'][] = [
  ['HTTP 500', { status: 500, body: { error: { code: 'InternalServerError' } } }, 'unavailable'],
  ['HTTP 503', { status: 503 }, 'unavailable'],
  ['HTTP 429', { status: 429, body: { error: { code: 'TooManyRequests' } } }, 'unavailable'],
  ['a timeout (status 0)', { status: 0, error: 'timeout' }, 'unavailable'],
  ['a network failure', { status: 0, error: 'network' }, 'unavailable'],
  ['status 0 without a reason', { status: 0 }, 'unavailable'],
  ['a throttled item', { status: 0, error: 'throttled' }, 'unavailable'],
  ['HTTP 403', FORBIDDEN, 'permission'],
  ['HTTP 401', { status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } }, 'permission'],
  ['HTTP 400', { status: 400, body: { error: { code: 'BadRequest' } } }, 'unavailable'],
];

/** 2xx bodies no check can read. */
export const MALFORMED_BODIES: [string, unknown][] = [
  ['no body', undefined],
  ['a null body', null],
  ['a string', 'ok'],
  ['a number', 42],
  ['an empty object', {}],
  ['"value" of the wrong type', { value: 3 }],
];

export function ok(body: unknown): GraphResult {
  return { status: 200, body };
}

export function inputs(overrides: Partial<VerifyInputs> = {}): VerifyInputs {
  return {
    account: 'svc-backup@contoso.com',
    appId: 'b7e4c2a9-1f3d-4a6b-8c5e-0d9f2e7a1b34',
    providerIps: [],
    setup: 'mfa',
    ...overrides,
  };
}

export function snapshot(
  results: Partial<Record<RequestId, GraphResult>>,
  whatIf: WhatIfRun[] = [],
  fetchedAt = NOW,
): TenantSnapshot {
  return { fetchedAt, results, whatIf };
}

/** An item a fixture is known to hold; throws, failing the test, when it does not. */
export function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the fixture lacks an item the test relies on');
  return value;
}

/** A JSON fixture with its "{{now-20m}}" times filled in at NOW. */
export function fixture<T>(json: T): T {
  return materialise(json, NOW);
}

/** The snapshot the real client would build against the demo tenant for this scenario. */
export function scenarioSnapshot(scenario: Scenario, now = NOW): { snapshot: TenantSnapshot; inputs: VerifyInputs } {
  const data = materialise(scenario, now);
  const verifyInputs: VerifyInputs = { ...data.inputs, providerIps: data.inputs.providerIps ?? [] };
  const results: TenantSnapshot['results'] = {};
  for (const request of firstRound(verifyInputs, now)) {
    const id = request.id as RequestId;
    results[id] = data.responses[id] ?? NOT_FOUND; // what the demo Graph answers for a missing response
  }
  const user = results.user;
  const userId = user?.status === 200 ? asString(asObject(user.body)?.id) : undefined;
  const whatIf: WhatIfRun[] = userId
    ? whatIfRound(userId, verifyInputs).map((request) => {
        const body = asObject(request.body);
        const [resource = ''] = asStringList(asObject(body?.signInContext)?.includeApplications) ?? [];
        const conditions = asObject(body?.signInConditions);
        const ipAddress = asString(conditions?.ipAddress);
        return {
          resource,
          clientAppType: conditions?.clientAppType === 'exchangeActiveSync' ? 'exchangeActiveSync' : 'other',
          ...(ipAddress ? { ipAddress } : {}),
          result: data.whatIf ?? FORBIDDEN,
        };
      })
    : [];
  return { snapshot: { fetchedAt: now, results, whatIf }, inputs: verifyInputs };
}
