/**
 * A Microsoft Graph stand-in for e2e tests: `installGraphStandin(page, { scenario })` answers every request
 * to https://graph.microsoft.com from a sample tenant (src/demo/scenarios), the way Graph would.
 *
 *   const graph = await installGraphStandin(page, { scenario, overrides: { caPolicies: { status: 500 } } });
 *   …drive the app…
 *   expect(graph.violations).toEqual([]);
 *
 * - Every request's bearer token is verified against the local OP's JWKS (op-server.mjs): signature, issuer
 *   and audience. A missing, invalid or expired token gets Graph's batch-level 401 InvalidAuthenticationToken.
 * - `POST /v1.0/$batch` and `POST /beta/$batch`: each item is answered from the scenario by its `id` (a
 *   RequestId, or `whatIf-N`), after checking that its method and URL are the resource that id stands for,
 *   its version, the token's scope for it and the batch limits (≤ 20 items, ≤ 4 audit-log items). Broken
 *   rules are recorded in `violations` and answered the way Graph would (400, 403 or 429).
 * - Items come back in reverse order: Graph does not promise request order, so the app must match by id.
 * - Failure injection per test: `overrides`, `batchDelayMs`, `malformedBatch`, `expireNextTokens`; `update()`
 *   changes them mid-test.
 *
 * Note for specs: batch-level errors (401, malformed) are HTTP errors the page sees, so the console guard in
 * ./test reports them; a test that provokes one clears `consoleProblems` for it. Item-level errors are not seen.
 */
