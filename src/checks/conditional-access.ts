/**
 * Cause 6: does a Conditional Access policy block the service account's legacy sign-ins? What If
 * decides when it answered; our own reading of the policies names the policy and the condition, and
 * decides alone when What If was refused or not run (research §2 cause 6, §5).
 */
import { type Evaluation, evaluatePolicy, type SignInFacts } from './ca-evaluate';
import { type CaPolicy, parseMembership, parseNamedLocations, parsePolicies } from './ca-policy';
import { summariseWhatIf, type WhatIfHit, type WhatIfSummary } from './ca-what-if';
import { asString, joinWords, unwrapObject } from './json';
import { resourceName } from './microsoft-apps';
import {
  couldNotRead,
  finding,
  MALFORMED,
  okBody,
  readExisting,
  type Subject,
  type Unreadable,
  undecided,
} from './read-result';
import type { Finding, TenantSnapshot, VerifyInputs, WhatIfRun } from './types';

const MANUAL =
  "In the Entra admin center, open Entra ID → Conditional Access → Policies → What If; choose the service account, the client apps 'Exchange ActiveSync clients' and 'Other clients', Office 365 Exchange Online as the target resource and the provider's IP address, then Evaluate.";

const WHAT_IF: Subject = {
  causeId: 'conditional-access',
  weight: 'primary',
  source: 'POST /identity/conditionalAccess/evaluate',
  what: 'the What If evaluation',
  manual: MANUAL,
};

const POLICIES: Subject = {
  causeId: 'conditional-access',
  weight: 'primary',
  source: 'GET /identity/conditionalAccess/policies',
  what: 'the Conditional Access policies',
  manual: MANUAL,
};

const CLIENT_NAMES: Record<string, string> = {
  other: 'Other clients',
  exchangeActiveSync: 'Exchange ActiveSync clients',
};

interface PolicyReading {
  policy: CaPolicy;
  evaluation: Evaluation;
}

type OwnReading = { kind: 'unreadable'; read: Unreadable } | { kind: 'read'; policies: PolicyReading[] };

export function checkConditionalAccess(snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const whatIf = summariseWhatIf(snapshot.whatIf);
  const own = readPolicies(snapshot, inputs);
  // What If is conclusive once it names a blocking policy, or when every evaluation was read.
  const conclusive = whatIf.runs > 0 && (whatIf.blocking.length > 0 || whatIf.unreadable.length === 0);
  return conclusive
    ? [...whatIfFindings(whatIf, snapshot.whatIf, inputs), ...corroboration(whatIf, own)]
    : [...ownFindings(own, inputs), whatIfGap(whatIf, inputs)];
}

function readPolicies(snapshot: TenantSnapshot, inputs: VerifyInputs): OwnReading {
  const read = readExisting(snapshot.results.caPolicies);
  if (read.kind === 'unreadable') return { kind: 'unreadable', read };
  const policies = parsePolicies(read.body);
  if (!policies) return { kind: 'unreadable', read: MALFORMED };
  const facts = signInFacts(snapshot, inputs);
  return { kind: 'read', policies: policies.map((policy) => ({ policy, evaluation: evaluatePolicy(policy, facts) })) };
}

function signInFacts(snapshot: TenantSnapshot, inputs: VerifyInputs): SignInFacts {
  const { user, memberOf, namedLocations } = snapshot.results;
  return {
    userId: asString(unwrapObject(okBody(user))?.id),
    membership: parseMembership(okBody(memberOf)),
    locations: parseNamedLocations(okBody(namedLocations)),
    providerIps: inputs.providerIps,
  };
}

// What If answered ----------------------------------------------------------------------------------------

function whatIfFindings(whatIf: WhatIfSummary, runs: readonly WhatIfRun[], inputs: VerifyInputs): Finding[] {
  const blocking = whatIf.blocking.map((hit) =>
    finding(
      WHAT_IF,
      'fail',
      `What If: policy '${hit.policy}' applies to ${hitReach(hit)} and ${blockWords(hit.controls)}.`,
    ),
  );
  const reportOnly = whatIf.reportOnly.map((hit) =>
    finding(
      WHAT_IF,
      'pass',
      `What If: report-only policy '${hit.policy}' applies to ${hitReach(hit)}: nothing is blocked now, but once turned on it ${blockWords(hit.controls)}.`,
      { warning: true },
    ),
  );
  const clear =
    blocking.length === 0
      ? [
          finding(
            WHAT_IF,
            'pass',
            `What If: no enabled policy blocks legacy sign-ins (Other clients, Exchange ActiveSync clients) of ${accountName(inputs)} to Exchange Online or SharePoint Online${fromIps(runIps(runs))}.`,
          ),
        ]
      : [];
  return [...blocking, ...reportOnly, ...clear];
}

