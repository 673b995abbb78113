/** Sign-in error codes (AADSTS) and the cause each points at (research §3; meanings from the Entra error reference). */
import type { CauseId } from '../engine/cause-ids';

interface SignInError {
  causeId: CauseId;
  meaning: string;
}

const entries: [number, CauseId, string][] = [
  [530035, 'security-defaults', 'blocked by security defaults'],
  [53003, 'conditional-access', 'blocked by Conditional Access'],
  [53000, 'conditional-access', 'a compliant device is required'],
  [53001, 'conditional-access', 'a domain-joined device is required'],
  [50158, 'conditional-access', 'an external security challenge was not satisfied'],
  [530032, 'conditional-access', 'blocked by a tenant security policy'],
  [50131, 'conditional-access', 'Conditional Access failed'],
  [50126, 'credentials', 'invalid username or password'],
  [50034, 'credentials', 'the account does not exist in this tenant'],
  [50053, 'credentials', 'the account is locked, or the sign-in came from a blocked IP address'],
  [50055, 'credentials', 'the password has expired'],
  [50057, 'credentials', 'the account is disabled'],
  [7000215, 'credentials', 'an invalid client secret was given'],
  [7000222, 'credentials', 'the client secret has expired'],
  [700016, 'credentials', 'the application was not found in this tenant'],
  [7000112, 'credentials', 'the application is disabled'],
  [65001, 'credentials', 'the application was never consented to'],
  [90094, 'credentials', 'admin consent is required'],
  [50076, 'authentication-policy', 'multifactor authentication is required'],
  [50079, 'authentication-policy', 'the account must register for multifactor authentication'],
  [50074, 'authentication-policy', 'strong authentication is required'],
  [50072, 'authentication-policy', 'the account must enrol for multifactor authentication'],
];

export const SIGN_IN_ERRORS: ReadonlyMap<number, SignInError> = new Map(
  entries.map(([code, causeId, meaning]) => [code, { causeId, meaning }]),
);
