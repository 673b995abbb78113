/**
 * Narrowing for the Conditional Access resources: policies, named locations and the service account's
 * memberships (research §5). Only what the evaluation needs is kept; a policy missing a condition set
 * the evaluation relies on is malformed, never "applies to nobody".
 */
import { asBoolean, asObject, asString, asStringList, type JsonObject, parseList, parseTime } from './json';

export const POLICY_STATES = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'] as const;
export type PolicyState = (typeof POLICY_STATES)[number];

export interface UserCondition {
  includeUsers: string[];
  excludeUsers: string[];
  includeGroups: string[];
  excludeGroups: string[];
  includeRoles: string[];
  excludeRoles: string[];
}

export interface CaPolicy {
  id: string;
  displayName: string;
  state: PolicyState;
  /** The later of createdDateTime and modifiedDateTime, when either is set. */
  changedAt?: number;
  users: UserCondition;
  applications: { include: string[]; exclude: string[]; targetsUserActions: boolean; filtered: boolean };
  clientAppTypes: string[];
  locations?: { include: string[]; exclude: string[] };
  /** Conditions set on the policy that cannot be evaluated for a legacy sign-in (research §5 step 6). */
  unevaluable: string[];
  /** The grant controls, as words; none means the policy only sets session controls and blocks nothing. */
  controls: string[];
}

export type NamedLocation =
  | { kind: 'ip'; id: string; displayName: string; trusted: boolean; ranges: string[]; changedAt?: number }
  | { kind: 'country'; id: string; displayName: string; changedAt?: number };

export interface Membership {
  groups: ReadonlySet<string>;
  /** Directory roles by roleTemplateId, which is what includeRoles and excludeRoles hold. */
  roles: ReadonlySet<string>;
}

export function parsePolicies(body: unknown): CaPolicy[] | undefined {
  return parseList(body, parsePolicy);
}

function parsePolicy(value: unknown): CaPolicy | undefined {
  const policy = asObject(value);
  const conditions = asObject(policy?.conditions);
  const id = asString(policy?.id);
  const state = POLICY_STATES.find((s) => s === policy?.state);
  const users = parseUsers(conditions?.users);
  const applications = parseApplications(conditions?.applications);
  const clientAppTypes = asStringList(conditions?.clientAppTypes);
  const locations = parseLocationCondition(conditions?.locations);
  const controls = parseGrantControls(policy?.grantControls);
  if (
    !policy ||
    !conditions ||
    !id ||
    !state ||
    !users ||
    !applications ||
    !clientAppTypes ||
    locations === null ||
    !controls
  ) {
    return undefined;
  }
  return {
    id,
    displayName: asString(policy.displayName) ?? id,
    state,
    changedAt: latestTime(policy),
    users,
    applications,
    clientAppTypes,
    locations,
    unevaluable: unevaluableConditions(conditions),
    controls,
  };
}

function parseUsers(value: unknown): UserCondition | undefined {
  const users = asObject(value);
  const includeUsers = asStringList(users?.includeUsers);
  const excludeUsers = asStringList(users?.excludeUsers);
  const includeGroups = asStringList(users?.includeGroups);
  const excludeGroups = asStringList(users?.excludeGroups);
  const includeRoles = asStringList(users?.includeRoles);
  const excludeRoles = asStringList(users?.excludeRoles);
  if (!users || !includeUsers || !excludeUsers || !includeGroups || !excludeGroups || !includeRoles || !excludeRoles) {
    return undefined;
  }
  return { includeUsers, excludeUsers, includeGroups, excludeGroups, includeRoles, excludeRoles };
}

function parseApplications(value: unknown): CaPolicy['applications'] | undefined {
  const apps = asObject(value);
  const include = asStringList(apps?.includeApplications);
  const exclude = asStringList(apps?.excludeApplications);
  const userActions = asStringList(apps?.includeUserActions);
  const contexts = asStringList(apps?.includeAuthenticationContextClassReferences);
  if (!apps || !include || !exclude || !userActions || !contexts) return undefined;
  return {
    include,
    exclude,
    targetsUserActions: include.length === 0 && (userActions.length > 0 || contexts.length > 0),
    filtered: apps.applicationFilter != null,
  };
}

