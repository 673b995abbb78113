import { describe, expect, it } from 'vitest';
import { checkAppRegistration } from './app-registration';
import applicationJson from './fixtures/app-registration/application.json';
import servicePrincipal from './fixtures/app-registration/service-principal.json';
import {
  defined,
  FORBIDDEN,
  fixture,
  inputs,
  MALFORMED_BODIES,
  NOT_FOUND,
  NOW,
  ok,
  snapshot,
  UNUSABLE,
} from './test-support';
import type { Finding, GraphResult, VerifyInputs } from './types';

// One current secret ('hive-2026', hint Vq8, 180 days left) and one expired five days ago ('hive-2025', hint Tz4).
const application = fixture(applicationJson);
const current = defined(application.passwordCredentials[0]);
const expired = defined(application.passwordCredentials[1]);
const DAY = 86_400;
const iso = (epoch: number) => new Date(epoch * 1000).toISOString();

function check(
  overrides: Partial<VerifyInputs> = {},
  app: GraphResult = ok(application),
  sp: GraphResult = ok(servicePrincipal),
): Finding[] {
  return checkAppRegistration(snapshot({ application: app, servicePrincipal: sp }), inputs(overrides));
}

const withSecrets = (...secrets: object[]) => ok({ ...application, passwordCredentials: secrets });
const statuses = (findings: Finding[]) => findings.map((f) => `${f.status}${f.warning ? ' (warning)' : ''}`);

describe('client secret expiry', () => {
  it.each([
    ['one current, one expired', [current, expired], 'pass'],
    ['ending exactly now: expired', [{ ...current, endDateTime: iso(NOW) }], 'fail'],
    ['ending a second from now', [{ ...current, endDateTime: iso(NOW + 1) }], 'pass (warning)'],
    ['ending in exactly 14 days', [{ ...current, endDateTime: iso(NOW + 14 * DAY) }], 'pass (warning)'],
    ['ending in 14 days and a second', [{ ...current, endDateTime: iso(NOW + 14 * DAY + 1) }], 'pass'],
    ['a never-expiring secret', [{ ...current, endDateTime: '9999-12-31T23:59:59Z' }], 'pass'],
    ['all expired (AADSTS7000222)', [expired], 'fail'],
    ['no secret at all', [], 'fail'],
  ])('%s → %s', (_name, secrets, expected) => {
    const [expiry] = check({}, withSecrets(...secrets));
    expect(expiry && statuses([expiry])).toEqual([expected]);
    expect(expiry).toMatchObject({
      causeId: 'credentials',
      weight: 'primary',
      source: expect.stringContaining('GET /applications(appId='),
    });
  });

  it('warns with the date and the days left', () => {
    const [expiry] = check({}, withSecrets({ ...current, endDateTime: iso(NOW + 3 * DAY - 60) }));
    expect(expiry?.text).toContain("'hive-2026' expires on");
    expect(expiry?.text).toContain('(in 3 days)');
  });
});

describe('the first characters typed', () => {
  const prefixFindings = (overrides: Partial<VerifyInputs>, app = ok(application)) =>
    check({ appPasswordPrefix: undefined, secretPrefix: undefined, ...overrides }, app).slice(1, -1);

  it.each<[string, Partial<VerifyInputs>, string[], string]>([
    ['the secret matches a current hint', { secretPrefix: 'Vq8' }, ['pass'], "'hive-2026'"],
    ['hints are case-sensitive', { secretPrefix: 'vq8' }, ['fail'], "'Vq8'"],
    ['only the expired secret matches', { secretPrefix: 'Tz4' }, ['fail'], 'wrong or old secret'],
    ['the Secret ID was pasted', { secretPrefix: '5e3' }, ['fail'], "Secret ID of 'hive-2026'"],
    ['more than 3 characters are cut to 3', { secretPrefix: 'Vq8Q~xyz' }, ['pass'], "'hive-2026'"],
    ['blank means not given', { secretPrefix: '   ' }, [], ''],
    ['App Password typed into the secret field', { appPasswordPrefix: 'Vq8' }, ['fail'], 'swapped'],
    ['App Password matching an expired secret: swapped too', { appPasswordPrefix: 'Tz4' }, ['fail'], 'swapped'],
    ['App Password that is no hint', { appPasswordPrefix: 'kqz' }, ['pass'], 'not swapped'],
    [
      'both fields swapped',
      { appPasswordPrefix: 'Vq8', secretPrefix: 'kqz' },
      ['fail', 'fail'],
      'the App Password and the Application Secret are swapped',
    ],
  ])('%s', (_name, overrides, expected, words) => {
    const findings = prefixFindings(overrides);
    expect(findings.map((f) => f.status)).toEqual(expected);
    expect(findings.map((f) => f.text).join(' ')).toContain(words);
  });

  it('cannot compare when no current secret has a hint', () => {
    const findings = prefixFindings({ secretPrefix: 'Vq8' }, withSecrets({ ...current, hint: null }));
    expect(findings).toEqual([expect.objectContaining({ status: 'unknown', reason: 'manual' })]);
  });

  it('says nothing about the typed secret when every secret has expired: the expiry already fails', () => {
    expect(prefixFindings({ secretPrefix: 'Tz4' }, withSecrets(expired))).toEqual([]);
  });
});

