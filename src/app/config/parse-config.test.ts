import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config';
import { type AppConfig, parseConfig } from './parse-config';

const shipped: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/config.json'), 'utf8'));

/** A valid config (DESIGN §6), to break one field at a time. */
const valid = () => ({
  productName: 'Hive',
  support: { email: 'support@example.com', url: 'https://example.com/support' },
  providerIpRanges: ['203.0.113.0/24'],
  auth: {
    clientId: '00001111-aaaa-2222-bbbb-3333cccc4444',
    authority: 'https://login.microsoftonline.com/organizations',
    knownAuthorities: [],
    redirectPath: '/',
  },
  graph: { baseUrl: 'https://graph.microsoft.com' },
  demo: { enabled: true },
});
type Raw = ReturnType<typeof valid> & Record<string, unknown>;
const withChange = (change: (c: Raw) => void): unknown => {
  const config = valid() as Raw;
  change(config);
  return config;
};
const errorField = (raw: unknown) => {
  const result = parseConfig(raw);
  return result.ok ? null : result.error.field;
};

describe('parseConfig', () => {
  it('accepts the shipped public/config.json', () => {
    expect(parseConfig(shipped)).toEqual({
      ok: true,
      value: {
        productName: 'Hive',
        support: { email: 'support@example.com', url: 'https://example.com/support' },
        providerIpRanges: [],
        auth: {
          clientId: '',
          authority: 'https://login.microsoftonline.com/organizations',
          knownAuthorities: [],
          redirectPath: '/redirect.html',
        },
        graph: { baseUrl: 'https://graph.microsoft.com' },
        demo: { enabled: true },
      } satisfies AppConfig,
    });
  });

  it('tidies values: trims text, drops trailing slashes, an empty support url is none', () => {
    const result = parseConfig(
      withChange((c) => {
        c.productName = '  Hive  ';
        Object.assign(c.support, { url: '' });
        c.graph.baseUrl = 'https://graph.microsoft.us///';
        c.providerIpRanges = [' 198.51.100.7 '];
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        productName: 'Hive',
        support: { url: null },
        graph: { baseUrl: 'https://graph.microsoft.us' },
        providerIpRanges: ['198.51.100.7'],
      },
    });
  });

  it('accepts a config with no support url at all', () => {
    expect(parseConfig(withChange((c) => Reflect.deleteProperty(c.support, 'url')))).toMatchObject({
      ok: true,
      value: { support: { url: null } },
    });
  });

  it.each<[string, unknown, string]>([
    ['null', null, '(the whole file)'],
    ['an array', [], '(the whole file)'],
    ['a string', 'config', '(the whole file)'],
    ['an unknown key', withChange((c) => Object.assign(c, { suport: {} })), 'suport'],
    ['an unknown nested key', withChange((c) => Object.assign(c.auth, { tenant: 'x' })), 'auth.tenant'],
    ['missing productName', withChange((c) => Reflect.deleteProperty(c, 'productName')), 'productName'],
    ['a too-long productName', withChange((c) => Object.assign(c, { productName: 'x'.repeat(61) })), 'productName'],
    ['support not an object', withChange((c) => Object.assign(c, { support: 'support@example.com' })), 'support'],
    ['an invalid support.email', withChange((c) => Object.assign(c.support, { email: 'support' })), 'support.email'],
    ['an empty support.email', withChange((c) => Object.assign(c.support, { email: ' ' })), 'support.email'],
    ['an http support.url', withChange((c) => Object.assign(c.support, { url: 'http://example.com' })), 'support.url'],
    [
      'providerIpRanges not a list',
      withChange((c) => Object.assign(c, { providerIpRanges: '1.2.3.4' })),
      'providerIpRanges',
    ],
    [
      'a bad second IP range',
      withChange((c) => Object.assign(c, { providerIpRanges: ['203.0.113.0/24', '203.0.113.0/33'] })),
      'providerIpRanges[1]',
    ],
    ['a number as an IP range', withChange((c) => Object.assign(c, { providerIpRanges: [42] })), 'providerIpRanges[0]'],
    [
      'a clientId that is not a GUID',
      withChange((c) => Object.assign(c.auth, { clientId: 'my-app' })),
      'auth.clientId',
    ],
    ['a clientId that is not text', withChange((c) => Object.assign(c.auth, { clientId: null })), 'auth.clientId'],
    [
      'an authority that is not a URL',
      withChange((c) => Object.assign(c.auth, { authority: 'login' })),
      'auth.authority',
    ],
    [
      'a bad known authority',
      withChange((c) => Object.assign(c.auth, { knownAuthorities: ['https://x/'] })),
      'auth.knownAuthorities[0]',
    ],
    [
      'a relative redirectPath',
      withChange((c) => Object.assign(c.auth, { redirectPath: 'callback' })),
      'auth.redirectPath',
    ],
    [
      'an http graph.baseUrl',
      withChange((c) => Object.assign(c.graph, { baseUrl: 'http://example.com' })),
      'graph.baseUrl',
    ],
    ['a missing graph', withChange((c) => Reflect.deleteProperty(c, 'graph')), 'graph'],
    ['demo.enabled as text', withChange((c) => Object.assign(c.demo, { enabled: 'yes' })), 'demo.enabled'],
    ['demo.enabled missing', withChange((c) => Object.assign(c, { demo: {} })), 'demo.enabled'],
  ])('names the field for %s', (_name, raw, field) => {
    const result = parseConfig(raw);
    expect(result).toEqual({ ok: false, error: { field, message: expect.stringMatching(/^[a-z].{5,}/) } });
  });

  it('says a field is missing rather than what type it should have', () => {
    const result = parseConfig(withChange((c) => Reflect.deleteProperty(c, 'auth')));
    expect(result).toEqual({ ok: false, error: { field: 'auth', message: 'is missing' } });
  });

  it('reports the first problem in the order of the file', () => {
    const result = parseConfig({ productName: 'Hive', support: { email: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { field: 'support.email' } });
  });

  it('says what a field should be', () => {
    const result = parseConfig(withChange((c) => Object.assign(c, { suport: {} })));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('productName, support') } });
  });

  describe('addresses', () => {
    it.each([
      'http://localhost',
      'http://localhost:5173/graph',
      'http://127.0.0.1:8443',
      'https://graph.microsoft.com',
      'https://microsoftgraph.chinacloudapi.cn',
    ])('accepts %s', (baseUrl) => {
      expect(parseConfig(withChange((c) => Object.assign(c.graph, { baseUrl })))).toMatchObject({ ok: true });
    });

    it.each([
      'http://example.com',
      'http://localhost.example.com',
      'ftp://localhost',
      'javascript:alert(1)',
      '//graph.microsoft.com',
      '',
    ])('refuses %j', (baseUrl) => {
      expect(errorField(withChange((c) => Object.assign(c.graph, { baseUrl })))).toBe('graph.baseUrl');
    });
  });

  describe('provider IP ranges', () => {
    const ranges = (list: string[]) => withChange((c) => Object.assign(c, { providerIpRanges: list }));

    it.each([
      '203.0.113.7',
      '203.0.113.0/24',
      '0.0.0.0/0',
      '255.255.255.255/32',
      '10.0.0.0/8',
      '2001:db8::/32',
      '2001:db8::1',
      '::1',
      '::/0',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      'fe80::1:2:3:4/64',
      '2001:db8::/128',
    ])('accepts %s', (range) => {
      expect(parseConfig(ranges([range]))).toMatchObject({ ok: true, value: { providerIpRanges: [range] } });
    });

    it.each([
      '256.1.1.1',
      '1.2.3',
      '1.2.3.4.5',
      '01.2.3.4',
      '1.2.3.4/33',
      '1.2.3.4/',
      '1.2.3.4/24/8',
      '1.2.3.4/-1',
      'example.com',
      '',
      '2001:db8::/129',
      '2001:db8::1::2',
      ':::1',
      ':',
      '12345::1',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7',
      '2001:db8:',
      'g::1',
    ])('refuses %j', (range) => {
      expect(errorField(ranges(['198.51.100.0/24', range]))).toBe('providerIpRanges[1]');
    });
  });
});

