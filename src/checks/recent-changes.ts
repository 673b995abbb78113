/**
 * Cause 2: a fix made too recently to have reached every server. Changes come from the directory audit
 * log and from the timestamps on Conditional Access policies, named locations and client secrets
 * (research §2 cause 2); the one that takes longest to apply decides when to retry.
 */
import { parseApplication } from './app-registration';
import { type ActivityRule, classifyActivity } from './audit-activities';
import { parseNamedLocations, parsePolicies } from './ca-policy';
import { asObject, asString, formatTime, parseList, parseTime, unwrapObject } from './json';
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
import type { Finding, GraphResult, TenantSnapshot, VerifyInputs } from './types';

const HOUR = 3600;

const AUDITS: Subject = {
  causeId: 'propagation-delay',
  weight: 'primary',
  source: 'GET /auditLogs/directoryAudits',
  what: 'the directory audit log',
  manual:
    'In the Entra admin center, open Entra ID → Monitoring & health → Audit logs, set the date range to the last 24 hours, and look for changes to Conditional Access, security defaults, the app registration or the service account.',
};

const NOT_AUDITED: Subject = {
  causeId: 'propagation-delay',
  weight: 'supporting',
  source: 'SharePoint admin center and Exchange Online (not in Entra audit logs)',
  what: 'SharePoint and Exchange changes',
  manual:
    "If you changed SharePoint's 'Apps that don't use modern authentication' in the last hour, or an Exchange authentication policy in the last 24 hours, wait that long before retrying.",
};

interface Change {
  at: number;
  hours: number;
  kind: string;
  /** "'Update conditional access policy' on 'Block legacy authentication' by admin@contoso.com" */
  what: string;
  source: string;
  /** The changed object's id, so one change seen in two sources counts once. */
  target?: string;
}

export function checkRecentChanges(snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const now = snapshot.fetchedAt;
  const audits = auditChanges(snapshot, inputs);
  const changes = newestPerTarget([...(Array.isArray(audits) ? audits : []), ...timestampChanges(snapshot, inputs)]);
  const readyAt = (c: Change) => c.at + c.hours * HOUR;
  const pending = changes.filter((c) => readyAt(c) > now).sort((a, b) => readyAt(b) - readyAt(a) || b.at - a.at);

  const findings: Finding[] = pending.map((change, i) =>
    finding(
      { ...AUDITS, source: change.source, weight: i === 0 ? 'primary' : 'supporting' },
      'fail',
      `${change.what} at ${formatTime(change.at)}: ${change.kind} changes can take up to ${change.hours} h to apply everywhere, so retry after ${formatTime(readyAt(change))}.`,
      { change: { at: change.at, readyAt: readyAt(change), kind: change.kind } },
    ),
  );
  if (!Array.isArray(audits)) {
    findings.push(couldNotRead(AUDITS, audits));
  } else if (pending.length === 0) {
    const last = [...changes].sort((a, b) => b.at - a.at)[0];
    const evidence = last
      ? ` The last change found: ${last.what} at ${formatTime(last.at)}, applied everywhere by ${formatTime(readyAt(last))}.`
      : '';
    findings.push(finding(AUDITS, 'pass', `No recent change is still propagating.${evidence}`));
  }
  findings.push(
    undecided(
      NOT_AUDITED,
      'manual',
      "Changes to SharePoint's 'Apps that don't use modern authentication' and to Exchange Online settings are not in Entra's audit log.",
    ),
  );
  return findings;
}

function auditChanges(snapshot: TenantSnapshot, inputs: VerifyInputs): Change[] | Unreadable {
  const read = readExisting(snapshot.results.directoryAudits);
  if (read.kind === 'unreadable') return read;
  const events = parseList(read.body, parseAuditEvent);
  if (!events) return MALFORMED;
  const ours = ownIds(snapshot, inputs);
  return events.flatMap((event) => {
    const rule = classifyActivity(event.service, event.activity);
    if (!rule || event.failed || !touchesUs(rule, event.targets, ours)) return [];
    const target = event.targets[0];
    const on = target?.name ? ` on '${target.name}'` : '';
    const by = event.initiatedBy ? ` by ${event.initiatedBy}` : '';
    return [
      {
        at: event.at,
        hours: rule.hours,
        kind: rule.kind,
        what: `'${event.activity}'${on}${by}`,
        source: AUDITS.source,
        target: target?.id,
      },
    ];
  });
}

interface Target {
  id?: string;
  name?: string;
  upn?: string;
}

