import { describe, expect, it } from 'vitest';
import { checkLegacyAuthRetirement } from './legacy-auth-retirement';
import { inputs, snapshot } from './test-support';

describe('checkLegacyAuthRetirement', () => {
  // EWS settings live in Exchange Online only: never decidable through Graph, whatever the tenant.
  it('is always a manual check naming the PowerShell and the app id', () => {
    expect(checkLegacyAuthRetirement(snapshot({}), inputs())).toEqual([
      expect.objectContaining({
        causeId: 'legacy-auth-retirement',
        status: 'unknown',
        weight: 'primary',
        reason: 'manual',
        manual: expect.stringMatching(
          /Get-OrganizationConfig \| Format-List EwsEnabled,EwsAllowedAppIDs.*b7e4c2a9-1f3d-4a6b-8c5e-0d9f2e7a1b34/,
        ),
      }),
    ]);
  });

  it('still says what to check without an app id', () => {
    const [finding] = checkLegacyAuthRetirement(snapshot({}), inputs({ appId: undefined }));
    expect(finding?.manual).toContain("EwsAllowedAppIDs must list the backup's Application ID.");
  });
});
