/**
 * A local OpenID Connect provider shaped like one Entra ID tenant, so the real @azure/msal-browser signs in
 * against it in the e2e tests with no internet (research/spike.md §4, approach A).
 *
 * Started by Playwright as a webServer (`node e2e/support/op-server.mjs`); tests reach it through
 * e2e/support/auth-fixtures.ts and verify its access tokens in e2e/support/graph-standin.ts.
 *
 * - HTTPS on 127.0.0.1:OP_PORT (default 8443), because MSAL refuses a non-https authority. The self-signed
 *   certificate and the RS256 signing key are made fresh at every start.
 * - Mounted at /<tenant>/v2.0: in AAD mode MSAL looks for <authority>/.well-known/openid-configuration
 *   under a path ending in v2.0, and the issuer must match the authority's scheme, host and port.
 * - One public client (PKCE, no secret) whose redirect URIs are on APP_ORIGIN (default http://localhost:4173).
 * - The login form is oidc-provider's dev form: any login and any password; "alice" signs in as
 *   alice@contoso.test. Consent is granted automatically, for every Graph scope the app asks for.
 * - Access tokens are JWTs for https://graph.microsoft.com with Entra's `scp` claim.
 * - Entra habits oidc-provider lacks are added in front of it: client_info in token responses, refreshes
 *   that ask for offline_access, prompt=select_account, logout without client_id, the /adminconsent endpoint.
 *
 * Test-control endpoints (test server only): POST /__test/reset, POST /__test/next-authorize-error,
 * POST /__test/access-token-ttl. Their state is kept per test: each request carries an `x-e2e-test-id`
 * header (auth-fixtures adds it to every browser request to this server), so tests running in parallel
 * do not consume each other's injected errors. Requests without the header share one default state.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

const PORT = Number(process.env.OP_PORT ?? 8443);
const APP_ORIGIN = (process.env.APP_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');
const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = '00000000-0000-0000-0000-0000000000aa';
const MOUNT = `/${TENANT}/v2.0`; // lowercase: MSAL lowercases the authority before comparing it
const ORIGIN = `https://127.0.0.1:${PORT}`;
const ISSUER = `${ORIGIN}${MOUNT}`;
const GRAPH = 'https://graph.microsoft.com';
/** The delegated scopes the troubleshooter asks for (DESIGN §4); all are consented automatically. */
const GRAPH_SCOPES = [
  'Policy.Read.All',
  'SharePointTenantSettings.Read.All',
  'AuditLog.Read.All',
  'Application.Read.All',
  'User.Read.All',
].map((s) => `${GRAPH}/${s}`);
const TEST_ID_HEADER = 'x-e2e-test-id';
const redirectUris = [`${APP_ORIGIN}/redirect.html`, `${APP_ORIGIN}/`];
const DEFAULT_TTL = 3600;

// ---- Per-test state, changed through /__test/* ----

/** @typedef {{ authorizeError?: Record<string, string>, accessTokenTtl: number }} TestState */
/** @type {Map<string, TestState>} */
const states = new Map();

/** @returns {TestState} */
function stateFor(testId) {
  const key = testId ?? '';
  let state = states.get(key);
  if (!state) {
    state = { accessTokenTtl: DEFAULT_TTL };
    states.set(key, state);
  }
  return state;
}

// ---- Accounts: whatever login the dev form receives ----

function account(accountId) {
  const username = accountId.includes('@') ? accountId : `${accountId}@contoso.test`;
  const local = username.split('@')[0] ?? username;
  return {
    sub: accountId,
    oid: guidFrom(username), // stable across sign-ins, as an Entra object id is
    tid: TENANT,
    name: `${local.charAt(0).toUpperCase()}${local.slice(1)} (test)`,
    preferred_username: username,
  };
}

function guidFrom(text) {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// ---- Keys: a throwaway TLS certificate and signing key per run ----

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'op-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true }); // kept in memory only
  }
}

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: `e2e-${Date.now()}`, use: 'sig', alg: 'RS256' };

// ---- The provider ----

