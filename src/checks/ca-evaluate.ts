/**
 * Our own reading of one Conditional Access policy for the service account's legacy sign-in
 * (research §5). What If is the authority; this names the policy and the condition that blocks, and
 * decides when What If was refused or not run. Every condition is a match, a miss or unknown, and one
 * miss is enough to rule a policy out, since a policy's conditions must all hold.
 */
import type { CaPolicy, Membership, NamedLocation, UserCondition } from './ca-policy';
import { cidrContains, parseAddress, parseCidr } from './cidr';
import { joinWords } from './json';
import { EXCHANGE_ONLINE, resourceName, SHAREPOINT_ONLINE } from './microsoft-apps';

type LegacyClient = 'other' | 'exchangeActiveSync';
const LEGACY_CLIENTS: readonly LegacyClient[] = ['other', 'exchangeActiveSync'];

/** What is known about the sign-in; undefined where Graph could not tell. */
export interface SignInFacts {
  userId?: string;
  membership?: Membership;
  locations?: readonly NamedLocation[];
  /** The provider's addresses or ranges (a range stands for its first address, as in What If). */
  providerIps: readonly string[];
}

export type Evaluation =
  | { kind: 'off' }
  | { kind: 'not-applicable'; why: string }
  | { kind: 'inconclusive'; why: string[] }
  | { kind: 'applies'; users: string; clients: LegacyClient[]; resources: string[]; ip?: string };

type Condition<T> = { kind: 'match'; value: T } | { kind: 'miss'; why: string } | { kind: 'unknown'; why: string };

export function evaluatePolicy(policy: CaPolicy, facts: SignInFacts): Evaluation {
  if (policy.state === 'disabled') return { kind: 'off' };
  const users = usersCondition(policy.users, facts);
  const resources = resourcesCondition(policy.applications);
  const clients = clientsCondition(policy.clientAppTypes);
  const location = locationCondition(policy.locations, facts);
  const conditions = [users, resources, clients, location];
  for (const c of conditions) if (c.kind === 'miss') return { kind: 'not-applicable', why: c.why };
  if (
    users.kind === 'match' &&
    resources.kind === 'match' &&
    clients.kind === 'match' &&
    location.kind === 'match' &&
    policy.unevaluable.length === 0
  ) {
    return {
      kind: 'applies',
      users: users.value,
      clients: clients.value,
      resources: resources.value,
      ip: location.value,
    };
  }
  return {
    kind: 'inconclusive',
    why: [
      ...conditions.flatMap((c) => (c.kind === 'unknown' ? [c.why] : [])),
      ...policy.unevaluable.map((name) => `its ${name} condition cannot be evaluated for a legacy sign-in`),
    ],
  };
}

// Users ------------------------------------------------------------------------------------------------

/** Whether a list names the account: the name of what matched, false, or undefined when unknowable. */
type Membered = string | false | undefined;

function usersCondition(users: UserCondition, facts: SignInFacts): Condition<string> {
  const { userId, membership } = facts;
  const excluded = anyOf([
    inUserList(users.excludeUsers, userId),
    inIdSet(users.excludeGroups, membership?.groups, 'group'),
    inIdSet(users.excludeRoles, membership?.roles, 'directory role'),
  ]);
  if (excluded) return { kind: 'miss', why: `the service account is excluded (${excluded})` };
  const included = anyOf([
    inUserList(users.includeUsers, userId),
    inIdSet(users.includeGroups, membership?.groups, 'group'),
    inIdSet(users.includeRoles, membership?.roles, 'directory role'),
  ]);
  if (included === false) return { kind: 'miss', why: 'the service account is not among its users' };
  if (included === undefined || excluded === undefined) {
    return {
      kind: 'unknown',
      why: 'whether it covers the service account is unknown (its object id or memberships could not be read)',
    };
  }
  return { kind: 'match', value: included };
}

function anyOf(results: Membered[]): Membered {
  return results.find((r) => typeof r === 'string') ?? (results.includes(undefined) ? undefined : false);
}

// "GuestsOrExternalUsers" cannot name a service account, which is a member of its own tenant.
function inUserList(list: readonly string[], userId: string | undefined): Membered {
  if (list.includes('All')) return 'All users';
  const ids = list.filter((id) => id !== 'None' && id !== 'GuestsOrExternalUsers').map((id) => id.toLowerCase());
  if (ids.length === 0) return false;
  if (userId === undefined) return undefined;
  return ids.includes(userId.toLowerCase()) ? 'the service account itself' : false;
}

function inIdSet(list: readonly string[], ids: ReadonlySet<string> | undefined, noun: string): Membered {
  if (list.length === 0) return false;
  if (!ids) return undefined;
  const hit = list.find((id) => ids.has(id.toLowerCase()));
  return hit ? `${noun} ${hit}` : false;
}

// Applications and client apps -------------------------------------------------------------------------