/** Our own reading as supporting evidence: it names the condition, or says where it disagrees. */
function corroboration(whatIf: WhatIfSummary, own: OwnReading): Finding[] {
  if (own.kind === 'unreadable') return [];
  const subject = { ...POLICIES, weight: 'supporting' as const };
  const blocking = own.policies.filter((p) => p.policy.state === 'enabled').flatMap(blockingReading);
  if (whatIf.blocking.length > 0 && blocking.length === 0) {
    return [
      undecided(
        subject,
        'manual',
        'Read from the policies themselves, no enabled policy blocks this sign-in; What If also weighs what cannot be read here (memberships, risk, devices), so its answer stands.',
      ),
    ];
  }
  return blocking.map(({ policy, applies }) =>
    whatIf.blocking.length > 0
      ? finding(subject, 'fail', `Policy ${policyReach(policy, applies)} and ${blockWords(policy.controls)}.`)
      : undecided(
          subject,
          'manual',
          `Read from the policy itself, policy ${policyReach(policy, applies)} and ${blockWords(policy.controls)}; but What If says it does not apply, and What If decides.`,
        ),
  );
}

// What If did not answer: our own reading decides ------------------------------------------------------------

function whatIfGap(whatIf: WhatIfSummary, inputs: VerifyInputs): Finding {
  const subject = { ...WHAT_IF, weight: 'supporting' as const };
  if (whatIf.runs === 0) {
    return inputs.account
      ? undecided(subject, 'unavailable', 'What If was not run: the service account could not be read.')
      : undecided(subject, 'missing-input', 'What If was not run: no service account was given.');
  }
  const first = whatIf.unreadable.find((u) => u.reason === 'permission') ?? whatIf.unreadable[0] ?? MALFORMED;
  return undecided(
    subject,
    first.reason,
    `What If could not be read for ${whatIf.unreadable.length} of ${whatIf.runs} evaluations: ${first.why}. The policies were evaluated here instead.`,
  );
}

function ownFindings(own: OwnReading, inputs: VerifyInputs): Finding[] {
  const subject = POLICIES;
  if (own.kind === 'unreadable') return [couldNotRead(subject, own.read)];
  if (own.policies.length === 0)
    return [finding(subject, 'pass', 'No Conditional Access policies exist in this tenant.')];
  const findings: Finding[] = [];
  for (const reading of own.policies) {
    const { policy, evaluation } = reading;
    const [blocking] = blockingReading(reading);
    if (blocking && policy.state === 'enabled') {
      findings.push(
        finding(subject, 'fail', `Policy ${policyReach(policy, blocking.applies)} and ${blockWords(policy.controls)}.`),
      );
    } else if (blocking) {
      findings.push(
        finding(
          subject,
          'pass',
          `Report-only policy ${policyReach(policy, blocking.applies)}: nothing is blocked now, but once turned on it ${blockWords(policy.controls)}.`,
          { warning: true },
        ),
      );
    } else if (policy.state === 'enabled' && evaluation.kind === 'inconclusive') {
      findings.push(
        undecided(
          subject,
          'manual',
          `Policy '${policy.displayName}' could not be evaluated here: ${joinWords(evaluation.why)}.`,
        ),
      );
    }
  }
  if (findings.every((f) => f.status === 'pass')) {
    const enabled = own.policies.filter((p) => p.policy.state === 'enabled').length;
    findings.push(
      finding(
        subject,
        'pass',
        `No enabled Conditional Access policy (${enabled} of ${own.policies.length} are enabled) blocks legacy sign-ins of ${accountName(inputs)}${fromIps(inputs.providerIps)}.`,
      ),
    );
  }
  return findings;
}

// Words -------------------------------------------------------------------------------------------------

type Applies = Extract<Evaluation, { kind: 'applies' }>;

/** The reading as a list of one when the policy applies and has a grant control, else none. */
function blockingReading({ policy, evaluation }: PolicyReading): { policy: CaPolicy; applies: Applies }[] {
  return evaluation.kind === 'applies' && policy.controls.length > 0 ? [{ policy, applies: evaluation }] : [];
}

/** "'Block legacy authentication' applies to Other clients signing in to Exchange Online from 203.0.113.10 (…)" */
function policyReach(policy: CaPolicy, applies: Applies): string {
  const clients = joinWords(applies.clients.map(clientName));
  const from = applies.ip ? ` from ${applies.ip}` : '';
  return `'${policy.displayName}' applies to ${clients} signing in to ${joinWords(applies.resources)}${from} (its users include ${applies.users})`;
}

function hitReach(hit: WhatIfHit): string {
  const unique = (values: string[]) => [...new Set(values)];
  const clients = unique(hit.runs.map((r) => clientName(r.clientAppType)));
  const resources = unique(hit.runs.map((r) => resourceName(r.resource)));
  return `${joinWords(clients)} signing in to ${joinWords(resources)}${fromIps(runIps(hit.runs))}`;
}

/** The addresses What If evaluated from (a provider range is evaluated from its first address). */
function runIps(runs: readonly WhatIfRun[]): string[] {
  return [...new Set(runs.flatMap((r) => (r.ipAddress ? [r.ipAddress] : [])))];
}

/** Any grant control blocks a legacy client: it can satisfy none of them (research §5 step 7). */
function blockWords(controls: readonly string[]): string {
  if (controls.some((c) => c.toLowerCase() === 'block')) return 'blocks access';
  return `requires ${joinWords(controls)}, which a legacy client cannot satisfy, so access is blocked`;
}

function clientName(client: string): string {
  return CLIENT_NAMES[client] ?? client;
}

function accountName(inputs: VerifyInputs): string {
  return inputs.account ?? 'the service account';
}

function fromIps(ips: readonly string[]): string {
  return ips.length > 0 ? ` from ${joinWords(ips)}` : '';
}