const provider = new Provider(ISSUER, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_name: '401 Troubleshooter (e2e)',
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      post_logout_redirect_uris: [`${APP_ORIGIN}/`],
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: ['e2e-only-cookie-secret'] },
  claims: { openid: ['sub', 'tid', 'oid'], profile: ['name', 'preferred_username'] },
  // Entra puts name and preferred_username into the ID token; MSAL never calls /userinfo.
  conformIdTokenClaims: false,
  findAccount: async (_ctx, accountId) => ({ accountId, claims: async () => account(accountId) }),
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true, logoutSource: autoConfirmLogout },
    // Without resource indicators the access token is an opaque userinfo token with scope "openid profile";
    // MSAL caches the token under the response's `scope`, so it must be the Graph scopes.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => GRAPH,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: GRAPH_SCOPES.join(' '),
        audience: GRAPH,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  formats: {
    customizers: {
      // Shape the access token like Entra's: bare scope names in `scp`, and the user's tid/oid/names.
      async jwt(_ctx, token, jwt) {
        const scopes = (jwt.payload.scope ?? '').split(' ').filter((s) => s.startsWith(`${GRAPH}/`));
        const { oid, tid, name, preferred_username } = account(token.accountId);
        jwt.payload.scp = scopes.map((s) => s.slice(GRAPH.length + 1)).join(' ');
        delete jwt.payload.scope;
        Object.assign(jwt.payload, { oid, tid, name, preferred_username, ver: '2.0' });
      },
    },
  },
  ttl: {
    AccessToken: (ctx) => stateFor(ctx?.get(TEST_ID_HEADER) || undefined).accessTokenTtl,
    AuthorizationCode: 60,
    IdToken: 3600,
    Interaction: 3600,
    Session: 86400,
    Grant: 86400,
    RefreshToken: 86400,
  },
  // Auto-consent: the first authorization of a signed-in user gets a grant covering every Graph scope,
  // so the consent screen never shows.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    if (!ctx.oidc.session.accountId) return undefined;
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid profile offline_access');
    grant.addOIDCClaims(['sub', 'tid', 'oid', 'name', 'preferred_username']);
    grant.addResourceScope(GRAPH, GRAPH_SCOPES.join(' '));
    await grant.save();
    return grant;
  },
  // oidc-provider drops offline_access at /auth unless prompt=consent (OIDC Core); Entra always issues one.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
});

