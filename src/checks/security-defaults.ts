/** Cause 5: security defaults block every legacy-auth sign-in, so they must be off (research §2 cause 5). */
import { asBoolean, unwrapObject } from './json';
import { couldNotRead, finding, MALFORMED, readExisting, type Subject } from './read-result';
import type { Finding, TenantSnapshot } from './types';

const SUBJECT: Subject = {
  causeId: 'security-defaults',
  weight: 'primary',
  source: 'GET /policies/identitySecurityDefaultsEnforcementPolicy',
  what: 'the security defaults setting',
  manual:
    'In the Entra admin center, open Entra ID → Overview → Properties → Manage security defaults and check whether security defaults are Enabled.',
};

export function checkSecurityDefaults(snapshot: TenantSnapshot): Finding[] {
  const read = readExisting(snapshot.results.securityDefaults);
  if (read.kind === 'unreadable') return [couldNotRead(SUBJECT, read)];
  const isEnabled = asBoolean(unwrapObject(read.body)?.isEnabled);
  if (isEnabled === undefined) return [couldNotRead(SUBJECT, MALFORMED)];
  return [
    isEnabled
      ? finding(SUBJECT, 'fail', 'Security defaults are enabled (isEnabled = true): they block legacy authentication.')
      : finding(SUBJECT, 'pass', 'Security defaults are disabled (isEnabled = false).'),
  ];
}
