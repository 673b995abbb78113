/**
 * Supporting evidence from the service account's sign-ins in the last 24 hours (research §3): each
 * failure's error code points at a cause, a success shows the credentials work, and no sign-in at all
 * means Exchange refused the request before it reached Entra ID (cause 1 or 7).
 */
import type { CauseId } from '../engine/cause-ids';
import { asArray, asNumber, asObject, asString, formatTime, joinWords, parseList, parseTime } from './json';
import { couldNotRead, finding, MALFORMED, readLicensedResult, type Subject, undecided } from './read-result';
import { SIGN_IN_ERRORS } from './sign-in-errors';
import type { Finding, TenantSnapshot, VerifyInputs } from './types';

const DAY = 86_400;
const SOURCE = 'GET /auditLogs/signIns';
const MANUAL =
  'In the Entra admin center, open Entra ID → Monitoring & health → Sign-in logs, filter on the service account and the last 24 hours, and open any failure to read its error code.';
const LICENCE_MANUAL =
  'Reading sign-in logs through Microsoft Graph needs Microsoft Entra ID P1 or P2; look in Entra ID → Monitoring & health → Sign-in logs instead, filtered on the service account.';
const EXCHANGE_MANUAL =
  'In Exchange Online PowerShell run `Get-OrganizationConfig | Format-List EwsEnabled,EwsAllowedAppIDs` (cause 1: EWS must be enabled and allow the backup app) and `Get-User <account> | Format-List AuthenticationPolicy` (cause 7: no policy may block Basic authentication).';

/** The causes whose only Graph-side evidence is "did the sign-in reach Entra ID at all". */
const REACHED_ENTRA_CAUSES: readonly CauseId[] = ['legacy-auth-retirement', 'authentication-policy'];

interface SignIn {
  at: number;
  errorCode: number;
  upn?: string;
  client?: string;
  ip?: string;
  failedPolicies: string[];
}

function subject(causeId: CauseId): Subject {
  return { causeId, weight: 'supporting', source: SOURCE, what: "the service account's sign-in logs", manual: MANUAL };
}

export function checkSignInLogs(snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const { account } = inputs;
  if (!account) {
    return REACHED_ENTRA_CAUSES.map((causeId) =>
      undecided(
        subject(causeId),
        'missing-input',
        'No service account email was given, so its sign-ins were not searched.',
      ),
    );
  }
  const read = readLicensedResult(snapshot.results.signIns);
  const rows = read.kind === 'ok' ? parseList(read.body, parseSignIn) : undefined;
  if (!rows) {
    const unreadable = read.kind === 'unreadable' ? read : MALFORMED;
    return REACHED_ENTRA_CAUSES.map((causeId) => ({
      ...couldNotRead(subject(causeId), unreadable),
      ...(unreadable.reason === 'licence' ? { manual: LICENCE_MANUAL } : {}),
    }));
  }
  const since = snapshot.fetchedAt - DAY;
  const recent = rows.filter((r) => r.at >= since && (!r.upn || r.upn.toLowerCase() === account.toLowerCase()));
  if (recent.length === 0) return notReachedFindings(account);
  return [...byErrorCode(recent)].flatMap(([code, group]) => groupFinding(code, group, account));
}

function notReachedFindings(account: string): Finding[] {
  const text = `No sign-in of ${account} reached Entra ID in the last 24 hours while the backup reports 401, so the request was refused before Entra ID: by Exchange's retirement of EWS and Basic authentication (cause 1) or by an Exchange authentication policy (cause 7).`;
  return REACHED_ENTRA_CAUSES.map((causeId) =>
    undecided(subject(causeId), 'manual', text, EXCHANGE_MANUAL.replace('<account>', account)),
  );
}

function groupFinding(code: number, group: SignIn[], account: string): Finding[] {
  const latest = group.reduce((a, b) => (b.at > a.at ? b : a));
  const times = `${group.length === 1 ? 'once' : `${group.length} times`} in the last 24 hours, the latest at ${formatTime(latest.at)}${latest.client ? ` via ${latest.client}` : ''}${latest.ip ? ` from ${latest.ip}` : ''}`;
  if (code === 0) {
    return [finding(subject('credentials'), 'pass', `${account} signed in successfully ${times}.`)];
  }
  const error = SIGN_IN_ERRORS.get(code);
  if (!error) return [];
  const policies = [...new Set(group.flatMap((r) => r.failedPolicies))];
  const named = policies.length > 0 ? `; policies that failed: ${joinWords(policies.map((p) => `'${p}'`))}` : '';
  return [
    finding(
      subject(error.causeId),
      'fail',
      `Sign-in of ${account} failed with AADSTS${code} (${error.meaning}) ${times}${named}.`,
    ),
  ];
}

function byErrorCode(rows: SignIn[]): Map<number, SignIn[]> {
  const groups = new Map<number, SignIn[]>();
  for (const row of rows) groups.set(row.errorCode, [...(groups.get(row.errorCode) ?? []), row]);
  return groups;
}

function parseSignIn(value: unknown): SignIn | undefined {
  const row = asObject(value);
  const at = parseTime(row?.createdDateTime);
  const errorCode = asNumber(asObject(row?.status)?.errorCode);
  if (!row || at === undefined || errorCode === undefined) return undefined;
  const failedPolicies = (asArray(row.appliedConditionalAccessPolicies) ?? []).flatMap((p) => {
    const policy = asObject(p);
    const name = asString(policy?.displayName);
    return name && policy?.result === 'failure' ? [name] : [];
  });
  return {
    at,
    errorCode,
    upn: asString(row.userPrincipalName),
    client: asString(row.clientAppUsed),
    ip: asString(row.ipAddress),
    failedPolicies,
  };
}