function resourcesCondition(apps: CaPolicy['applications']): Condition<string[]> {
  if (apps.targetsUserActions)
    return { kind: 'miss', why: 'it targets user actions or authentication contexts, not apps' };
  const has = (list: readonly string[], id: string) => list.some((a) => a.toLowerCase() === id);
  const covers = (resource: string) =>
    (has(apps.include, 'all') || has(apps.include, 'office365') || has(apps.include, resource)) &&
    !has(apps.exclude, 'office365') &&
    !has(apps.exclude, resource);
  const covered = [EXCHANGE_ONLINE, SHAREPOINT_ONLINE].filter(covers);
  if (covered.length === 0) return { kind: 'miss', why: 'it covers neither Exchange Online nor SharePoint Online' };
  if (apps.filtered) return { kind: 'unknown', why: 'its application filter cannot be evaluated here' };
  return { kind: 'match', value: covered.map(resourceName) };
}

// Graph answers ["all"] for a policy without a client-app condition; an empty list means the same.
function clientsCondition(types: readonly string[]): Condition<LegacyClient[]> {
  const all = types.length === 0 || types.includes('all');
  const clients = LEGACY_CLIENTS.filter((c) => all || types.includes(c));
  if (clients.length === 0) {
    return { kind: 'miss', why: `its client apps (${types.join(', ')}) leave out legacy-authentication clients` };
  }
  return { kind: 'match', value: clients };
}

// Locations --------------------------------------------------------------------------------------------

/** The provider address the policy applies from, or undefined when it applies from anywhere. */
function locationCondition(condition: CaPolicy['locations'], facts: SignInFacts): Condition<string | undefined> {
  if (!condition) return { kind: 'match', value: undefined };
  const include = condition.include.length > 0 ? condition.include : ['All'];
  if (include.includes('All') && condition.exclude.length === 0) return { kind: 'match', value: undefined };
  if (facts.providerIps.length === 0) {
    return { kind: 'unknown', why: "its location condition needs the provider's IP addresses, which were not given" };
  }
  const perIp = facts.providerIps.map((ip) => locationFromIp({ include, exclude: condition.exclude }, ip, facts));
  const misses = perIp.flatMap((c) => (c.kind === 'miss' ? [c.why] : []));
  return (
    perIp.find((c) => c.kind === 'match') ??
    perIp.find((c) => c.kind === 'unknown') ?? { kind: 'miss', why: joinWords(misses) }
  );
}

function locationFromIp(
  condition: { include: readonly string[]; exclude: readonly string[] },
  ip: string,
  facts: SignInFacts,
): Condition<string | undefined> {
  const address = parseAddress(ip.split('/')[0] ?? '');
  if (!address) return { kind: 'unknown', why: `the provider address '${ip}' is not an IP address` };
  const excluded = inLocations(condition.exclude, address, facts.locations);
  if (typeof excluded === 'string') return { kind: 'miss', why: `${ip} is in its excluded location ${excluded}` };
  const included = inLocations(condition.include, address, facts.locations);
  if (included === false) return { kind: 'miss', why: `${ip} is outside its locations` };
  if (typeof included === 'string' && excluded === false) return { kind: 'match', value: ip };
  return { kind: 'unknown', why: `whether ${ip} is in its locations is unknown (${locationGap(condition, facts)})` };
}

type Address = NonNullable<ReturnType<typeof parseAddress>>;

function inLocations(list: readonly string[], address: Address, locations: SignInFacts['locations']): Membered {
  const results = list.map((entry): Membered => {
    if (entry === 'All') return 'All locations';
    if (!locations) return undefined;
    // "AllTrusted" also holds the legacy MFA trusted IPs, which Graph does not list: the named ones are what we know.
    const candidates =
      entry === 'AllTrusted'
        ? locations.filter((l) => l.kind === 'ip' && l.trusted)
        : locations.filter((l) => l.id === entry);
    if (entry !== 'AllTrusted' && candidates.length === 0) return undefined;
    return anyOf(candidates.map((location) => inNamedLocation(location, address)));
  });
  return anyOf(results);
}

function inNamedLocation(location: NamedLocation, address: Address): Membered {
  if (location.kind === 'country') return undefined; // no way to place an IP in a country here
  const ranges = location.ranges.map(parseCidr);
  if (ranges.some((r) => r !== undefined && cidrContains(r, address))) return `'${location.displayName}'`;
  return ranges.includes(undefined) ? undefined : false;
}

function locationGap(
  condition: { include: readonly string[]; exclude: readonly string[] },
  facts: SignInFacts,
): string {
  if (!facts.locations) return 'the named locations could not be read';
  const named = [...condition.include, ...condition.exclude].filter((id) => id !== 'All' && id !== 'AllTrusted');
  const missing = named.filter((id) => !facts.locations?.some((l) => l.id === id));
  if (missing.length > 0) return `named location ${missing.join(', ')} was not found`;
  return 'a country location or an unreadable IP range is involved';
}
