/**
 * Cause 3, the app registration: the Application ID must name an app with an unexpired client secret,
 * the secret typed must be one of them, and the App Password and Application Secret must not be swapped
 * (research §2 cause 3, checks 3b and 3c; §4 for the service principal). A secret's `hint` is its first
 * three characters, so the comparison needs no secret to leave the user's hands.
 */
import { asBoolean, asObject, asString, formatTime, joinWords, parseTime, unwrapObject } from './json';
import { couldNotRead, finding, MALFORMED, readResult, type Subject, undecided } from './read-result';
import type { Finding, TenantSnapshot, VerifyInputs } from './types';

const DAY = 86_400;
const EXPIRY_WARNING_DAYS = 14;

const APP_MANUAL =
  "In the Entra admin center, open Entra ID → App registrations → All applications, find the backup's app, compare its Application (client) ID with the backup's, and check under Certificates & secrets that a client secret is unexpired and that its first characters match the backup's Application Secret.";
const SERVICE_PRINCIPAL_MANUAL =
  "In the Entra admin center, open Entra ID → Enterprise apps → All applications, search for the Application ID, and check that the app is listed and that 'Enabled for users to sign-in?' is Yes on its Properties.";
const VENDOR_APP_MANUAL =
  "A multi-tenant app's secrets live in the tenant that owns its registration: ask whoever issued the Application ID and Application Secret (usually the backup vendor) to confirm the secret is current.";

interface Secret {
  name: string;
  keyId?: string;
  hint?: string;
  start?: number;
  end: number;
}

interface Application {
  id?: string;
  displayName: string;
  secrets: Secret[];
}

export function parseApplication(body: unknown): Application | undefined {
  const app = unwrapObject(body);
  if (!app || !Array.isArray(app.passwordCredentials)) return undefined;
  const secrets: Secret[] = [];
  for (const item of app.passwordCredentials) {
    const secret = parseSecret(item);
    if (!secret) return undefined;
    secrets.push(secret);
  }
  return { id: asString(app.id), displayName: asString(app.displayName) ?? asString(app.appId) ?? 'the app', secrets };
}

function parseSecret(value: unknown): Secret | undefined {
  const item = asObject(value);
  const end = parseTime(item?.endDateTime);
  if (!item || end === undefined) return undefined;
  const keyId = asString(item.keyId);
  return {
    name: asString(item.displayName) || keyId || 'unnamed secret',
    keyId,
    hint: asString(item.hint),
    start: parseTime(item.startDateTime),
    end,
  };
}

export function checkAppRegistration(snapshot: TenantSnapshot, inputs: VerifyInputs): Finding[] {
  const { appId } = inputs;
  const app: Subject = {
    causeId: 'credentials',
    weight: 'primary',
    source: `GET /applications(appId='${appId ?? '{appId}'}')`,
    what: 'the app registration',
    manual: APP_MANUAL,
  };
  if (!appId)
    return [
      undecided(
        app,
        'missing-input',
        'No Application (client) ID was given, so the app registration was not looked up.',
      ),
    ];

  const servicePrincipal = checkServicePrincipal(snapshot, appId);
  const read = readResult(snapshot.results.application);
  if (read.kind === 'unreadable') return [couldNotRead(app, read), ...servicePrincipal.findings];
  if (read.kind === 'not-found') {
    const notHere = servicePrincipal.present
      ? undecided(
          app,
          'manual',
          `No app registration has Application ID ${appId} in this tenant, but its enterprise application is here: the app registration lives in another tenant (a multi-tenant vendor app), so its secrets cannot be read from here.`,
          VENDOR_APP_MANUAL,
        )
      : finding(
          app,
          'fail',
          `No app registration has Application ID ${appId} in this tenant (HTTP 404): the Application ID is wrong, or the app lives in another tenant.`,
        );
    return [notHere, ...servicePrincipal.findings];
  }
  const application = parseApplication(read.body);
  if (!application) return [couldNotRead(app, MALFORMED), ...servicePrincipal.findings];
  return [...secretFindings(app, application, inputs, snapshot.fetchedAt), ...servicePrincipal.findings];
}

