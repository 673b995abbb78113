/**
 * Cause 3, the service account: it must exist in this tenant, be enabled, and be typed as its user
 * principal name (research §2 cause 3, check 3a).
 */
import { asBoolean, asString, unwrapObject } from './json';
import { couldNotRead, finding, MALFORMED, readResult, type Subject, undecided } from './read-result';
import type { Finding, TenantSnapshot, VerifyInputs } from './types';

const MANUAL =
  "In the Entra admin center, open Entra ID → Users → All users, search for the service account, and check that it exists, that 'Account enabled' is ticked on its Properties, and that its User principal name is what the backup uses.";

export function checkUserAccount(snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const account = inputs.account;
  const subject: Subject = {
    causeId: 'credentials',
    weight: 'primary',
    source: `GET /users/${account ?? '{account}'}`,
    what: 'the service account',
    manual: MANUAL,
  };
  if (!account)
    return [
      undecided(subject, 'missing-input', 'No service account email was given, so the account was not looked up.'),
    ];

  const read = readResult(snapshot.results.user);
  if (read.kind === 'unreadable') return [couldNotRead(subject, read)];
  if (read.kind === 'not-found') {
    return [
      finding(
        subject,
        'fail',
        `No user ${account} exists in this tenant (HTTP 404): the email is misspelled, or the account belongs to another tenant.`,
      ),
    ];
  }
  const user = unwrapObject(read.body);
  const upn = asString(user?.userPrincipalName);
  const enabled = asBoolean(user?.accountEnabled);
  const mailValue = user?.mail ?? undefined; // null and absent both mean "no mail"
  const mail = asString(mailValue);
  if (upn === undefined || enabled === undefined || (mailValue !== undefined && mail === undefined)) {
    return [couldNotRead(subject, MALFORMED)];
  }
  return [
    enabled
      ? finding(subject, 'pass', `The account ${upn} exists and is enabled (accountEnabled = true).`)
      : finding(
          subject,
          'fail',
          `The account ${upn} is disabled (accountEnabled = false): a disabled account cannot sign in.`,
        ),
    nameFinding(subject, account, upn, mail),
  ];
}

/** Legacy sign-ins take the user principal name; an alias in `mail` may differ from it. */
function nameFinding(subject: Subject, typed: string, upn: string, mail: string | undefined): Finding {
  const same = (a: string) => a.toLowerCase() === typed.trim().toLowerCase();
  if (same(upn)) return finding(subject, 'pass', `The email given matches the user principal name (${upn}).`);
  if (mail !== undefined && same(mail)) {
    return finding(
      subject,
      'pass',
      `${typed} is the account's email address (mail), not its user principal name ${upn}: enter ${upn} in the backup's settings.`,
      { warning: true },
    );
  }
  return finding(
    subject,
    'fail',
    `The email given (${typed}) is not the account's user principal name (${upn}): enter ${upn} in the backup's settings.`,
  );
}
