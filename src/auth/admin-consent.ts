/**
 * The link an administrator follows to grant the app's permissions for the whole tenant (the v2.0
 * admin consent endpoint). Pure: no MSAL needed to build it.
 */
export function adminConsentUrl(options: {
  authority: string;
  clientId: string;
  scopes: readonly string[];
  redirectUri: string;
}): string {
  const base = options.authority.replace(/\/+$/, '');
  const endpoint = base.endsWith('/v2.0') ? `${base}/adminconsent` : `${base}/v2.0/adminconsent`;
  const query = new URLSearchParams({
    client_id: options.clientId,
    scope: options.scopes.join(' '),
    redirect_uri: options.redirectUri,
  });
  return `${endpoint}?${query.toString()}`;
}
