import { describe, expect, it } from 'vitest';
import policy from './fixtures/security-defaults/policy.json';
import { checkSecurityDefaults } from './security-defaults';
import { MALFORMED_BODIES, NOT_FOUND, ok, snapshot, UNUSABLE } from './test-support';
import type { GraphResult } from './types';

const SOURCE = 'GET /policies/identitySecurityDefaultsEnforcementPolicy';
const check = (result: GraphResult) => checkSecurityDefaults(snapshot({ securityDefaults: result }));

describe('checkSecurityDefaults', () => {
  it.each([
    ['enabled: they block legacy auth', { ...policy, isEnabled: true }, 'fail', 'isEnabled = true'],
    ['disabled', { ...policy, isEnabled: false }, 'pass', 'isEnabled = false'],
    ['disabled, wrapped in "value"', { value: { ...policy, isEnabled: false } }, 'pass', 'isEnabled = false'],
  ])('%s', (_name, body, status, value) => {
    const [finding, ...rest] = check(ok(body));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ causeId: 'security-defaults', status, weight: 'primary', source: SOURCE });
    expect(finding?.text).toContain(value);
  });

  it.each([
    ...MALFORMED_BODIES,
    ['isEnabled as a string', { ...policy, isEnabled: 'true' }],
    ['isEnabled missing', { id: policy.id, displayName: policy.displayName }],
  ])('cannot check with %s', (_name, body) => {
    expect(check(ok(body))).toEqual([
      expect.objectContaining({ status: 'unknown', reason: 'unavailable', source: SOURCE }),
    ]);
  });

  it.each([...UNUSABLE, ['HTTP 404', NOT_FOUND, 'unavailable'] as const])(
    'cannot check after %s',
    (_name, result, reason) => {
      const [finding] = check(result);
      expect(finding).toMatchObject({ status: 'unknown', reason, weight: 'primary' });
      expect(finding?.manual).toContain('Entra ID → Overview → Properties → Manage security defaults');
    },
  );
});