/** RP-initiated logout without the "Do you want to sign out?" page, as Entra does for a single account. */
async function autoConfirmLogout(ctx, form) {
  ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Signing out</title></head>
<body>${form}<script>
const f = document.getElementById('op.logoutForm');
const yes = document.createElement('input');
yes.type = 'hidden'; yes.name = 'logout'; yes.value = 'yes';
f.appendChild(yes); f.submit();
</script></body></html>`;
}

// The two Entra-compat shims at the token endpoint (research/spike.md §4 gotchas 4 and 5).
provider.use(async (ctx, next) => {
  const isToken = ctx.method === 'POST' && ctx.path === '/token';
  if (isToken && ctx.is('application/x-www-form-urlencoded')) {
    // MSAL always sends "openid profile offline_access" on a refresh; the refresh token was issued without
    // offline_access, and oidc-provider would answer 400 invalid_scope for it.
    const chunks = [];
    for await (const c of ctx.req) chunks.push(c);
    const params = new URLSearchParams(Buffer.concat(chunks).toString());
    const scope = params.get('scope');
    if (params.get('grant_type') === 'refresh_token' && scope !== null) {
      params.set(
        'scope',
        scope
          .split(' ')
          .filter((s) => s !== 'offline_access')
          .join(' '),
      );
    }
    ctx.req.body = params.toString(); // read back by oidc-provider (it warns once about a pre-parsed body)
  }
  await next();
  if (isToken && ctx.status === 200 && ctx.body?.id_token) {
    // client_info makes MSAL's homeAccountId "<oid>.<tid>" like Entra's instead of falling back to sub.
    const claims = decodeJwt(ctx.body.id_token);
    ctx.body.client_info = Buffer.from(JSON.stringify({ uid: claims.oid, utid: claims.tid })).toString('base64url');
    ctx.body.ext_expires_in = ctx.body.expires_in;
  }
});

// ---- HTTP front: health, test control, then the provider under its mount path ----

const ERROR_CODES = new Set([
  'access_denied',
  'consent_required',
  'interaction_required',
  'login_required',
  'invalid_request',
  'invalid_scope',
  'unauthorized_client',
  'server_error',
  'temporarily_unavailable',
]);

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString();
  return text ? JSON.parse(text) : {};
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function testControl(req, res, path) {
  const testId = req.headers[TEST_ID_HEADER];
  if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
  let body;
  try {
    body = await readJson(req);
  } catch {
    return send(res, 400, { error: 'body must be JSON' });
  }
  switch (path) {
    case '/__test/reset':
      if (testId) states.delete(testId);
      else states.clear(); // no test id: everything back to defaults
      return send(res, 200, { ok: true });
    case '/__test/next-authorize-error': {
      if (!ERROR_CODES.has(body.error)) {
        return send(res, 400, { error: `error must be one of ${[...ERROR_CODES].join(', ')}` });
      }
      // Any extra string fields (suberror, error_codes, …) are passed on like Entra's extra parameters.
      const fields = Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string'));
      stateFor(testId).authorizeError = fields;
      return send(res, 200, { ok: true });
    }
    case '/__test/access-token-ttl': {
      const seconds = Number(body.seconds);
      if (!Number.isInteger(seconds) || seconds < 1) return send(res, 400, { error: 'seconds must be an integer ≥ 1' });
      stateFor(testId).accessTokenTtl = seconds;
      return send(res, 200, { ok: true });
    }
    default:
      return send(res, 404, { error: 'no such test endpoint' });
  }
}

/**
 * Answers an authorization request with the injected error, if one is pending for this test: straight back
 * to the (registered) redirect_uri with `error`, `error_description` and the request's `state`, the way Entra
 * answers when admin consent is missing or the user cancels. Returns false when there is nothing to inject.
 */
function injectAuthorizeError(req, res, url) {
  const state = stateFor(req.headers[TEST_ID_HEADER]);
  const redirectUri = url.searchParams.get('redirect_uri');
  if (!state.authorizeError || url.searchParams.get('client_id') !== CLIENT_ID) return false;
  if (!redirectUri || !redirectUris.includes(redirectUri)) return false;
  const params = new URLSearchParams(state.authorizeError);
  state.authorizeError = undefined; // the NEXT request only
  const requestState = url.searchParams.get('state');
  if (requestState !== null) params.set('state', requestState);
  const correlation = url.searchParams.get('client-request-id');
  if (correlation) params.set('correlation_id', correlation);
  params.set('timestamp', `${new Date().toISOString().slice(0, 19).replace('T', ' ')}Z`); // Entra's format
  const separator = url.searchParams.get('response_mode') === 'fragment' ? '#' : '?';
  res.writeHead(302, { location: `${redirectUri}${separator}${params}`, 'cache-control': 'no-store' });
  res.end();
  return true;
}

/**
 * Entra's v2.0 admin consent endpoint (not part of OIDC, so oidc-provider lacks it): the app links an
 * administrator here. Answers at once, like an admin who clicks Accept: `admin_consent=True&tenant=…&scope=…`,
 * or the pending injected error (e.g. access_denied when the admin declines).
 */
function adminConsent(req, res, url) {
  if (injectAuthorizeError(req, res, url)) return;
  const redirectUri = url.searchParams.get('redirect_uri');
  if (url.searchParams.get('client_id') !== CLIENT_ID || !redirectUris.includes(redirectUri ?? '')) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    return void res.end(`AADSTS50011: The redirect URI '${redirectUri}' does not match the redirect URIs configured.`);
  }
  const params = new URLSearchParams({
    admin_consent: 'True',
    tenant: TENANT,
    scope: url.searchParams.get('scope') ?? '',
  });
  const state = url.searchParams.get('state');
  if (state !== null) params.set('state', state);
  res.writeHead(302, { location: `${redirectUri}?${params}`, 'cache-control': 'no-store' });
  res.end();
}

const callback = provider.callback();
const server = https.createServer(selfSignedCertificate(), (req, res) => {
  const url = new URL(req.url ?? '/', ORIGIN);
  if (url.pathname === '/health') return void res.end('ok');
  if (url.pathname === '/favicon.ico') return void res.writeHead(204).end(); // no 404 in the tests' console guard
  if (url.pathname.startsWith('/__test/')) {
    return void testControl(req, res, url.pathname).catch((e) => send(res, 500, { error: String(e) }));
  }
  if (url.pathname === MOUNT || url.pathname.startsWith(`${MOUNT}/`)) {
    const inner = url.pathname.slice(MOUNT.length) || '/';
    if (inner === '/adminconsent' && req.method === 'GET') return adminConsent(req, res, url);
    if (inner === '/auth' && req.method === 'GET') {
      if (injectAuthorizeError(req, res, url)) return;
      // oidc-provider rejects prompt=select_account, which apps commonly send to Entra; the login form stands in.
      if (url.searchParams.get('prompt') === 'select_account') url.searchParams.set('prompt', 'login');
    }
    if (inner === '/session/end' && !url.searchParams.has('client_id') && !url.searchParams.has('id_token_hint')) {
      // MSAL's logout sends neither; oidc-provider then ignores post_logout_redirect_uri, Entra does not.
      url.searchParams.set('client_id', CLIENT_ID);
    }
    req.url = `${inner}${url.search}`;
    req.originalUrl = `${MOUNT}${req.url}`; // oidc-provider derives its mount path from this
    return void callback(req, res);
  }
  res.writeHead(404).end();
});

server.on('error', (e) => {
  console.error(`op-server: ${e.message}`);
  process.exit(1);
});
server.listen(PORT, '127.0.0.1', () => {
  console.log(`op-server: issuer ${ISSUER} for ${APP_ORIGIN}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