function secretFindings(app: Subject, application: Application, inputs: VerifyInputs, now: number): Finding[] {
  const { displayName, secrets } = application;
  if (secrets.length === 0) {
    return [finding(app, 'fail', `The app '${displayName}' has no client secret (passwordCredentials is empty).`)];
  }
  const unexpired = secrets.filter((s) => s.end > now).sort((a, b) => a.end - b.end);
  const findings: Finding[] = [];
  const soonest = unexpired[0];
  const latest = unexpired[unexpired.length - 1];
  if (!soonest || !latest) {
    const last = [...secrets].sort((a, b) => b.end - a.end)[0];
    findings.push(
      finding(
        app,
        'fail',
        `Every client secret of '${displayName}' has expired${last ? ` (the last, '${last.name}', on ${formatTime(last.end)})` : ''}: create a new secret and enter its Value in the backup.`,
      ),
    );
  } else if (soonest.end - now <= EXPIRY_WARNING_DAYS * DAY) {
    const days = Math.ceil((soonest.end - now) / DAY);
    findings.push(
      finding(
        app,
        'pass',
        `'${displayName}' has ${count(unexpired.length, 'unexpired client secret')}, but '${soonest.name}' expires on ${formatTime(soonest.end)} (in ${count(days, 'day')}): create a new one before then.`,
        { warning: true },
      ),
    );
  } else {
    findings.push(
      finding(
        app,
        'pass',
        `'${displayName}' has ${count(unexpired.length, 'unexpired client secret')} (endDateTime up to ${formatTime(latest.end)}).`,
      ),
    );
  }
  const appPasswordPrefix = typedPrefix(inputs.appPasswordPrefix);
  if (appPasswordPrefix) findings.push(swapFinding(app, appPasswordPrefix, secrets));
  const secretPrefix = typedPrefix(inputs.secretPrefix);
  if (secretPrefix && unexpired.length > 0) findings.push(secretPrefixFinding(app, secretPrefix, unexpired));
  return findings;
}

function secretPrefixFinding(app: Subject, prefix: string, unexpired: Secret[]): Finding {
  const hinted = unexpired.filter((s) => s.hint !== undefined);
  const match = hinted.find((s) => s.hint?.startsWith(prefix));
  if (match) {
    return finding(
      app,
      'pass',
      `The Application Secret typed starts with '${prefix}', the hint of unexpired client secret '${match.name}'.`,
    );
  }
  if (hinted.length === 0) {
    return undecided(
      app,
      'manual',
      'No unexpired client secret has a hint (its first characters), so the secret typed could not be compared.',
    );
  }
  // A Secret ID is a GUID: when the typed characters start one, the wrong column was copied.
  const pastedId = unexpired.find((s) => s.keyId?.toLowerCase().startsWith(prefix.toLowerCase()));
  const likely = pastedId
    ? `they start the Secret ID of '${pastedId.name}': copy the secret's Value, not its Secret ID`
    : "the backup has a wrong or old secret, or the Secret ID was pasted instead of the secret's Value";
  return finding(
    app,
    'fail',
    `The Application Secret typed starts with '${prefix}', which matches no unexpired client secret's hint (${joinWords(hinted.map((s) => `'${s.hint}'`))}): ${likely}.`,
  );
}

function swapFinding(app: Subject, prefix: string, secrets: Secret[]): Finding {
  const match = secrets.find((s) => s.hint?.startsWith(prefix));
  return match
    ? finding(
        app,
        'fail',
        `The App Password typed starts with '${prefix}', the hint of client secret '${match.name}': the App Password and the Application Secret are swapped.`,
      )
    : finding(
        app,
        'pass',
        `The App Password typed starts with '${prefix}', which is no client secret's hint: the two are not swapped.`,
      );
}

/** At most the first 3 characters are asked for (DESIGN §3); a hint is exactly that long. */
function typedPrefix(value: string | undefined): string | undefined {
  const prefix = value?.trim().slice(0, 3);
  return prefix ? prefix : undefined;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function checkServicePrincipal(snapshot: TenantSnapshot, appId: string): { findings: Finding[]; present: boolean } {
  const subject: Subject = {
    causeId: 'credentials',
    weight: 'primary',
    source: `GET /servicePrincipals(appId='${appId}')`,
    what: 'the enterprise application (service principal)',
    manual: SERVICE_PRINCIPAL_MANUAL,
  };
  const read = readResult(snapshot.results.servicePrincipal);
  if (read.kind === 'unreadable') return { findings: [couldNotRead(subject, read)], present: false };
  if (read.kind === 'not-found') {
    const text = `No enterprise application (service principal) for ${appId} exists in this tenant (HTTP 404): the app was never consented to (installed) here.`;
    return { findings: [finding(subject, 'fail', text)], present: false };
  }
  const body = unwrapObject(read.body);
  const enabled = asBoolean(body?.accountEnabled);
  // A 200 means it exists even when its body cannot be read.
  if (enabled === undefined) return { findings: [couldNotRead(subject, MALFORMED)], present: true };
  const name = asString(body?.displayName) ?? appId;
  const decided = enabled
    ? finding(subject, 'pass', `The enterprise application '${name}' is enabled (accountEnabled = true).`)
    : finding(
        subject,
        'fail',
        `The enterprise application '${name}' is disabled (accountEnabled = false): its sign-ins are refused.`,
      );
  return { findings: [decided], present: true };
}
