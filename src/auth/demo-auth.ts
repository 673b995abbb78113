import type { AuthAccount, AuthClient } from './auth-client';

/** The demo tenant signs in to nothing: a sample account, a token Graph would never accept. */
export function createDemoAuth(): AuthClient {
  let account: AuthAccount | null = null;
  return {
    kind: 'demo',
    account: () => account,
    signIn: async () => {
      account = { username: 'admin@contoso-sample.test', name: 'Sample administrator', tenantId: 'sample' };
      return account;
    },
    signOut: async () => {
      account = null;
    },
    getToken: async () => 'sample-data-only',
  };
}
