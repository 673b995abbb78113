/**
 * Runs every check on a snapshot and folds their findings into one verdict per cause (DESIGN §4): any
 * failure fails the cause; it passes only when it has primary findings and all of them pass; otherwise
 * it could not be checked.
 */
import { CAUSE_IDS } from '../engine/cause-ids';
import { checkAppRegistration } from './app-registration';
import { checkConditionalAccess } from './conditional-access';
import { checkLegacyAuthRetirement } from './legacy-auth-retirement';
import { checkPerUserMfa } from './per-user-mfa';
import { checkRecentChanges } from './recent-changes';
import { checkSecurityDefaults } from './security-defaults';
import { checkSharePointLegacyAuth } from './sharepoint-legacy-auth';
import { checkSignInLogs } from './sign-in-logs';
import type { CauseVerdict, Finding, TenantSnapshot, VerdictStatus, VerifyInputs } from './types';
import { checkUserAccount } from './user-account';

export type Check = (snapshot: TenantSnapshot, inputs: VerifyInputs) => Finding[];

const CHECKS: readonly Check[] = [
  checkLegacyAuthRetirement,
  checkRecentChanges,
  checkUserAccount,
  checkAppRegistration,
  checkSharePointLegacyAuth,
  checkSecurityDefaults,
  checkConditionalAccess,
  checkPerUserMfa,
  checkSignInLogs,
];

export function verifyTenant(snapshot: TenantSnapshot, inputs: VerifyInputs): CauseVerdict[] {
  const findings = CHECKS.flatMap((check) => check(snapshot, inputs));
  return CAUSE_IDS.map((causeId) => {
    const own = findings.filter((f) => f.causeId === causeId);
    return { causeId, status: fold(own), findings: ordered(own), checkedAt: snapshot.fetchedAt };
  });
}

export function fold(findings: readonly Finding[]): VerdictStatus {
  if (findings.some((f) => f.status === 'fail')) return 'fail';
  const primary = findings.filter((f) => f.weight === 'primary');
  return primary.length > 0 && primary.every((f) => f.status === 'pass') ? 'pass' : 'unknown';
}

/** Failures first (primary before supporting), then primary findings, then supporting ones; stable. */
function ordered(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => (f.status === 'fail' ? 0 : 2) + (f.weight === 'primary' ? 0 : 1);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
