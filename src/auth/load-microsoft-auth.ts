import type { AuthClient } from './auth-client';
import type { MicrosoftAuthConfig } from './microsoft-auth';

/** MSAL (about 70 KB) loads only when someone chooses to sign in, or returns from a sign-in. */
export async function loadMicrosoftAuth(config: MicrosoftAuthConfig): Promise<AuthClient> {
  const { createMicrosoftAuth } = await import('./microsoft-auth');
  return createMicrosoftAuth(config);
}

export type { MicrosoftAuthConfig };

/** Whether this tab holds an MSAL session or a sign-in in progress: only then is MSAL worth loading at once. */
export function hasMicrosoftSession(): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith('msal.'));
  } catch {
    return false; // storage blocked: nothing cached either
  }
}
