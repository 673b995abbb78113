/**
 * Which Graph requests a verification run makes (research/graph-checks.md §6): one v1.0 batch and one
 * beta batch in parallel, then the What If evaluations once the service account's object id is known.
 * Pure: builds request descriptions; graph-client.ts sends them.
 */
import { EXCHANGE_ONLINE, SHAREPOINT_ONLINE } from '../checks/microsoft-apps';
import type { RequestId, VerifyInputs } from '../checks/types';

export interface PlannedRequest {
  id: string;
  version: 'v1.0' | 'beta';
  method: 'GET' | 'POST';
  /** Relative to the version root, as $batch wants it. */
  url: string;
  body?: unknown;
}

/** The first round: everything that needs only what the user typed. */
export function firstRound(inputs: VerifyInputs, now: number): PlannedRequest[] {
  const since = new Date((now - 24 * 3600) * 1000).toISOString();
  const get = (id: RequestId, url: string, version: 'v1.0' | 'beta' = 'v1.0'): PlannedRequest => ({
    id,
    version,
    method: 'GET',
    url,
  });
  const requests: PlannedRequest[] = [
    get('securityDefaults', '/policies/identitySecurityDefaultsEnforcementPolicy'),
    get('sharepointSettings', '/admin/sharepoint/settings'),
    get('caPolicies', '/identity/conditionalAccess/policies'),
    get('namedLocations', '/identity/conditionalAccess/namedLocations'),
    get(
      'directoryAudits',
      `/auditLogs/directoryAudits?$filter=${encodeURIComponent(`activityDateTime ge ${since}`)}&$orderby=${encodeURIComponent('activityDateTime desc')}&$top=100`,
    ),
  ];
  if (inputs.account) {
    const upn = encodeURIComponent(inputs.account);
    const quoted = inputs.account.replace(/'/g, "''"); // OData escapes a quote by doubling it
    requests.push(
      get('user', `/users/${upn}?$select=id,displayName,userPrincipalName,mail,accountEnabled`),
      get('memberOf', `/users/${upn}/transitiveMemberOf?$select=id,roleTemplateId`),
      get(
        'signIns',
        `/auditLogs/signIns?$filter=${encodeURIComponent(`userPrincipalName eq '${quoted}' and createdDateTime ge ${since}`)}&$top=50`,
      ),
      get('mfaRequirements', `/users/${upn}/authentication/requirements`, 'beta'),
    );
  }
  if (inputs.appId) {
    requests.push(
      get('application', `/applications(appId='${inputs.appId}')?$select=id,appId,displayName,passwordCredentials`),
      get(
        'servicePrincipal',
        `/servicePrincipals(appId='${inputs.appId}')?$select=id,appId,displayName,accountEnabled`,
      ),
    );
  }
  return requests;
}

/**
 * The second round: What If for the service account (by object id), for legacy client types against
 * Exchange and SharePoint, from each provider IP (or from anywhere when none is known).
 */
export function whatIfRound(userId: string, inputs: VerifyInputs): PlannedRequest[] {
  const ips: (string | undefined)[] = inputs.providerIps.length ? inputs.providerIps.map(firstAddress) : [undefined];
  const requests: PlannedRequest[] = [];
  for (const resource of [EXCHANGE_ONLINE, SHAREPOINT_ONLINE]) {
    for (const clientAppType of ['other', 'exchangeActiveSync'] as const) {
      for (const ipAddress of ips) {
        requests.push({
          id: `whatIf-${requests.length}`,
          version: 'v1.0',
          method: 'POST',
          url: '/identity/conditionalAccess/evaluate',
          body: {
            signInIdentity: { '@odata.type': '#microsoft.graph.userSignIn', userId },
            signInContext: { '@odata.type': '#microsoft.graph.applicationContext', includeApplications: [resource] },
            signInConditions: { clientAppType, ...(ipAddress ? { ipAddress } : {}) },
            appliedPoliciesOnly: true,
          },
        });
      }
    }
  }
  return requests;
}

/** What If takes one address: the first address of a range stands for it. */
function firstAddress(range: string): string {
  return range.split('/')[0] ?? range;
}