interface AuditEvent {
  at: number;
  service: string;
  activity: string;
  failed: boolean;
  initiatedBy?: string;
  targets: Target[];
}

function parseAuditEvent(value: unknown): AuditEvent | undefined {
  const event = asObject(value);
  const at = parseTime(event?.activityDateTime);
  const service = asString(event?.loggedByService);
  const activity = asString(event?.activityDisplayName);
  if (!event || at === undefined || service === undefined || activity === undefined) return undefined;
  const initiator = asObject(event.initiatedBy);
  const targets = Array.isArray(event.targetResources) ? event.targetResources : [];
  return {
    at,
    service,
    activity,
    failed: event.result === 'failure',
    initiatedBy:
      asString(asObject(initiator?.user)?.userPrincipalName) ?? asString(asObject(initiator?.app)?.displayName),
    targets: targets.map((t) => {
      const target = asObject(t);
      const upn = asString(target?.userPrincipalName);
      return { id: asString(target?.id)?.toLowerCase(), name: asString(target?.displayName) ?? upn, upn };
    }),
  };
}

interface OwnIds {
  account?: string;
  user: Set<string>;
  app: Set<string>;
}

/** The object ids of the service account and the app, to tell their changes from anyone else's. */
function ownIds(snapshot: TenantSnapshot, inputs: VerifyInputs): OwnIds {
  const { user, application, servicePrincipal } = snapshot.results;
  const id = (result: GraphResult | undefined) => {
    const value = asString(unwrapObject(okBody(result))?.id);
    return value ? [value.toLowerCase()] : [];
  };
  return {
    account: inputs.account?.toLowerCase(),
    user: new Set(id(user)),
    app: new Set([...id(application), ...id(servicePrincipal)]),
  };
}

// When the account or the app cannot be identified, a change to them cannot be ruled out: it counts.
function touchesUs(rule: ActivityRule, targets: Target[], ours: OwnIds): boolean {
  if (rule.scope === 'tenant') return true;
  if (rule.scope === 'app') return ours.app.size === 0 || targets.some((t) => t.id && ours.app.has(t.id));
  if (!ours.account && ours.user.size === 0) return true;
  return targets.some((t) => (t.id && ours.user.has(t.id)) || (t.upn && t.upn.toLowerCase() === ours.account));
}

/** Changes the resources date themselves: these count even when the audit log cannot be read. */
function timestampChanges(snapshot: TenantSnapshot, inputs: VerifyInputs): Change[] {
  const { caPolicies, namedLocations, application: app } = snapshot.results;
  const policies = (parsePolicies(okBody(caPolicies)) ?? []).flatMap((p) =>
    dated(p.changedAt, {
      hours: 24,
      kind: 'Conditional Access policy',
      what: `Conditional Access policy '${p.displayName}' was changed (modifiedDateTime)`,
      source: 'GET /identity/conditionalAccess/policies',
      target: p.id.toLowerCase(),
    }),
  );
  const locations = (parseNamedLocations(okBody(namedLocations)) ?? []).flatMap((l) =>
    dated(l.changedAt, {
      hours: 24,
      kind: 'named location',
      what: `Named location '${l.displayName}' was changed (modifiedDateTime)`,
      source: 'GET /identity/conditionalAccess/namedLocations',
      target: l.id.toLowerCase(),
    }),
  );
  const application = parseApplication(okBody(app));
  const secrets = (application?.secrets ?? []).flatMap((s) =>
    // A secret dated in the future is not valid yet: a credentials problem, not propagation.
    dated(s.start !== undefined && s.start <= snapshot.fetchedAt ? s.start : undefined, {
      hours: 1,
      kind: 'app registration or consent',
      what: `Client secret '${s.name}' was added (startDateTime)`,
      source: `GET /applications(appId='${inputs.appId ?? '{appId}'}')`,
      target: application?.id?.toLowerCase(),
    }),
  );
  return [...policies, ...locations, ...secrets];
}

function dated(at: number | undefined, change: Omit<Change, 'at'>): Change[] {
  return at === undefined ? [] : [{ at, ...change }];
}

/** One change per changed object (the newest), so an audit event and a timestamp are not counted twice. */
function newestPerTarget(changes: Change[]): Change[] {
  const newest = new Map<string, Change>();
  const untargeted: Change[] = [];
  for (const change of changes) {
    if (!change.target) {
      untargeted.push(change);
      continue;
    }
    const key = `${change.kind}|${change.target}`;
    const seen = newest.get(key);
    if (!seen || change.at > seen.at) newest.set(key, change);
  }
  return [...newest.values(), ...untargeted];
}