import { request as httpsRequest } from 'node:https';
import type { Page } from '@playwright/test';
import { createLocalJWKSet, decodeJwt, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { type GraphResult, REQUEST_IDS, type RequestId } from '../../src/checks/types';
import { materialise, type Scenario } from '../../src/demo/scenario';

// ---- The local OP's coordinates (op-server.mjs uses the same values; OP_PORT moves both) ----

export const OP_PORT = Number(process.env.OP_PORT ?? 8443);
export const OP_ORIGIN = `https://127.0.0.1:${OP_PORT}`;
export const TENANT_ID = '11111111-2222-3333-4444-555555555555';
export const CLIENT_ID = '00000000-0000-0000-0000-0000000000aa';
export const ISSUER = `${OP_ORIGIN}/${TENANT_ID}/v2.0`;
export const JWKS_URI = `${ISSUER}/jwks`;
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

// ---- Options and recorder ----

type WhatIfKey = 'whatIf' | `whatIf-${number}`;

/** An injected answer. 429s are answered once by default (`times: 1`), anything else on every request. */
export type GraphOverride = GraphResult & { retryAfter?: number; times?: number };

export interface GraphStandinOptions {
  scenario: Scenario;
  /** Per item id; `whatIf` applies to every `whatIf-N` item that has no override of its own. */
  overrides?: Partial<Record<RequestId | WhatIfKey, GraphOverride>>;
  /** Holds every batch response this long, e.g. past the app's client-side timeout. */
  batchDelayMs?: number;
  /** The next batch of this version gets a 200 whose body is not valid JSON (once). */
  malformedBatch?: 'beta' | 'v1.0';
  /**
   * The next N requests get Graph's 401 "token is expired", whatever token they carry. MSAL renews a token
   * 5 minutes before it expires, so a short OP lifetime alone never gets an expired token to Graph.
   */
  expireNextTokens?: number;
  /** The scenario's "now" (epoch seconds) for its relative times; default: the time of each request. */
  now?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query after the host, e.g. "/v1.0/$batch". */
  url: string;
  status: number;
  /** The ids of a batch's items; empty for a direct request. */
  itemIds: string[];
  at: number;
}

export interface RecordedItem {
  version: 'v1.0' | 'beta';
  id: string;
  method: string;
  url: string;
  status: number;
}

export interface RecordedToken {
  /** Bare Graph scope names from `scp`, e.g. "Policy.Read.All". */
  scopes: string[];
  jti?: string;
  username?: string;
  exp?: number;
  /** Why Graph refused it, when it did. */
  problem?: 'missing' | 'expired' | 'invalid';
}

export interface GraphStandin {
  requests: RecordedRequest[];
  items: RecordedItem[];
  /** One per request that reached Graph, in order. */
  tokens: RecordedToken[];
  /** App behaviour real Graph would refuse or punish; a test asserts this is empty. */
  violations: string[];
  /** Changes options for the requests still to come (override counters start again). */
  update(options: Partial<GraphStandinOptions>): void;
}

// ---- What each request id must look like ----

interface Shape {
  method: 'GET' | 'POST';
  path: RegExp;
  betaOnly?: boolean;
  scope: string;
}

const SEGMENT = '[^/?]+'; // one URL segment, e.g. an encoded UPN
const BY_APP_ID = "\\(appId='[^']+'\\)";

const SHAPES: Record<RequestId | 'whatIf', Shape> = {
  user: { method: 'GET', path: re(`/users/${SEGMENT}`), scope: 'User.Read.All' },
  memberOf: { method: 'GET', path: re(`/users/${SEGMENT}/(transitiveMemberOf|memberOf)`), scope: 'User.Read.All' },
  application: { method: 'GET', path: re(`/applications(${BY_APP_ID}|/${SEGMENT})`), scope: 'Application.Read.All' },
  servicePrincipal: {
    method: 'GET',
    path: re(`/servicePrincipals(${BY_APP_ID}|/${SEGMENT})`),
    scope: 'Application.Read.All',
  },
  securityDefaults: {
    method: 'GET',
    path: re('/policies/identitySecurityDefaultsEnforcementPolicy'),
    scope: 'Policy.Read.All',
  },
  sharepointSettings: {
    method: 'GET',
    path: re('/admin/sharepoint/settings'),
    scope: 'SharePointTenantSettings.Read.All',
  },
  caPolicies: { method: 'GET', path: re('/identity/conditionalAccess/policies'), scope: 'Policy.Read.All' },
  namedLocations: { method: 'GET', path: re('/identity/conditionalAccess/namedLocations'), scope: 'Policy.Read.All' },
  directoryAudits: { method: 'GET', path: re('/auditLogs/directoryAudits'), scope: 'AuditLog.Read.All' },
  signIns: { method: 'GET', path: re('/auditLogs/signIns'), scope: 'AuditLog.Read.All' },
  mfaRequirements: {
    method: 'GET',
    path: re(`/users/${SEGMENT}/authentication/requirements`),
    betaOnly: true,
    scope: 'Policy.Read.All',
  },
  // Policy.Read.All is accepted for What If as well as Policy.Read.ConditionalAccess (research §1).
  whatIf: { method: 'POST', path: re('/identity/conditionalAccess/evaluate'), scope: 'Policy.Read.All' },
};

/** The path, then optionally a query: "/users/x" matches "/users/x?$select=id" but not "/users/x/manager". */
function re(path: string): RegExp {
  return new RegExp(`^${path}(\\?.*)?$`);
}

const MAX_BATCH = 20;
const MAX_AUDIT_PER_BATCH = 4; // auditLogs share 5 requests / 10 s per app per tenant
const isAudit = (url: string) => /^\/(auditLogs|reports)\//.test(url);
const isRequestId = (id: string): id is RequestId => (REQUEST_IDS as readonly string[]).includes(id);
const isWhatIf = (id: string) => /^whatIf-\d+$/.test(id);

// ---- Graph-shaped answers ----

/** Graph's own content type: an app comparing it with "application/json" exactly would break on real Graph. */
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const ERROR_CODES: Record<number, [string, string]> = {
  400: ['BadRequest', 'Invalid request.'],
  401: ['InvalidAuthenticationToken', 'Access token validation failure.'],
  403: ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'],
  404: ['Request_ResourceNotFound', 'Resource could not be found.'],
  429: ['TooManyRequests', 'Too many requests.'],
  500: ['InternalServerError', 'An internal server error occurred.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable.'],
  504: ['GatewayTimeout', 'The operation timed out.'],
};

function graphError(status: number, message?: string, code?: string) {
  const [defaultCode, defaultMessage] = ERROR_CODES[status] ?? ['UnknownError', `HTTP ${status}`];
  return {
    error: {
      code: code ?? defaultCode,
      message: message ?? defaultMessage,
      innerError: { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': crypto.randomUUID() },
    },
  };
}

interface ItemAnswer {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** A GraphResult as Graph would send it; results with status 0 stand for what the client would have seen. */
function toAnswer(result: GraphResult & { retryAfter?: number }): ItemAnswer {
  if (result.status === 0) {
    if (result.error === 'throttled') return toAnswer({ status: 429, retryAfter: result.retryAfter ?? 1 });
    if (result.error === 'malformed') {
      return { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>not JSON</html>' };
    }
    return toAnswer({ status: result.error === 'network' ? 503 : 504 });
  }
  const headers: Record<string, string> = {};
  if (result.status === 429) headers['Retry-After'] = String(result.retryAfter ?? 1);
  if (result.status === 204) return { status: 204, headers };
  headers['Content-Type'] = JSON_TYPE;
  const body = result.body ?? (result.status >= 400 ? graphError(result.status) : {});
  return { status: result.status, headers, body };
}

// ---- Token verification ----

const jwksCache = new Map<string, Promise<ReturnType<typeof createLocalJWKSet>>>();

/** The OP's JWKS, fetched once per run over HTTPS with its self-signed certificate accepted. */
function jwks(refresh = false) {
  let keys = jwksCache.get(JWKS_URI);
  if (!keys || refresh) {
    keys = new Promise<JSONWebKeySet>((resolve, reject) => {
      const req = httpsRequest(JWKS_URI, { rejectUnauthorized: false }, (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(text))));
      });
      req.on('error', reject);
      req.end();
    }).then(createLocalJWKSet);
    keys.catch(() => jwksCache.delete(JWKS_URI)); // try again next time rather than cache a failure
    jwksCache.set(JWKS_URI, keys);
  }
  return keys;
}

async function verify(token: string): Promise<JWTPayload> {
  const options = { issuer: ISSUER, audience: GRAPH_ORIGIN };
  try {
    return (await jwtVerify(token, await jwks(), options)).payload;
  } catch (e) {
    // A new OP process has a new key; fetch the JWKS again once before calling the token bad.
    if (!(e instanceof errors.JWKSNoMatchingKey)) throw e;
    return (await jwtVerify(token, await jwks(true), options)).payload;
  }
}

function scopesOf(payload: JWTPayload): string[] {
  return typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
}

// ---- The stand-in ----

interface BatchItem {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

export async function installGraphStandin(page: Page, initial: GraphStandinOptions): Promise<GraphStandin> {
  let options = initial;
  let used = new Map<string, number>(); // answers given per override key
  let malformedPending = initial.malformedBatch;
  let expireLeft = initial.expireNextTokens ?? 0;
  const standin: GraphStandin = {
    requests: [],
    items: [],
    tokens: [],
    violations: [],
    update(changes) {
      options = { ...options, ...changes };
      used = new Map();
      if ('malformedBatch' in changes) malformedPending = changes.malformedBatch;
      if ('expireNextTokens' in changes) expireLeft = changes.expireNextTokens ?? 0;
    },
  };

  const overrideFor = (id: string): GraphOverride | undefined => {
    const key = (options.overrides?.[id as RequestId] ? id : isWhatIf(id) ? 'whatIf' : id) as RequestId | WhatIfKey;
    const override = options.overrides?.[key];
    if (!override) return undefined;
    const times = override.times ?? (override.status === 429 ? 1 : Number.POSITIVE_INFINITY);
    const count = used.get(key) ?? 0;
    if (count >= times) return undefined;
    used.set(key, count + 1);
    return override;
  };

  const scenarioNow = () => materialise(options.scenario, options.now ?? Math.floor(Date.now() / 1000));

  const scenarioAnswer = (scenario: Scenario, id: string): ItemAnswer => {
    if (isWhatIf(id)) {
      return scenario.whatIf
        ? toAnswer(scenario.whatIf)
        : toAnswer({ status: 403, body: graphError(403, 'What If is not available to this user.') });
    }
    const result = isRequestId(id) ? scenario.responses[id] : undefined;
    return result ? toAnswer(result) : toAnswer({ status: 404 });
  };

  /** One batch item: shape, scope and limit checks, then the override or the scenario's answer. */
  const answerItem = (
    version: 'v1.0' | 'beta',
    item: BatchItem,
    scopes: string[],
    scenario: Scenario,
    auditSeen: { count: number },
  ): ItemAnswer & { id: string } => {
    const id = String(item.id);
    const method = String(item.method ?? '').toUpperCase();
    const rawUrl = String(item.url ?? '');
    const url = rawUrl.startsWith('/') ? rawUrl : `/${rawUrl}`;
    const where = `${version} batch item "${id}" (${method} ${rawUrl})`;
    const refuse = (status: number, problem: string, message = problem) => {
      standin.violations.push(`${where}: ${problem}`);
      return { id, ...toAnswer({ status, body: graphError(status, message) }) };
    };

    const shape = isRequestId(id) ? SHAPES[id] : isWhatIf(id) ? SHAPES.whatIf : undefined;
    if (!shape) return refuse(404, 'unknown request id (not a RequestId or whatIf-N)');
    if (/^https?:|^\/(v1\.0|beta)\//i.test(rawUrl)) return refuse(400, 'url must be relative to the version root');
    if (method !== shape.method || !shape.path.test(url)) {
      return refuse(400, `expected ${shape.method} ${shape.path.source}`, `Resource not found for the segment.`);
    }
    if (shape.betaOnly && version !== 'beta') return refuse(400, 'this resource exists only in beta');
    if (method === 'POST') {
      const contentType = Object.entries(item.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type');
      if (!contentType?.[1].includes('application/json')) return refuse(400, 'a POST item needs Content-Type JSON');
      if (!item.body || typeof item.body !== 'object') return refuse(400, 'a POST item needs a JSON body');
    }
    if (isAudit(url) && ++auditSeen.count > MAX_AUDIT_PER_BATCH) {
      standin.violations.push(`${where}: more than ${MAX_AUDIT_PER_BATCH} audit-log items in one batch`);
      return { id, ...toAnswer({ status: 429, retryAfter: 10 }) }; // what Graph's shared audit-log limit does
    }
    if (!scopes.includes(shape.scope)) return refuse(403, `the token lacks ${shape.scope}`);
    const override = overrideFor(id);
    return { id, ...(override ? toAnswer(override) : scenarioAnswer(scenario, id)) };
  };

  await page.route(`${GRAPH_ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = `${url.pathname}${url.search}`;
    const origin = request.headers().origin;
    const cors: Record<string, string> = {
      'access-control-allow-origin': origin ?? '*',
      'access-control-expose-headers': 'Retry-After, request-id, client-request-id, WWW-Authenticate',
      vary: 'Origin',
    };
    const fulfil = async (
      status: number,
      body: unknown,
      headers: Record<string, string> = {},
      itemIds: string[] = [],
    ) => {
      standin.requests.push({ method: request.method(), url: path, status, itemIds, at: Date.now() });
      try {
        await route.fulfill({
          status,
          headers: { ...cors, 'request-id': crypto.randomUUID(), 'Content-Type': JSON_TYPE, ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      } catch {
        // The page gave up on the request (its own timeout) or closed; nothing left to answer.
      }
    };

    // Playwright answers CORS preflights itself while routing; this is for completeness.
    if (request.method() === 'OPTIONS') {
      return route.fulfill({
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': request.headers()['access-control-request-headers'] ?? '*',
          'access-control-max-age': '600',
        },
      });
    }

    // The token first, as Graph checks it before anything else.
    const token = /^Bearer (.+)$/i.exec((await request.headerValue('authorization')) ?? '')?.[1];
    let scopes: string[];
    try {
      if (!token) throw new Error('missing');
      const payload = await verify(token);
      scopes = scopesOf(payload);
      if (expireLeft > 0) {
        expireLeft--;
        throw new errors.JWTExpired('expired on request (expireNextTokens)', payload);
      }
      standin.tokens.push({
        scopes,
        jti: payload.jti,
        username: payload.preferred_username as string | undefined,
        exp: payload.exp,
      });
    } catch (e) {
      const expired = e instanceof errors.JWTExpired;
      const claims = token ? safeDecode(token) : {};
      standin.tokens.push({
        scopes: scopesOf(claims),
        jti: claims.jti,
        exp: claims.exp,
        username: claims.preferred_username as string | undefined,
        problem: !token ? 'missing' : expired ? 'expired' : 'invalid',
      });
      // An expired token is a situation tests create on purpose; a missing or forged one is an app bug.
      if (!expired) standin.violations.push(`${request.method()} ${path}: ${token ? `bad token (${e})` : 'no token'}`);
      const message = expired
        ? 'Lifetime validation failed, the token is expired.'
        : token
          ? 'Access token validation failure.'
          : 'Access token is empty.';
      return fulfil(401, graphError(401, message, 'InvalidAuthenticationToken'), {
        'WWW-Authenticate': `Bearer realm="", authorization_uri="${ISSUER}/authorize", client_id="${CLIENT_ID}"`,
      });
    }

    const batch = /^\/(v1\.0|beta)\/\$batch$/.exec(url.pathname);
    if (batch && request.method() === 'POST') {
      const version = batch[1] as 'v1.0' | 'beta';
      let items: BatchItem[];
      try {
        const parsed = request.postDataJSON() as { requests?: unknown };
        if (!Array.isArray(parsed?.requests)) throw new Error('no requests array');
        items = parsed.requests as BatchItem[];
      } catch {
        standin.violations.push(`${version} $batch: body is not {"requests": [...]}`);
        return fulfil(400, graphError(400, 'Invalid batch payload format.'));
      }
      const ids = items.map((i) => String(i.id));
      if (items.length === 0 || items.length > MAX_BATCH) {
        standin.violations.push(`${version} $batch: ${items.length} items (1 to ${MAX_BATCH} allowed)`);
        return fulfil(
          400,
          graphError(400, `The number of batch requests must be between 1 and ${MAX_BATCH}.`),
          {},
          ids,
        );
      }
      const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
      if (duplicate) {
        standin.violations.push(`${version} $batch: duplicate id "${duplicate}"`);
        return fulfil(400, graphError(400, 'Batch request ids must be unique.'), {}, ids);
      }

      if (malformedPending === version) {
        // Before any item is answered, so a once-only override is still there for the retry.
        malformedPending = undefined;
        return fulfil(200, '{"responses": [{"id": "', {}, ids);
      }
      const scenario = scenarioNow();
      const auditSeen = { count: 0 };
      const answers = items.map((item) => answerItem(version, item, scopes, scenario, auditSeen));
      for (const [i, a] of answers.entries()) {
        const { method, url } = items[i] ?? {};
        standin.items.push({ version, id: a.id, method: String(method), url: String(url), status: a.status });
      }
      if (options.batchDelayMs) await new Promise((r) => setTimeout(r, options.batchDelayMs));
      return fulfil(200, { responses: answers.reverse() }, {}, ids);
    }

    // A direct request (no $batch): answered by the id whose shape it matches.
    if (url.searchParams.has('$skiptoken')) return fulfil(200, { value: [] }); // the last page of any list
    const version = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
    const rest = version ? `${version[2]}${url.search}` : '';
    const id = (Object.keys(SHAPES) as (RequestId | 'whatIf')[]).find(
      (k) => SHAPES[k].method === request.method() && SHAPES[k].path.test(rest),
    );
    if (!version || !id) {
      standin.violations.push(`${request.method()} ${path}: no such Graph request in the stand-in`);
      return fulfil(404, graphError(404));
    }
    const itemId = id === 'whatIf' ? 'whatIf-0' : id;
    const override = overrideFor(itemId);
    const answer = override ? toAnswer(override) : scenarioAnswer(scenarioNow(), itemId);
    return fulfil(answer.status, answer.body ?? '', answer.headers);
  });

  return standin;
}

function safeDecode(token: string): JWTPayload {
  try {
    return decodeJwt(token);
  } catch {
    return {};
  }
}
