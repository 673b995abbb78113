/**
 * Validates /config.json (DESIGN §6). Hand-written rather than zod so the check costs a few hundred
 * bytes in the first load; every error names the field a deployer has to fix.
 */

import { isEmail, isGuid } from '../../engine/formats';
import { err, ok, type Result } from '../../engine/result';

export interface AppConfig {
  productName: string;
  support: { email: string; url: string | null };
  providerIpRanges: string[];
  auth: { clientId: string; authority: string; knownAuthorities: string[]; redirectPath: string };
  graph: { baseUrl: string };
  demo: { enabled: boolean };
}

export interface ConfigError {
  field: string;
  message: string;
}

type Obj = Record<string, unknown>;

class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function parseConfig(raw: unknown): Result<AppConfig, ConfigError> {
  try {
    // Fields are checked in the order they appear in the file, so the first problem reported is the first one there.
    const root = object(raw, '(the whole file)');
    known(root, '', ['productName', 'support', 'providerIpRanges', 'auth', 'graph', 'demo']);
    const productName = string(root.productName, 'productName', { max: 60 });

    const support = object(root.support, 'support');
    known(support, 'support', ['email', 'url']);
    const email = string(support.email, 'support.email');
    if (!isEmail(email)) throw new Invalid('support.email', 'must be an email address');
    const supportUrl = support.url === undefined || support.url === '' ? null : url(support.url, 'support.url');

    const providerIpRanges = list(
      root.providerIpRanges,
      'providerIpRanges',
      ipRange,
      'an IP address or range such as 203.0.113.0/24',
    );

    const auth = object(root.auth, 'auth');
    known(auth, 'auth', ['clientId', 'authority', 'knownAuthorities', 'redirectPath']);
    const clientId = string(auth.clientId, 'auth.clientId', { empty: true });
    if (clientId && !isGuid(clientId)) {
      throw new Invalid('auth.clientId', 'must be empty or an Application (client) ID (a GUID)');
    }
    const authority = url(auth.authority, 'auth.authority');
    const knownAuthorities = list(
      auth.knownAuthorities,
      'auth.knownAuthorities',
      hostName,
      'a host name such as login.example.com',
    );
    const redirectPath = string(auth.redirectPath, 'auth.redirectPath');
    if (!redirectPath.startsWith('/')) throw new Invalid('auth.redirectPath', 'must be a path starting with "/"');

    const graph = object(root.graph, 'graph');
    known(graph, 'graph', ['baseUrl']);
    const baseUrl = url(graph.baseUrl, 'graph.baseUrl');

    const demo = object(root.demo, 'demo');
    known(demo, 'demo', ['enabled']);
    const enabled = boolean(demo.enabled, 'demo.enabled');

    return ok({
      productName,
      support: { email, url: supportUrl },
      providerIpRanges,
      auth: { clientId, authority, knownAuthorities, redirectPath },
      graph: { baseUrl },
      demo: { enabled },
    });
  } catch (e) {
    if (e instanceof Invalid) return err({ field: e.field, message: e.message });
    throw e;
  }
}

function missing(v: unknown, field: string) {
  if (v === undefined) throw new Invalid(field, 'is missing');
}

function object(v: unknown, field: string): Obj {
  missing(v, field);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(field, 'must be an object');
  return v as Obj;
}

function known(o: Obj, parent: string, keys: string[]) {
  const extra = Object.keys(o).find((k) => !keys.includes(k));
  if (extra)
    throw new Invalid(
      parent ? `${parent}.${extra}` : extra,
      `is not a setting this app knows (expected one of: ${keys.join(', ')})`,
    );
}

function string(v: unknown, field: string, opts: { empty?: boolean; max?: number } = {}): string {
  missing(v, field);
  if (typeof v !== 'string') throw new Invalid(field, 'must be text');
  const s = v.trim();
  if (!s && !opts.empty) throw new Invalid(field, 'must not be empty');
  if (opts.max && s.length > opts.max) throw new Invalid(field, `must be at most ${opts.max} characters`);
  return s;
}

function boolean(v: unknown, field: string): boolean {
  missing(v, field);
  if (typeof v !== 'boolean') throw new Invalid(field, 'must be true or false');
  return v;
}

function url(v: unknown, field: string): string {
  const s = string(v, field);
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    throw new Invalid(field, 'must be a full address starting with https://');
  }
  const local = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(local && parsed.protocol === 'http:')) {
    throw new Invalid(field, 'must start with https://');
  }
  return s.replace(/\/+$/, '');
}

function list(v: unknown, field: string, valid: (s: string) => boolean, what: string): string[] {
  missing(v, field);
  if (!Array.isArray(v)) throw new Invalid(field, 'must be a list (use [] for none)');
  return v.map((item, i) => {
    if (typeof item !== 'string' || !valid(item.trim())) throw new Invalid(`${field}[${i}]`, `must be ${what}`);
    return item.trim();
  });
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function ipRange(s: string): boolean {
  const [address = '', prefix, ...rest] = s.split('/');
  if (rest.length > 0) return false;
  const v4 = IPV4.test(address);
  const v6 = !v4 && isIpv6(address);
  if (!v4 && !v6) return false;
  if (prefix === undefined) return true;
  const n = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && n <= (v4 ? 32 : 128);
}

/** Eight groups of 1–4 hex digits, or fewer with one "::" standing in for the missing ones. */
function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

function hostName(s: string): boolean {
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(s);
}
