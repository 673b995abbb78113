/**
 * Cause 1: Exchange Online's retirement of Basic authentication and EWS (research §0.1, §0.2). None of
 * its settings are in Microsoft Graph, so this is always a manual check; the sign-in logs add evidence.
 */
import { undecided } from './read-result';
import type { Finding, TenantSnapshot, VerifyInputs } from './types';

export function checkLegacyAuthRetirement(_snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const app = inputs.appId ? `the backup's Application ID ${inputs.appId}` : "the backup's Application ID";
  return [
    undecided(
      {
        causeId: 'legacy-auth-retirement',
        weight: 'primary',
        source: 'Exchange Online PowerShell (not in Microsoft Graph)',
        what: "Exchange Online's EWS settings",
        manual: `In Exchange Online PowerShell run \`Get-OrganizationConfig | Format-List EwsEnabled,EwsAllowedAppIDs\`: EwsEnabled must be True, and EwsAllowedAppIDs must list ${app}.`,
      },
      'manual',
      "Exchange Online's EWS settings (EwsEnabled, EwsAllowedAppIDs) and its Basic-authentication retirement cannot be read through Microsoft Graph.",
    ),
  ];
}
