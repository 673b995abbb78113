/**
 * Cause 7, the part Graph can read: per-user MFA must match the setup followed (research §2 cause 7).
 * An App Password exists only with per-user MFA, and with per-user MFA on, a plain password no longer
 * works for legacy sign-ins. Exchange authentication policies are not in Graph: always a manual step.
 */
import { asString, unwrapObject } from './json';
import { couldNotRead, finding, MALFORMED, readExisting, type Subject, undecided } from './read-result';
import type { Finding, TenantSnapshot, VerifyInputs } from './types';

const STATES = ['disabled', 'enabled', 'enforced'] as const;

const MANUAL =
  'In the Entra admin center, open Entra ID → Users → All users → Per-user MFA, find the service account and read its MFA status (Disabled, Enabled or Enforced).';

export function checkPerUserMfa(snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const { account } = inputs;
  const subject: Subject = {
    causeId: 'authentication-policy',
    weight: 'primary',
    source: `GET /beta/users/${account ?? '{account}'}/authentication/requirements`,
    what: "the service account's per-user MFA state",
    manual: MANUAL,
  };
  return [mfaFinding(snapshot, inputs, subject), exchangePolicyFinding(account)];
}

function mfaFinding(snapshot: TenantSnapshot, inputs: VerifyInputs, subject: Subject): Finding {
  if (!inputs.account) {
    return undecided(
      subject,
      'missing-input',
      'No service account email was given, so its per-user MFA state was not read.',
    );
  }
  const read = readExisting(snapshot.results.mfaRequirements);
  if (read.kind === 'unreadable') return couldNotRead(subject, read);
  const state = STATES.find((s) => s === asString(unwrapObject(read.body)?.perUserMfaState));
  if (!state) return couldNotRead(subject, MALFORMED);
  const value = `perUserMfaState = ${state}`;
  if (inputs.setup === 'unknown') {
    return undecided(
      subject,
      'missing-input',
      `Per-user MFA for ${inputs.account} is ${state} (${value}), but which setup the backup follows was not given: the MFA setup needs it enabled or enforced, the simple setup needs it disabled.`,
    );
  }
  if (inputs.setup === 'mfa') {
    return state === 'disabled'
      ? finding(
          subject,
          'fail',
          `Per-user MFA for ${inputs.account} is disabled (${value}), but the MFA setup signs in with an App Password, which requires per-user MFA.`,
        )
      : finding(
          subject,
          'pass',
          `Per-user MFA for ${inputs.account} is ${state} (${value}), as the MFA setup's App Password needs.`,
        );
  }
  return state === 'disabled'
    ? finding(subject, 'pass', `Per-user MFA for ${inputs.account} is disabled (${value}), as the simple setup needs.`)
    : finding(
        subject,
        'fail',
        `Per-user MFA for ${inputs.account} is ${state} (${value}), so its password alone no longer works for legacy sign-ins: follow the MFA setup with an App Password, or disable per-user MFA for this account.`,
      );
}

function exchangePolicyFinding(account: string | undefined): Finding {
  const who = account ?? '<service account>';
  return undecided(
    {
      causeId: 'authentication-policy',
      weight: 'supporting',
      source: 'Exchange Online PowerShell (not in Microsoft Graph)',
      what: 'Exchange authentication policies',
      manual: `In Exchange Online PowerShell run \`Get-OrganizationConfig | Format-List DefaultAuthenticationPolicy\` and \`Get-User ${who} | Format-List AuthenticationPolicy\`; if either names a policy, run \`Get-AuthenticationPolicy <name>\` and check that AllowBasicAuthWebServices is True.`,
    },
    'manual',
    'Exchange authentication policies, which can block Basic authentication and App Passwords per user, cannot be read through Microsoft Graph.',
  );
}
