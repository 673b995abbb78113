import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../demo/scenario';
import { CAUSE_IDS } from '../engine/cause-ids';
import { NOW, scenarioSnapshot } from './test-support';
import { type Finding, type GraphResult, REQUEST_IDS, type TenantSnapshot, type VerifyInputs } from './types';
import { fold, verifyTenant } from './verdicts';

const finding = (status: Finding['status'], weight: Finding['weight'], text = `${weight} ${status}`): Finding => ({
  causeId: 'credentials',
  status,
  weight,
  text,
  source: 'GET /test',
});

describe('fold', () => {
  it.each<[string, Finding[], Finding['status']]>([
    ['any failure fails, even a supporting one', [finding('pass', 'primary'), finding('fail', 'supporting')], 'fail'],
    ['a failure beats an unknown', [finding('unknown', 'primary'), finding('fail', 'primary')], 'fail'],
    ['all primary pass', [finding('pass', 'primary'), finding('pass', 'primary')], 'pass'],
    ['supporting unknowns do not stop a pass', [finding('pass', 'primary'), finding('unknown', 'supporting')], 'pass'],
    ['one primary unknown', [finding('pass', 'primary'), finding('unknown', 'primary')], 'unknown'],
    ['supporting passes alone decide nothing', [finding('pass', 'supporting')], 'unknown'],
    ['no findings', [], 'unknown'],
  ])('%s', (_name, findings, expected) => {
    expect(fold(findings)).toBe(expected);
  });
});

describe('verifyTenant', () => {
  const files = import.meta.glob<Scenario>('../demo/scenarios/*.json', { eager: true, import: 'default' });
  const scenario = (id: string) => {
    const found = Object.values(files).find((s) => s.id === id);
    if (!found) throw new Error(`no scenario ${id}`);
    return scenarioSnapshot(found, NOW);
  };

  it('gives the seven causes in order, checked when the snapshot was read', () => {
    const { snapshot, inputs } = scenario('healthy');
    const verdicts = verifyTenant(snapshot, inputs);
    expect(verdicts.map((v) => v.causeId)).toEqual([...CAUSE_IDS]);
    expect(verdicts.every((v) => v.checkedAt === NOW)).toBe(true);
  });

  it('orders findings: failures, then primary, then supporting', () => {
    const { snapshot, inputs } = scenario('conditional-access');
    const ca = verifyTenant(snapshot, inputs).find((v) => v.causeId === 'conditional-access');
    expect(ca?.findings.map((f) => `${f.status} ${f.weight}`)).toEqual([
      'fail primary',
      'fail supporting',
      'fail supporting',
    ]);
    const { snapshot: healthy, inputs: healthyInputs } = scenario('healthy');
    const credentials = verifyTenant(healthy, healthyInputs).find((v) => v.causeId === 'credentials');
    expect(credentials?.findings.map((f) => f.weight).join(' ')).toMatch(/^(primary )+supporting$/);
  });
});

describe('whatever Graph answers, the checks never throw', () => {
  const status = fc.constantFrom(0, 200, 201, 204, 400, 401, 403, 404, 424, 429, 500, 503);
  const error = fc.option(
    fc.constantFrom('timeout', 'network', 'malformed', 'throttled') as fc.Arbitrary<GraphResult['error']>,
    {
      nil: undefined,
    },
  );
  const result = (body: fc.Arbitrary<unknown>): fc.Arbitrary<GraphResult> =>
    fc.record({ status, body, error }, { requiredKeys: ['status'] });
  const verifyInputs: fc.Arbitrary<VerifyInputs> = fc.record(
    {
      account: fc.constantFrom('svc-backup@contoso.com', 'SVC-BACKUP@contoso.com', '', 'x'),
      appId: fc.constantFrom('b7e4c2a9-1f3d-4a6b-8c5e-0d9f2e7a1b34', '', 'not-a-guid'),
      providerIps: fc.array(fc.constantFrom('203.0.113.10', '203.0.113.0/28', '2001:db8::/64', '::', 'nonsense', ''), {
        maxLength: 3,
      }),
      appPasswordPrefix: fc.string({ maxLength: 4 }),
      secretPrefix: fc.string({ maxLength: 4 }),
      setup: fc.constantFrom('simple', 'mfa', 'unknown'),
    },
    { requiredKeys: ['providerIps', 'setup'] },
  );

  function expectWellFormed(snapshot: TenantSnapshot, inputs: VerifyInputs): void {
    const verdicts = verifyTenant(snapshot, inputs);
    expect(verdicts.map((v) => v.causeId)).toEqual([...CAUSE_IDS]);
    for (const verdict of verdicts) {
      expect(verdict.findings.length).toBeGreaterThan(0);
      for (const f of verdict.findings) {
        expect(f.causeId).toBe(verdict.causeId);
        expect(f.text.length).toBeGreaterThan(0);
        expect(f.source.length).toBeGreaterThan(0);
        if (f.status === 'unknown') expect(f.reason && f.manual).toBeTruthy();
      }
    }
  }

  it('arbitrary JSON in every answer', () => {
    const snapshots = fc.record({
      fetchedAt: fc.integer({ min: 0, max: 4_102_444_800 }),
      results: fc.dictionary(fc.constantFrom(...REQUEST_IDS), result(fc.jsonValue())),
      whatIf: fc.array(
        fc.record({
          resource: fc.constantFrom('00000002-0000-0ff1-ce00-000000000000', '00000003-0000-0ff1-ce00-000000000000'),
          clientAppType: fc.constantFrom('other', 'exchangeActiveSync') as fc.Arbitrary<'other' | 'exchangeActiveSync'>,
          result: result(fc.jsonValue()),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(fc.property(snapshots, verifyInputs, expectWellFormed), { numRuns: 300 });
  });

  // Random JSON rarely reaches deep code; a real tenant's answer with one value swapped for junk does.
  it.each(Object.values(import.meta.glob<Scenario>('../demo/scenarios/*.json', { eager: true, import: 'default' })))(
    '$id with one value anywhere replaced by junk',
    (scenario) => {
      const { snapshot, inputs } = scenarioSnapshot(scenario, NOW);
      // Only Graph's bodies are untrusted; the snapshot around them is typed.
      const paths = [
        ...Object.entries(snapshot.results).flatMap(([id, r]) => leafPaths(r?.body, ['results', id, 'body'])),
        ...snapshot.whatIf.flatMap((run, i) => leafPaths(run.result.body, ['whatIf', i, 'result', 'body'])),
      ];
      fc.assert(
        fc.property(fc.nat(), fc.jsonValue(), (index, junk) => {
          const path = paths[index % paths.length] ?? [];
          expectWellFormed(replaceAt(snapshot, path, junk), inputs);
        }),
        { numRuns: 150 },
      );
    },
  );
});

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Object.entries(value);
  return [
    path,
    ...entries.flatMap(([key, child]) => leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key])),
  ];
}

function replaceAt<T>(value: T, path: Path, replacement: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return replacement as T;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v)) as T;
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) } as T;
}
