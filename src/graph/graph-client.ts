/**
 * Sends planned requests to Microsoft Graph as JSON batches (research/graph-checks.md §6): one batch per
 * API version, at most 20 items and at most 4 audit-log items each (those share a 5-per-10-s limit).
 * Every item ends as a GraphResult: its own status decides its check, so one failure never sinks the run.
 * Throttling is honoured (Retry-After, bounded), each request has a timeout, and an expired token is
 * renewed once. `fetch` and `sleep` are injected so tests and the demo tenant can stand in for Graph.
 */
import { asArray, asNumber, asObject, asString } from '../checks/json';
import type { GraphResult } from '../checks/types';
import type { PlannedRequest } from './verify-plan';

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com (from the runtime config), without the version. */
  baseUrl: string;
  getToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** How many times a throttled batch or item is sent again. */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
}

const MAX_ITEMS = 20;
const MAX_AUDIT_ITEMS = 4;
const MAX_WAIT_MS = 10_000;

interface BatchItemResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * Sends every request and returns one result per request id. HTTP and network failures become results;
 * only a failure to get a token rejects.
 */
export async function sendRequests(
  options: GraphClientOptions,
  requests: readonly PlannedRequest[],
): Promise<Map<string, GraphResult>> {
  const results = new Map<string, GraphResult>();
  const batches = (['v1.0', 'beta'] as const).flatMap((version) =>
    chunk(requests.filter((r) => r.version === version)),
  );
  await Promise.all(
    batches.map(async (batch) => {
      for (const [id, result] of await sendBatch(options, batch)) results.set(id, result);
    }),
  );
  return results;
}

/** Splits one version's requests into batches Graph accepts. */
export function chunk(requests: readonly PlannedRequest[]): PlannedRequest[][] {
  const batches: PlannedRequest[][] = [];
  let current: PlannedRequest[] = [];
  let audits = 0;
  for (const request of requests) {
    const isAudit = request.url.startsWith('/auditLogs/') || request.url.startsWith('/reports/');
    if (current.length === MAX_ITEMS || (isAudit && audits === MAX_AUDIT_ITEMS)) {
      batches.push(current);
      current = [];
      audits = 0;
    }
    current.push(request);
    if (isAudit) audits++;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function sendBatch(options: GraphClientOptions, batch: PlannedRequest[]): Promise<Map<string, GraphResult>> {
  const maxRetries = options.maxRetries ?? 2;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const results = new Map<string, GraphResult>();
  let pending = batch;

  for (let attempt = 0; pending.length > 0; attempt++) {
    const answer = await post(options, pending);
    if (answer.kind === 'failed') {
      if (answer.retryAfterMs !== undefined && attempt < maxRetries) {
        await sleep(answer.retryAfterMs);
        continue;
      }
      for (const request of pending) results.set(request.id, answer.result);
      return results;
    }
    // Items Graph throttled on their own are sent again after the longest Retry-After among them.
    const throttled: PlannedRequest[] = [];
    let waitMs = 0;
    for (const request of pending) {
      const item = answer.items.get(request.id);
      if (!item) {
        results.set(request.id, { status: 0, error: 'malformed' });
      } else if (item.status === 429 && attempt < maxRetries) {
        throttled.push(request);
        waitMs = Math.max(waitMs, retryAfterMs(headerOf(item.headers, 'retry-after')));
      } else {
        results.set(request.id, {
          status: item.status,
          body: item.body,
          ...(item.status === 429 ? { error: 'throttled' as const } : {}),
        });
      }
    }
    if (throttled.length > 0) await sleep(waitMs);
    pending = throttled;
  }
  return results;
}

type PostAnswer =
  | { kind: 'items'; items: Map<string, BatchItemResponse> }
  | { kind: 'failed'; result: GraphResult; retryAfterMs?: number };

/** One POST of a batch, with the token renewed once if Graph says it expired. */
async function post(options: GraphClientOptions, batch: PlannedRequest[], renewed = false): Promise<PostAnswer> {
  const version = batch[0]?.version ?? 'v1.0';
  const doFetch = options.fetch ?? fetch;
  // A token that can't be had (the sign-in expired) is not one check's problem: let it reach the caller.
  const token = await options.getToken(renewed ? { forceRefresh: true } : undefined);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl}/${version}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ requests: batch.map(toBatchItem) }),
      signal: controller.signal,
    });
  } catch {
    const error = controller.signal.aborted ? 'timeout' : 'network';
    return { kind: 'failed', result: { status: 0, error } };
  } finally {
    clearTimeout(timer);
  }

  if (response.status === 401 && !renewed) return post(options, batch, true);
  if (response.status === 429 || response.status === 503) {
    return {
      kind: 'failed',
      result: { status: response.status, error: 'throttled' },
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    };
  }
  const body = await readJson(response);
  if (!response.ok) return { kind: 'failed', result: { status: response.status, body } };
  const responses = asArray(asObject(body)?.responses) ?? null;
  if (!responses) return { kind: 'failed', result: { status: 0, error: 'malformed' } };
  const items = new Map<string, BatchItemResponse>();
  for (const item of responses) {
    const entry = asObject(item);
    const id = asString(entry?.id);
    const status = asNumber(entry?.status);
    if (entry && id !== undefined && status !== undefined) {
      items.set(id, {
        id,
        status,
        body: entry.body,
        headers: asObject(entry.headers) as Record<string, string> | undefined,
      });
    }
  }
  return { kind: 'items', items };
}

function toBatchItem(request: PlannedRequest) {
  return {
    id: request.id,
    method: request.method,
    url: request.url,
    ...(request.body === undefined ? {} : { body: request.body, headers: { 'Content-Type': 'application/json' } }),
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds (or an HTTP date), capped so a user never waits long; 1 s when absent. */
export function retryAfterMs(header: string | null | undefined): number {
  if (!header) return 1000;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Math.min(MAX_WAIT_MS, Math.max(0, Number.isFinite(ms) ? ms : 1000));
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}