describe('the app registration and its service principal', () => {
  it('fails a wrong Application ID (AADSTS700016): neither registration nor service principal here', () => {
    const findings = check({}, NOT_FOUND, NOT_FOUND);
    expect(statuses(findings)).toEqual(['fail', 'fail']);
    expect(findings[0]?.text).toContain('the Application ID is wrong');
    expect(findings[1]?.text).toContain('never consented');
  });

  it('does not fail a multi-tenant vendor app: registration elsewhere, service principal here', () => {
    const [registration, principal, ...rest] = check({}, NOT_FOUND, ok(servicePrincipal));
    expect(rest).toEqual([]);
    expect(registration).toMatchObject({
      status: 'unknown',
      reason: 'manual',
      text: expect.stringContaining('another tenant'),
    });
    expect(principal?.status).toBe('pass');
  });

  it('still fails the Application ID when the service principal cannot be read', () => {
    expect(statuses(check({}, NOT_FOUND, FORBIDDEN))).toEqual(['fail', 'unknown']);
  });

  it('fails a disabled service principal (AADSTS7000112)', () => {
    const findings = check({}, ok(application), ok({ ...servicePrincipal, accountEnabled: false }));
    expect(findings.at(-1)).toMatchObject({ status: 'fail', text: expect.stringContaining('accountEnabled = false') });
  });

  it('fails a registration whose service principal is missing: never consented', () => {
    expect(check({}, ok(application), NOT_FOUND).at(-1)).toMatchObject({ status: 'fail' });
  });

  it.each([...MALFORMED_BODIES, ['accountEnabled as a string', { ...servicePrincipal, accountEnabled: 'yes' }]])(
    'cannot check the service principal with %s',
    (_name, body) => {
      expect(check({}, ok(application), ok(body)).at(-1)).toMatchObject({ status: 'unknown', reason: 'unavailable' });
    },
  );

  it('asks for the Application ID when none was given', () => {
    expect(check({ appId: undefined })).toEqual([
      expect.objectContaining({
        status: 'unknown',
        reason: 'missing-input',
        manual: expect.stringContaining('Entra ID → App registrations'),
      }),
    ]);
  });

  it.each([
    ...MALFORMED_BODIES,
    ['passwordCredentials as an object', { ...application, passwordCredentials: {} }],
    ['a secret without endDateTime', { ...application, passwordCredentials: [{ ...current, endDateTime: undefined }] }],
    [
      'a secret with a date that is no date',
      { ...application, passwordCredentials: [{ ...current, endDateTime: 'next year' }] },
    ],
    ['a secret that is not an object', { ...application, passwordCredentials: ['Vq8'] }],
  ])('cannot check the registration with %s', (_name, body) => {
    const [registration, principal] = check({}, ok(body));
    expect(registration).toMatchObject({ status: 'unknown', reason: 'unavailable' });
    expect(principal?.status).toBe('pass');
  });

  it.each(UNUSABLE)('cannot check the registration after %s', (_name, result, reason) => {
    expect(check({}, result)[0]).toMatchObject({ status: 'unknown', reason });
  });
});