/** Undefined: no location condition; null: one that cannot be read. */
function parseLocationCondition(value: unknown): CaPolicy['locations'] | null {
  if (value === null || value === undefined) return undefined;
  const locations = asObject(value);
  const include = asStringList(locations?.includeLocations);
  const exclude = asStringList(locations?.excludeLocations);
  return include && exclude ? { include, exclude } : null;
}

/** Grant controls as words: built-in ones, authentication strength, terms of use, custom factors. */
export function parseGrantControls(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return [];
  const grant = asObject(value);
  if (!grant) return undefined;
  const builtIn = asStringList(grant.builtInControls);
  const custom = asStringList(grant.customAuthenticationFactors);
  const terms = asStringList(grant.termsOfUse);
  const strength = grant.authenticationStrength;
  const strengthObject = asObject(strength);
  if (!builtIn || !custom || !terms || (strength != null && !strengthObject)) return undefined;
  return [
    ...builtIn,
    ...(strengthObject ? [`authentication strength '${asString(strengthObject.displayName) ?? 'custom'}'`] : []),
    ...(terms.length > 0 ? ['terms of use'] : []),
    ...custom,
  ];
}

function unevaluableConditions(conditions: JsonObject): string[] {
  const set = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  const platforms = asObject(conditions.platforms);
  const named: [string, unknown][] = [
    ['device platforms', platforms ? platforms.includePlatforms : conditions.platforms],
    ['device filter', conditions.devices],
    ['user risk', conditions.userRiskLevels],
    ['sign-in risk', conditions.signInRiskLevels],
    ['service principal risk', conditions.servicePrincipalRiskLevels],
    ['insider risk', conditions.insiderRiskLevels],
    ['workload identities', conditions.clientApplications],
    ['authentication flows', conditions.authenticationFlows],
  ];
  return named.filter(([, v]) => set(v)).map(([name]) => name);
}

export function parseNamedLocations(body: unknown): NamedLocation[] | undefined {
  return parseList(body, parseNamedLocation);
}

function parseNamedLocation(value: unknown): NamedLocation | undefined {
  const location = asObject(value);
  const id = asString(location?.id);
  if (!location || !id) return undefined;
  const displayName = asString(location.displayName) ?? id;
  const changedAt = latestTime(location);
  if (location['@odata.type'] === '#microsoft.graph.countryNamedLocation' || 'countriesAndRegions' in location) {
    return { kind: 'country', id, displayName, changedAt };
  }
  if (!Array.isArray(location.ipRanges)) return undefined;
  const ranges: string[] = [];
  for (const range of location.ipRanges) {
    const cidr = asString(asObject(range)?.cidrAddress);
    if (cidr === undefined) return undefined;
    ranges.push(cidr);
  }
  const trusted = location.isTrusted === undefined ? false : asBoolean(location.isTrusted);
  if (trusted === undefined) return undefined;
  return { kind: 'ip', id, displayName, trusted, ranges, changedAt };
}

/** transitiveMemberOf lists groups, directory roles and administrative units; only the first two count. */
export function parseMembership(body: unknown): Membership | undefined {
  const items = parseList(body, (value) => {
    const item = asObject(value);
    const id = asString(item?.id);
    if (!item || !id) return undefined;
    const type = asString(item['@odata.type']);
    const roleTemplateId = asString(item.roleTemplateId);
    if (roleTemplateId) return { role: roleTemplateId.toLowerCase() };
    return type === undefined || type === '#microsoft.graph.group' ? { group: id.toLowerCase() } : {};
  });
  if (!items) return undefined;
  return {
    groups: new Set(items.flatMap((i) => ('group' in i && i.group ? [i.group] : []))),
    roles: new Set(items.flatMap((i) => ('role' in i && i.role ? [i.role] : []))),
  };
}

function latestTime(resource: JsonObject): number | undefined {
  const times = [parseTime(resource.createdDateTime), parseTime(resource.modifiedDateTime)].filter(
    (t): t is number => t !== undefined,
  );
  return times.length > 0 ? Math.max(...times) : undefined;
}
