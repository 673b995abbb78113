/**
 * Sign-in with Microsoft through @azure/msal-browser: the only file that imports it (load it with
 * load-microsoft-auth.ts, so it stays out of the first load). Popup first, redirect when popups are
 * blocked; silent tokens first, interaction only when required; tokens in sessionStorage only.
 */
import {
  type AccountInfo,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  BrowserUtils,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
  AuthError as MsalAuthError,
  PublicClientApplication,
} from '@azure/msal-browser';
import { type AuthAccount, type AuthClient, AuthError, qualifiedScopes } from './auth-client';

export interface MicrosoftAuthConfig {
  clientId: string;
  authority: string;
  knownAuthorities: string[];
  /** Absolute: where the identity provider sends the answer (the redirect bridge page). */
  redirectUri: string;
  graphBaseUrl: string;
}

/** Creates the client and finishes a redirect sign-in if this page load is its return. */
export async function createMicrosoftAuth(config: MicrosoftAuthConfig): Promise<AuthClient> {
  const pca = new PopupAwareClient({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities,
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: null,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await pca.initialize();
  const scopes = qualifiedScopes(config.graphBaseUrl);
  try {
    const result = await pca.handleRedirectPromise();
    if (result?.account) pca.setActiveAccount(result.account);
  } catch (e) {
    throw toAuthError(e);
  }
  const current = (): AccountInfo | null => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  return {
    kind: 'microsoft',
    account: () => toAccount(current()),
    signIn: () => signIn(pca, scopes),
    signOut: async () => {
      await pca.clearCache();
      pca.setActiveAccount(null);
    },
    getToken: (options) => getToken(pca, scopes, current(), options?.forceRefresh ?? false),
  };
}

/**
 * MSAL 5 waits up to a minute for the popup's answer even after the user closed the popup. Watch the
 * window (through the subclass hook MSAL provides for this) and cancel the wait once it is closed.
 */
class PopupAwareClient extends PublicClientApplication {
  protected override waitForPopupResponse(request: { correlationId: string }, popup: Window, opener: Window) {
    const answer = super.waitForPopupResponse(request as never, popup, opener);
    let grace: number | undefined;
    const watch = window.setInterval(() => {
      if (!popup.closed || grace !== undefined) return;
      // A successful popup closes itself right after sending its answer: give the answer a moment to land.
      grace = window.setTimeout(
        () => BrowserUtils.cancelPendingBridgeResponse(this.getLogger(), request.correlationId),
        1500,
      );
    }, 250);
    const stop = () => {
      window.clearInterval(watch);
      window.clearTimeout(grace);
    };
    answer.then(stop, stop);
    return answer;
  }
}

async function signIn(pca: IPublicClientApplication, scopes: string[]): Promise<AuthAccount> {
  try {
    const result = await pca.loginPopup({ scopes, prompt: 'select_account' });
    pca.setActiveAccount(result.account);
    return toAccount(result.account) as AuthAccount;
  } catch (e) {
    if (isPopupBlocked(e)) {
      await pca.loginRedirect({ scopes, redirectStartPage: window.location.href });
      throw new AuthError('redirecting', 'Popups are blocked here, so the sign-in page opens in this window.');
    }
    throw toAuthError(e);
  }
}

async function getToken(
  pca: IPublicClientApplication,
  scopes: string[],
  account: AccountInfo | null,
  forceRefresh: boolean,
): Promise<string> {
  if (!account) throw new AuthError('failed', 'You are not signed in.');
  try {
    return (await pca.acquireTokenSilent({ scopes, account, forceRefresh })).accessToken;
  } catch (e) {
    if (!(e instanceof InteractionRequiredAuthError)) throw toAuthError(e);
  }
  try {
    return (await pca.acquireTokenPopup({ scopes, account })).accessToken;
  } catch (e) {
    if (isPopupBlocked(e)) {
      await pca.acquireTokenRedirect({ scopes, account, redirectStartPage: window.location.href });
      throw new AuthError('redirecting', 'Your sign-in needs renewing; the sign-in page opens in this window.');
    }
    throw toAuthError(e);
  }
}

function isPopupBlocked(e: unknown): boolean {
  return (
    e instanceof BrowserAuthError &&
    (e.errorCode === BrowserAuthErrorCodes.popupWindowError || e.errorCode === BrowserAuthErrorCodes.emptyWindowError)
  );
}

/** MSAL's many error types, reduced to what the page must say. */
function toAuthError(e: unknown): AuthError {
  if (e instanceof AuthError) return e;
  if (e instanceof MsalAuthError) {
    const text = `${e.errorCode} ${e.errorMessage} ${e.subError}`;
    const aadsts = /AADSTS\d+/.exec(text)?.[0];
    const cancelled: string[] = [
      BrowserAuthErrorCodes.userCancelled,
      BrowserAuthErrorCodes.interactionInProgressCancelled,
    ];
    if (cancelled.includes(e.errorCode) || /AADSTS65004|access_denied/.test(text)) {
      return new AuthError('cancelled', 'Sign-in was cancelled.', aadsts);
    }
    if (/consent_required|AADSTS65001|AADSTS90094|AADSTS90008/.test(text)) {
      return new AuthError('consent-required', 'The app has not been granted its permissions in this tenant.', aadsts);
    }
    if (e.errorCode === BrowserAuthErrorCodes.timedOut) {
      return new AuthError('failed', 'The sign-in window did not answer in time', aadsts);
    }
    return new AuthError('failed', e.errorMessage || e.errorCode, aadsts);
  }
  return new AuthError('failed', e instanceof Error ? e.message : 'Sign-in failed.');
}

function toAccount(account: AccountInfo | null): AuthAccount | null {
  if (!account) return null;
  return { username: account.username, name: account.name ?? null, tenantId: account.tenantId };
}
