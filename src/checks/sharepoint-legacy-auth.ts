/**
 * Cause 4: SharePoint's "Apps that don't use modern authentication" must be Allow, which Graph reads as
 * `isLegacyAuthProtocolsEnabled` (research §2 cause 4).
 */
import { asBoolean, unwrapObject } from './json';
import { couldNotRead, finding, MALFORMED, readExisting, type Subject } from './read-result';
import type { Finding, TenantSnapshot } from './types';

const SUBJECT: Subject = {
  causeId: 'sharepoint-legacy-auth',
  weight: 'primary',
  source: 'GET /admin/sharepoint/settings',
  what: 'the SharePoint tenant settings',
  manual:
    "In the SharePoint admin center, open Policies → Access control → Apps that don't use modern authentication and check that it is set to Allow access.",
};

export function checkSharePointLegacyAuth(snapshot: TenantSnapshot): Finding[] {
  const read = readExisting(snapshot.results.sharepointSettings);
  if (read.kind === 'unreadable') return [couldNotRead(SUBJECT, read)];
  // The documented example wraps the settings in "value", a plain resource would not: accept both.
  const enabled = asBoolean(unwrapObject(read.body)?.isLegacyAuthProtocolsEnabled);
  if (enabled === undefined) return [couldNotRead(SUBJECT, MALFORMED)];
  return [
    enabled
      ? finding(
          SUBJECT,
          'pass',
          "SharePoint allows apps that don't use modern authentication (isLegacyAuthProtocolsEnabled = true).",
        )
      : finding(
          SUBJECT,
          'fail',
          "SharePoint blocks apps that don't use modern authentication (isLegacyAuthProtocolsEnabled = false).",
        ),
  ];
}
