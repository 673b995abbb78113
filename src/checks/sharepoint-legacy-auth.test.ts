import { describe, expect, it } from 'vitest';
import settings from './fixtures/sharepoint-legacy-auth/settings.json';
import docExample from './fixtures/sharepoint-legacy-auth/settings-doc-example.json';
import { checkSharePointLegacyAuth } from './sharepoint-legacy-auth';
import { MALFORMED_BODIES, NOT_FOUND, ok, snapshot, UNUSABLE } from './test-support';
import type { GraphResult } from './types';

const check = (result: GraphResult) => checkSharePointLegacyAuth(snapshot({ sharepointSettings: result }));

describe('checkSharePointLegacyAuth', () => {
  // The documented example wraps the settings in "value"; both shapes must read the same.
  it.each([
    ['allowed', settings, 'pass', 'isLegacyAuthProtocolsEnabled = true'],
    ['blocked', { ...settings, isLegacyAuthProtocolsEnabled: false }, 'fail', 'isLegacyAuthProtocolsEnabled = false'],
    ['allowed, doc example shape', docExample, 'pass', 'isLegacyAuthProtocolsEnabled = true'],
    [
      'blocked, doc example shape',
      { value: { ...docExample.value, isLegacyAuthProtocolsEnabled: false } },
      'fail',
      'isLegacyAuthProtocolsEnabled = false',
    ],
  ])('%s', (_name, body, status, value) => {
    expect(check(ok(body))).toEqual([
      expect.objectContaining({
        causeId: 'sharepoint-legacy-auth',
        status,
        weight: 'primary',
        source: 'GET /admin/sharepoint/settings',
        text: expect.stringContaining(value),
      }),
    ]);
  });

  it.each([
    ...MALFORMED_BODIES,
    ['the flag as a number', { ...settings, isLegacyAuthProtocolsEnabled: 1 }],
    ['the flag null', { ...settings, isLegacyAuthProtocolsEnabled: null }],
    ['"value" as a list', { value: [settings] }],
  ])('cannot check with %s', (_name, body) => {
    expect(check(ok(body))).toEqual([expect.objectContaining({ status: 'unknown', reason: 'unavailable' })]);
  });

  it.each([...UNUSABLE, ['HTTP 404', NOT_FOUND, 'unavailable'] as const])(
    'cannot check after %s',
    (_name, result, reason) => {
      const [finding] = check(result);
      expect(finding).toMatchObject({ status: 'unknown', reason });
      expect(finding?.manual).toContain("Policies → Access control → Apps that don't use modern authentication");
    },
  );
});