describe('loadConfig', () => {
  const respond =
    (response: Response): typeof fetch =>
    async () =>
      response;

  it('reports a network failure as the whole file', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadConfig(failing)).toEqual({
      ok: false,
      error: { field: '(the whole file)', message: expect.stringContaining('did not answer') },
    });
  });

  it('reports the HTTP status', async () => {
    expect(await loadConfig(respond(new Response('Not found', { status: 404 })))).toEqual({
      ok: false,
      error: { field: '(the whole file)', message: expect.stringContaining('HTTP 404') },
    });
  });

  it('reports a file that is not JSON', async () => {
    expect(await loadConfig(respond(new Response('<!doctype html><p>SPA fallback</p>')))).toEqual({
      ok: false,
      error: { field: '(the whole file)', message: 'is not valid JSON' },
    });
  });

  it('passes a field error through', async () => {
    const body = JSON.stringify(withChange((c) => Object.assign(c.demo, { enabled: 1 })));
    expect(await loadConfig(respond(new Response(body)))).toMatchObject({
      ok: false,
      error: { field: 'demo.enabled' },
    });
  });

  it('returns the parsed config for a valid file, fetched from /config.json', async () => {
    const asked: string[] = [];
    const fetchFn: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify(shipped), { headers: { 'content-type': 'application/json' } });
    };
    expect(await loadConfig(fetchFn)).toEqual(parseConfig(shipped));
    expect(asked).toEqual(['/config.json']);
  });
});
