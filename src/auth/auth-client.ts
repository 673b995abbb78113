/**
 * What the rest of the app knows about signing in. Only src/auth/ imports MSAL (DESIGN §9); everything
 * else talks to this interface, which the demo tenant implements too.
 */

/** The read-only delegated scopes the tenant checks need (DESIGN §4, research §1), and nothing more. */
export const GRAPH_SCOPES = [
  'Policy.Read.All',
  'SharePointTenantSettings.Read.All',
  'AuditLog.Read.All',
  'Application.Read.All',
  'User.Read.All',
] as const;

/** Scopes as MSAL asks for them: qualified with the Graph resource of this cloud. */
export function qualifiedScopes(graphBaseUrl: string): string[] {
  return GRAPH_SCOPES.map((scope) => `${graphBaseUrl}/${scope}`);
}

export interface AuthAccount {
  username: string;
  name: string | null;
  tenantId: string;
}

export type AuthFailure =
  | 'cancelled' // the user closed the sign-in window or declined
  | 'consent-required' // nobody has granted the app's permissions in this tenant yet
  | 'redirecting' // popups are blocked: the page is on its way to the sign-in page
  | 'failed';

export class AuthError extends Error {
  constructor(
    readonly kind: AuthFailure,
    message: string,
    /** The identity platform's own code (e.g. AADSTS65001), when it gave one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export interface AuthClient {
  readonly kind: 'microsoft' | 'demo';
  account(): AuthAccount | null;
  /** Signs in with a popup, or with a redirect when popups are blocked. */
  signIn(): Promise<AuthAccount>;
  /** Forgets the account and its tokens in this browser session. */
  signOut(): Promise<void>;
  /** A Graph token: silently from the cache first, interactively only when required. */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
}
