import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOW, scenarioSnapshot } from '../checks/test-support';
import type { CauseVerdict } from '../checks/types';
import { verifyTenant } from '../checks/verdicts';
import { content } from '../content/index';
import type { Scenario } from '../demo/scenario';
import severalProblems from '../demo/scenarios/several-problems.json' with { type: 'json' };
import { buildCaseReport, CASE_REPORT_VERSION, type CaseReportInput, reportMarkdown, utc } from './case-report';
import { type CaseReport, caseReportSchema } from './case-report-schema';
import { CAUSE_IDS, type CauseId } from './cause-ids';
import type { Content } from './content-schema';
import { type Transitioned, transition, type WizardEvent } from './transition';
import { AUTO_VERDICTS, type AutoVerdict, RETRY_RESULTS, TRISTATES, type WizardState } from './wizard-state';

const T = NOW; // 2027-01-15 08:00 UTC
const ACCOUNT = 'svc-backup@contoso.com';
const APP_ID = 'b7e4c2a9-1f3d-4a6b-8c5e-0d9f2e7a1b34';
const TRACE_ID = '7f3a1c2e-9b4d-4e6f-8a1b-2c3d4e5f6a7b';
const ERROR_TEXT = `AADSTS53003: Access has been blocked by Conditional Access policies.\n  Trace ID: ${TRACE_ID}\n  Client IP: 198.51.100.23, user ${ACCOUNT}`;
const VALUES = { productName: 'Hive' };

/** Applies [time, event] pairs; a refused event fails the test. */
function run(steps: [number, WizardEvent][]): Transitioned {
  let state: WizardState = { answers: {}, log: [] };
  let last: Transitioned | null = null;
  for (const [at, event] of steps) {
    const next = transition(content, state, event, at);
    if (!next.ok) throw new Error(`${JSON.stringify(event)} refused: ${next.error}`);
    last = next.value;
    state = last.state;
  }
  if (!last) throw new Error('no steps');
  return last;
}

// Texts come from the content, so editing a question does not break these tests; the layout does.
const causeOf = (id: CauseId) => {
  const cause = content.causes.find((c) => c.id === id);
  if (!cause) throw new Error(`no cause ${id}`);
  return cause;
};
const shortTitle = (id: CauseId) => causeOf(id).shortTitle;
const nodeTitle = (id: CauseId, nodeId: string) => causeOf(id).nodes.find((n) => n.id === nodeId)?.title;
function qa(causeId: CauseId, nodeId: string, answerId: string) {
  const node = causeOf(causeId).nodes.find((n) => n.id === nodeId);
  if (node?.kind !== 'check') throw new Error(`${causeId}/${nodeId} is not a check`);
  const strip = (s: string) => s.replace(/\*\*|`/g, '');
  return { question: strip(node.question), answer: strip(node.answers.find((a) => a.id === answerId)?.label ?? '') };
}
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** The several-problems sample tenant, checked by the real checks at `at`. */
function sampleCheck(at: number): { verdicts: CauseVerdict[]; letters: Record<CauseId, AutoVerdict> } {
  const { snapshot, inputs } = scenarioSnapshot(severalProblems as unknown as Scenario, at);
  const verdicts = verifyTenant(snapshot, inputs);
  const letters = Object.fromEntries(verdicts.map((v) => [v.causeId, v.status])) as Record<CauseId, AutoVerdict>;
  return { verdicts, letters };
}

const NOTES = {
  start: 'Customer (jane@fabrikam.com) says it broke after a policy change from 192.0.2.44.',
  'conditional-access/check-policies': `Went through the policies on screen with her;\ntenant fabrikam.onmicrosoft.com, app ${APP_ID}.`,
  'legacy-auth-retirement/check-org-ews': '   ',
  resolved: '',
  escalate: `Tier 2 please: ${ACCOUNT} keeps failing.`,
};

// Begin (worked before, a Conditional Access change two hours ago, error 53003), rule Conditional Access
// out, wait for propagation (still failing), check the tenant, find the credentials can't be checked, escalate.
const check = sampleCheck(T + 5000);
const escalated = run([
  [
    T,
    {
      type: 'BEGIN',
      answers: {
        errorText: ERROR_TEXT,
        workedBefore: 'yes',
        recentChange: 'yes',
        changedAt: T - 7200,
        changeKind: 'conditional-access',
        account: ACCOUNT,
        appId: APP_ID,
      },
    },
  ],
  [T + 300, { type: 'ANSWER', answerId: 'nothing-applies' }],
  [T + 600, { type: 'ANSWER', answerId: 'yes' }],
  [T + 4200, { type: 'RETRY', result: 'still-failing' }],
  [T + 5060, { type: 'APPLY_VERDICTS', verdicts: check.letters, checkedAt: T + 5000 }],
  [T + 5400, { type: 'ANSWER', answerId: 'cant-check' }],
  [T + 5700, { type: 'ESCALATE' }],
]);

function input(done: Transitioned, overrides: Partial<CaseReportInput> = {}): CaseReportInput {
  return {
    content,
    state: done.state,
    view: done.view,
    values: VALUES,
    notes: NOTES,
    verification: { sampleTitle: severalProblems.title, verdicts: check.verdicts },
    appVersion: '1.2.3',
    now: T + 7200,
    redacted: false,
    ...overrides,
  };
}

const report = buildCaseReport(input(escalated));
const markdown = reportMarkdown(report);
const lines = markdown.split('\n');
const causeIn = (r: CaseReport, id: CauseId) => r.causes.find((c) => c.id === id);

describe('the JSON of an escalated case', () => {
  it('validates against the schema', () => {
    expect(caseReportSchema.safeParse(report).error).toBeUndefined();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('says what made it, when, and from which content', () => {
    expect(report).toMatchObject({
      schemaVersion: CASE_REPORT_VERSION,
      generatedAt: '2027-01-15T10:00:00Z',
      app: { name: '401 Troubleshooter', version: '1.2.3' },
      contentReviewed: content.causes.map((c) => c.lastReviewed).sort()[0],
      redacted: false,
      outcome: { kind: 'escalated' },
      sampleData: 'Several problems at once',
    });
  });

  it('holds what was reported, with the recognised code and the change time', () => {
    expect(report.answers).toEqual({
      errorText: ERROR_TEXT,
      recognised: {
        code: 53003,
        meaning: content.errorSignatures.signatures.find((s) => s.codes?.includes(53003))?.meaning,
        causeId: 'conditional-access',
      },
      workedBefore: 'yes',
      recentChange: {
        answer: 'yes',
        at: '2027-01-15T06:00:00Z',
        kind: 'conditional-access',
        kindLabel: content.flow.changeKinds.find((k) => k.id === 'conditional-access')?.label,
      },
      serviceAccount: ACCOUNT,
      applicationId: APP_ID,
    });
  });

  it('lists all seven causes in the order walked: decided ones by when, then the rest in the order to walk', () => {
    const decided = ['conditional-access', 'propagation-delay', 'authentication-policy', 'credentials'];
    expect(report.causes.map((c) => c.id)).toEqual([
      ...decided,
      ...escalated.view.order.filter((id) => !decided.includes(id)),
    ]);
    expect(new Set(report.causes.map((c) => c.id))).toEqual(new Set(CAUSE_IDS));
    expect(report.causes.map((c) => c.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('records a cause ruled out by hand with its answer', () => {
    expect(causeIn(report, 'conditional-access')).toMatchObject({
      number: 6,
      title: causeOf('conditional-access').title,
      shortTitle: shortTitle('conditional-access'),
      status: 'ruled-out',
      decidedBy: 'you',
      decidedAt: iso(T + 300),
      choices: [
        { step: 'check-policies', ...qa('conditional-access', 'check-policies', 'nothing-applies'), at: iso(T + 300) },
      ],
      retries: [],
    });
  });

  it('records a fix that did not help, with the retry', () => {
    expect(causeIn(report, 'propagation-delay')).toMatchObject({
      status: 'fixed',
      decidedBy: 'you',
      decidedAt: iso(T + 4200),
      choices: [{ step: 'recent-change', ...qa('propagation-delay', 'recent-change', 'yes') }],
      retries: [
        {
          step: 'fix-wait',
          fix: nodeTitle('propagation-delay', 'fix-wait'),
          result: 'still-failing',
          at: iso(T + 4200),
        },
      ],
    });
  });

  it('records causes the automatic check ruled out, with its verdict and evidence', () => {
    const auth = causeIn(report, 'authentication-policy');
    expect(auth).toMatchObject({
      status: 'ruled-out',
      decidedBy: 'automatic check',
      decidedAt: iso(T + 5000),
      choices: [],
      automaticCheck: { verdict: 'pass', checkedAt: iso(T + 5000) },
    });
    const evidence = check.verdicts.find((v) => v.causeId === 'authentication-policy')?.findings ?? [];
    expect(auth?.automaticCheck?.findings).toHaveLength(evidence.length);
    expect(auth?.automaticCheck?.findings?.[1]).toEqual({
      status: 'unknown',
      weight: 'supporting',
      text: evidence[1]?.text,
      source: 'Exchange Online PowerShell (not in Microsoft Graph)',
      reason: 'manual',
      manual: evidence[1]?.manual,
    });
    expect(report.ruledOut).toEqual(
      escalated.view.order.filter((id) => ['conditional-access', 'authentication-policy'].includes(id)),
    );
  });

  it('gives every cause the verdict letter of the check, failures with their Graph source', () => {
    for (const cause of report.causes) expect(cause.automaticCheck?.verdict).toBe(check.letters[cause.id]);
    expect(causeIn(report, 'security-defaults')?.automaticCheck?.findings?.[0]).toMatchObject({
      status: 'fail',
      source: 'GET /policies/identitySecurityDefaultsEnforcementPolicy',
    });
    expect(causeIn(report, 'credentials')).toMatchObject({
      status: 'cant-check',
      decidedBy: 'you',
      choices: [{ step: 'compare-fields', ...qa('credentials', 'compare-fields', 'cant-check') }],
    });
  });

  it('lists every log entry as a step of the path', () => {
    expect(report.path.map((p) => [p.at, p.event])).toEqual([
      [iso(T), 'began'],
      [iso(T + 300), 'answered'],
      [iso(T + 600), 'answered'],
      [iso(T + 4200), 'retried'],
      [iso(T + 5000), 'checked the tenant'],
      [iso(T + 5400), 'answered'],
      [iso(T + 5700), 'escalated'],
    ]);
    const ca = qa('conditional-access', 'check-policies', 'nothing-applies');
    expect(report.path[1]).toEqual({
      at: iso(T + 300),
      event: 'answered',
      step: `${shortTitle('conditional-access')}: ${nodeTitle('conditional-access', 'check-policies')}`,
      detail: `${ca.question} → ${ca.answer}`,
    });
    expect(report.path[4]?.detail).toContain('3 failed');
    expect(report.path[4]?.detail).toContain('sample data: Several problems at once');
  });

  it('keeps only the notes with text, in the order of the steps', () => {
    expect(report.notes).toEqual([
      { step: 'start', title: 'Start', text: NOTES.start },
      {
        step: 'conditional-access/check-policies',
        title: `${shortTitle('conditional-access')}: ${nodeTitle('conditional-access', 'check-policies')}`,
        text: NOTES['conditional-access/check-policies'],
      },
      { step: 'escalate', title: 'Escalate to support', text: NOTES.escalate },
    ]);
  });

  it('writes every time as ISO 8601 in UTC', () => {
    const times = JSON.stringify(report).match(/"\d{4}-\d{2}-\d{2}T[^"]*"/g) ?? [];
    expect(times.length).toBeGreaterThan(20);
    for (const time of times) expect(time).toMatch(/^"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"$/);
  });
});

describe('the evidence of another check', () => {
  it('is not used: the verdicts stay, the findings are unknown and no sample data is claimed', () => {
    const older = sampleCheck(T + 1000);
    const other = buildCaseReport(
      input(escalated, { verification: { sampleTitle: 'Other', verdicts: older.verdicts } }),
    );
    expect(other.sampleData).toBeNull();
    for (const cause of other.causes) {
      expect(cause.automaticCheck).toEqual({
        verdict: check.letters[cause.id],
        checkedAt: iso(T + 5000),
        findings: null,
      });
    }
    expect(reportMarkdown(other)).toContain('The evidence stayed in the browser tab that ran the check.');
  });

  it('names the sample tenant only on the check it belongs to', () => {
    const twice = run([
      [T, { type: 'BEGIN', answers: {} }],
      [T + 60, { type: 'APPLY_VERDICTS', verdicts: sampleCheck(T + 30).letters, checkedAt: T + 30 }],
      [T + 5060, { type: 'APPLY_VERDICTS', verdicts: check.letters, checkedAt: T + 5000 }],
    ]);
    const r = buildCaseReport(input(twice));
    expect(r.path.map((p) => p.detail.includes('sample data: Several problems at once'))).toEqual([false, false, true]);
    expect(r.sampleData).toBe('Several problems at once');
  });

  it('is not needed: without a check there is no automatic check at all', () => {
    const plain = run([[T, { type: 'BEGIN', answers: {} }]]);
    const r = buildCaseReport(input(plain, { verification: null }));
    expect(r.causes.every((c) => c.automaticCheck === null)).toBe(true);
  });
});

describe('the Markdown of an escalated case', () => {
  it('starts with the title and a short header', () => {
    expect(lines.slice(0, 8)).toEqual([
      '# Case report: 401 Unauthorized on the Microsoft 365 backup',
      '',
      '- Generated: 2027-01-15 10:00 UTC',
      '- Outcome: escalated to support',
      '- Automatic tenant check (read-only, Microsoft Graph): 2027-01-15 09:23 UTC · sample data: Several problems at once',
      '- App version: 401 Troubleshooter 1.2.3',
      `- Content reviewed: ${report.contentReviewed}`,
      '',
    ]);
    expect(markdown).not.toContain('Tenant details hidden');
  });

  it('has every section, in order', () => {
    const sections = lines.filter((l) => l.startsWith('## '));
    expect(sections).toEqual(['## What was reported', '## Causes', '## Path', '## Notes']);
  });

  it('says what was reported, folding the white space of the pasted text', () => {
    const start = lines.indexOf('## What was reported');
    expect(lines.slice(start + 2, start + 9)).toEqual([
      `- Error text: ${ERROR_TEXT.replace(/\s+/g, ' ')}`,
      `- Recognised: AADSTS53003: ${report.answers.recognised?.meaning}`,
      '- Worked before: Yes',
      `- Recent change in the tenant: Yes, at 2027-01-15 06:00 UTC (${report.answers.recentChange?.kindLabel})`,
      `- Service account: ${ACCOUNT}`,
      `- Application (client) ID: ${APP_ID}`,
      '',
    ]);
  });

  it('gives each cause its status, who decided and when, and the choices as "question → answer"', () => {
    const ca = qa('conditional-access', 'check-policies', 'nothing-applies');
    expect(markdown).toContain(
      `### 6. ${shortTitle('conditional-access')}: Ruled out at 2027-01-15 08:05 UTC\n\nDecided by you.\n\n- ${ca.question} → ${ca.answer}\n`,
    );
    expect(markdown).toContain(`${shortTitle('credentials')}: Couldn't check at 2027-01-15 09:30 UTC`);
    expect(markdown).toContain(
      `${shortTitle('propagation-delay')}: Fixed, but still 401 Unauthorized after the retry at 2027-01-15 09:10 UTC`,
    );
    expect(markdown).toContain(
      `- Applied "${nodeTitle('propagation-delay', 'fix-wait')}", retried at 2027-01-15 09:10 UTC: still 401 Unauthorized`,
    );
    expect(markdown).toContain(
      `### 7. ${shortTitle('authentication-policy')}: Ruled out at 2027-01-15 09:23 UTC\n\nDecided by the automatic tenant check.`,
    );
    const notChecked = lines.filter((l) => l.startsWith('### ') && l.endsWith(': Not checked'));
    expect(notChecked).toHaveLength(3);
  });

  it('nests the automatic check’s findings under each cause, with their source', () => {
    const start = lines.findIndex((l) => l.startsWith(`### 5. ${shortTitle('security-defaults')}`));
    const block = lines.slice(start, lines.indexOf('', start + 2));
    expect(block[2]).toBe('- Automatic check at 2027-01-15 09:23 UTC: failed');
    expect(block[3]).toMatch(
      /^ {2}- Failed: Security defaults are enabled .*\. Source: `GET \/policies\/identitySecurityDefaultsEnforcementPolicy`$/,
    );
    expect(markdown).toMatch(/^ {4}- By hand: In Exchange Online PowerShell run `Get-OrganizationConfig/m);
  });

  it('lists the path with times in UTC', () => {
    const start = lines.indexOf('## Path');
    const path = lines.slice(start + 2, start + 9);
    expect(path[0]).toMatch(/^1\. 2027-01-15 08:00 UTC · began · Start · Causes in this order: /);
    expect(path[1]).toBe(`2. 2027-01-15 08:05 UTC · answered · ${report.path[1]?.step} · ${report.path[1]?.detail}`);
    expect(path[6]).toBe('7. 2027-01-15 09:35 UTC · escalated · Escalate to support · Handed the case to support');
  });

  it('ends with the notes, quoted line by line', () => {
    const start = lines.indexOf('## Notes');
    expect(lines.slice(start)).toEqual([
      '## Notes',
      '',
      '### Start',
      '',
      `> ${NOTES.start}`,
      '',
      `### ${shortTitle('conditional-access')}: ${nodeTitle('conditional-access', 'check-policies')}`,
      '',
      '> Went through the policies on screen with her;',
      `> tenant fabrikam.onmicrosoft.com, app ${APP_ID}.`,
      '',
      '### Escalate to support',
      '',
      `> ${NOTES.escalate}`,
      '',
    ]);
  });

  it('writes every time in UTC and none in ISO form', () => {
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    const times = markdown.match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}( UTC)?/g) ?? [];
    expect(times.length).toBeGreaterThan(15);
    for (const time of times) expect(time).toMatch(/ UTC$/);
  });
});

describe('the redacted report', () => {
  const hidden = buildCaseReport(input(escalated, { redacted: true }));
  const hiddenMarkdown = reportMarkdown(hidden);
  const json = JSON.stringify(hidden);

  // Everything tenant-specific the inputs carry: the answers, the sample tenant, the notes.
  const secrets = [
    ACCOUNT,
    APP_ID,
    TRACE_ID,
    '198.51.100.23',
    '203.0.113',
    '2001:db8',
    'megan.bowen',
    'jane@fabrikam.com',
    '192.0.2.44',
    'contoso',
    'fabrikam',
  ];

  it.each(secrets)('holds no trace of %s in the JSON or the Markdown', (secret) => {
    expect(JSON.stringify(report).toLowerCase()).toContain(secret.toLowerCase()); // it was there to hide
    expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(hiddenMarkdown.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('holds no email address, GUID or IP address at all', () => {
    for (const text of [json, hiddenMarkdown]) {
      expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      expect(text).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/);
    }
  });

  it('validates, and keeps the structure, statuses and verdicts', () => {
    expect(caseReportSchema.safeParse(hidden).error).toBeUndefined();
    const shape = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(shape)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
          : typeof value;
    expect(shape(hidden)).toEqual(shape(report));
    const statuses = (r: CaseReport) =>
      r.causes.map((c) => [c.id, c.status, c.decidedBy, c.decidedAt, c.automaticCheck?.verdict]);
    expect(statuses(hidden)).toEqual(statuses(report));
    expect(hidden.path.map((p) => [p.at, p.event, p.step])).toEqual(report.path.map((p) => [p.at, p.event, p.step]));
    expect(hidden.redacted).toBe(true);
  });

  it('hides the service account and application ID, and the tenant data in the texts', () => {
    expect(hidden.answers).toMatchObject({
      serviceAccount: '[email hidden]',
      applicationId: '[ID hidden]',
      errorText:
        'AADSTS53003: Access has been blocked by Conditional Access policies.\n  Trace ID: [ID hidden]\n  Client IP: [IP hidden], user [email hidden]',
      recognised: report.answers.recognised,
    });
    expect(hidden.notes.map((n) => n.text)).toEqual([
      'Customer ([email hidden]) says it broke after a policy change from [IP hidden].',
      'Went through the policies on screen with her;\ntenant [domain hidden], app [ID hidden].',
      'Tier 2 please: [email hidden] keeps failing.',
    ]);
    const sources = hidden.causes.flatMap((c) => c.automaticCheck?.findings?.map((f) => f.source) ?? []);
    expect(sources).toContain('GET /users/[email hidden]');
    expect(sources).toContain("GET /applications(appId='[ID hidden]')");
  });

  it('leaves the sample data title alone and says the details are hidden', () => {
    expect(hidden.sampleData).toBe('Several problems at once');
    expect(hiddenMarkdown).toContain('- Tenant details hidden');
    expect(hiddenMarkdown).toContain('- Service account: [email hidden]');
    expect(hiddenMarkdown).toContain('Outcome: escalated to support');
  });

  it('fills placeholders with hidden values too', () => {
    const edited = structuredClone(content) as Content;
    const node = edited.causes.find((c) => c.id === 'conditional-access')?.nodes[0];
    if (node?.kind === 'check') node.question = 'Which policy blocks {account} in {productName}?';
    const values = { ...VALUES, account: ACCOUNT };
    const shown = buildCaseReport(input(escalated, { content: edited, values }));
    const masked = buildCaseReport(input(escalated, { content: edited, values, redacted: true }));
    expect(causeIn(shown, 'conditional-access')?.choices[0]?.question).toBe(`Which policy blocks ${ACCOUNT} in Hive?`);
    expect(causeIn(masked, 'conditional-access')?.choices[0]?.question).toBe(
      'Which policy blocks [email hidden] in Hive?',
    );
  });
});

describe('a resolved case', () => {
  const done = run([
    [T, { type: 'BEGIN', answers: { errorText: 'error 530035.' } }],
    [T + 60, { type: 'ANSWER', answerId: 'enabled' }],
    [T + 120, { type: 'RETRY', result: 'worked' }],
  ]);
  const r = buildCaseReport(
    input(done, { notes: { resolved: 'Fixed on the call.' }, verification: null, now: T + 180 }),
  );
  const md = reportMarkdown(r);

  it('names the cause and the fix that worked', () => {
    expect(caseReportSchema.safeParse(r).error).toBeUndefined();
    expect(r.outcome).toEqual({
      kind: 'resolved',
      causeId: 'security-defaults',
      causeTitle: shortTitle('security-defaults'),
      fix: { step: 'fix', title: nodeTitle('security-defaults', 'fix') },
    });
    expect(md).toContain(
      `- Outcome: resolved by "${shortTitle('security-defaults')}" (fix: ${nodeTitle('security-defaults', 'fix')})`,
    );
    expect(md).toContain(`### 5. ${shortTitle('security-defaults')}: Fixed at 2027-01-15 08:02 UTC`);
    expect(md).toMatch(/retried at 2027-01-15 08:02 UTC: it worked$/m);
  });

  it('writes questions without markup', () => {
    // The real question is "What does **Security defaults** show?".
    expect(md).toContain('- What does Security defaults show? → Enabled');
    expect(md).not.toContain('**');
  });

  it('says what was not given', () => {
    expect(r.answers).toMatchObject({
      workedBefore: null,
      recentChange: null,
      serviceAccount: null,
      applicationId: null,
    });
    expect(md).toContain('- Worked before: not answered');
    expect(md).toContain('- Recent change in the tenant: not answered');
    expect(md).toContain('- Service account: not given');
    expect(md).toContain('- Application (client) ID: not given');
    expect(md).toContain('- Recognised: AADSTS530035: ');
  });

  it('keeps the note of the resolved step', () => {
    expect(r.notes).toEqual([{ step: 'resolved', title: 'Resolved', text: 'Fixed on the call.' }]);
    expect(md.endsWith('## Notes\n\n### Resolved\n\n> Fixed on the call.\n')).toBe(true);
  });
});

describe('a case in progress', () => {
  it('says where it stands, before and after beginning', () => {
    const fresh = buildCaseReport(
      input({ state: { answers: {}, log: [] }, view: run([[T, { type: 'RESTART' }]]).view }),
    );
    expect(fresh.outcome).toEqual({ kind: 'in-progress', step: { id: 'start', title: 'Start' } });
    expect(fresh.path).toEqual([]);
    expect(reportMarkdown(fresh)).toContain('## Path\n\nNothing done yet.');

    const begun = run([
      [T, { type: 'BEGIN', answers: { workedBefore: 'no' } }],
      [T + 60, { type: 'ANSWER', answerId: 'swapped' }],
    ]);
    const r = buildCaseReport(input(begun, { notes: {}, verification: null }));
    expect(r.outcome).toEqual({
      kind: 'in-progress',
      step: {
        id: 'credentials/fix-swapped',
        title: `${shortTitle('credentials')}: ${nodeTitle('credentials', 'fix-swapped')}`,
      },
    });
    // The answer given in the cause on screen shows, though the cause is not decided yet.
    expect(causeIn(r, 'credentials')).toMatchObject({ status: 'not-checked', decidedBy: null, decidedAt: null });
    expect(causeIn(r, 'credentials')?.choices.map((c) => c.step)).toEqual(['compare-fields']);
    const md = reportMarkdown(r);
    expect(md).toContain(
      `Outcome: still troubleshooting, at "${r.outcome.kind === 'in-progress' && r.outcome.step.title}"`,
    );
    expect(md).toContain('## Notes\n\nNo notes.');
  });

  it('keeps notes for steps it does not know, after the others', () => {
    const begun = run([[T, { type: 'BEGIN', answers: {} }]]);
    const r = buildCaseReport(input(begun, { notes: { 'old/step': 'kept', start: 'first' }, verification: null }));
    expect(r.notes).toEqual([
      { step: 'start', title: 'Start', text: 'first' },
      { step: 'old/step', title: 'old/step', text: 'kept' },
    ]);
  });
});

describe('Markdown safety', () => {
  it('keeps pasted text on one line and stops it turning into emphasis or HTML', () => {
    const done = run([[T, { type: 'BEGIN', answers: { errorText: 'Error *401*\n<b>Unauthorized</b>' } }]]);
    const md = reportMarkdown(buildCaseReport(input(done)));
    expect(md).toContain('- Error text: Error \\*401\\* \\<b>Unauthorized\\</b>');
  });
});

describe('any session', () => {
  const answerIds = [
    ...new Set(
      content.causes.flatMap((c) => c.nodes.flatMap((n) => (n.kind === 'check' ? n.answers.map((a) => a.id) : []))),
    ),
  ];
  const verdicts = fc.record(
    Object.fromEntries(CAUSE_IDS.map((id) => [id, fc.constantFrom(...AUTO_VERDICTS)])) as Record<
      CauseId,
      fc.Arbitrary<AutoVerdict>
    >,
  );
  const answers = fc.record(
    {
      errorText: fc.oneof(fc.constantFrom(ERROR_TEXT, 'AADSTS530035', 'blocked by Conditional Access'), fc.string()),
      workedBefore: fc.constantFrom(...TRISTATES),
      recentChange: fc.constantFrom(...TRISTATES),
      changedAt: fc.integer({ min: T - 200_000, max: T }),
      changeKind: fc.constantFrom(...content.flow.changeKinds.map((k) => k.id)),
      account: fc.constantFrom(ACCOUNT, 'a@b.co'),
      appId: fc.uuid(),
    },
    { requiredKeys: [] },
  );
  type MakeEvent = (at: number) => WizardEvent;
  const event = fc.oneof(
    answers.map(
      (a): MakeEvent =>
        () => ({ type: 'BEGIN', answers: a }),
    ),
    fc.constantFrom(...answerIds).map(
      (answerId): MakeEvent =>
        () => ({ type: 'ANSWER', answerId }),
    ),
    fc.constantFrom(...RETRY_RESULTS).map(
      (result): MakeEvent =>
        () => ({ type: 'RETRY', result }),
    ),
    fc.constantFrom(...CAUSE_IDS).map(
      (causeId): MakeEvent =>
        () => ({ type: 'JUMP', causeId }),
    ),
    fc.constantFrom('EDIT_ANSWERS', 'ESCALATE', 'BACK', 'RESTART' as const).map(
      (type): MakeEvent =>
        () => ({ type }),
    ),
    fc.integer({ min: 0, max: 100_000 }).map(
      (ago): MakeEvent =>
        (at) => ({ type: 'SET_CHANGE', changedAt: at - ago }),
    ),
    fc.tuple(verdicts, fc.integer({ min: 0, max: 600 })).map(
      ([v, ago]): MakeEvent =>
        (at) => ({ type: 'APPLY_VERDICTS', verdicts: v, checkedAt: at - ago }),
    ),
  );
  const finding = fc.record(
    {
      status: fc.constantFrom(...AUTO_VERDICTS),
      weight: fc.constantFrom('primary', 'supporting'),
      text: fc.string(),
      source: fc.string(),
      reason: fc.constantFrom('permission', 'licence', 'missing-input', 'unavailable', 'manual'),
      manual: fc.string(),
      warning: fc.boolean(),
    },
    { requiredKeys: ['status', 'weight', 'text', 'source'] },
  );

  it('always gives a valid report and Markdown, whatever happened', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(event, fc.integer({ min: 0, max: 4000 })), { maxLength: 40 }),
        fc.dictionary(
          fc.oneof(fc.constantFrom('start', 'escalate', 'resolved', 'credentials/compare-fields'), fc.string()),
          fc.string(),
        ),
        fc.array(finding, { maxLength: 3 }),
        fc.option(fc.string()),
        fc.boolean(),
        (events, notes, findings, sampleTitle, redacted) => {
          let done = run([[T, { type: 'RESTART' }]]);
          let at = T;
          for (const [make, gap] of events) {
            at += gap;
            const next = transition(content, done.state, make(at), at);
            if (next.ok) done = next.value; // refused events are skipped
          }
          const checkedAt = done.view.verified?.at ?? at;
          const evidence = CAUSE_IDS.map((causeId) => ({
            causeId,
            status: 'unknown' as const,
            findings: findings.map((f) => ({ ...f, causeId })),
            checkedAt,
          }));
          const r = buildCaseReport(
            input(done, { notes, verification: { sampleTitle, verdicts: evidence }, now: at, redacted }),
          );
          const parsed = caseReportSchema.safeParse(r);
          expect(parsed.error).toBeUndefined();
          expect(r.causes).toHaveLength(CAUSE_IDS.length);
          expect(r.path).toHaveLength(done.state.log.length);
          const md = reportMarkdown(r);
          expect(md.startsWith('# Case report: 401 Unauthorized on the Microsoft 365 backup\n')).toBe(true);
          if (redacted && done.state.answers.account) {
            expect(JSON.stringify(r)).not.toContain(done.state.answers.account);
            expect(md).not.toContain(done.state.answers.account);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the code', () => {
  it('imports only the type of the schema, so zod stays out of the app bundle', () => {
    const source = readFileSync(join(import.meta.dirname, 'case-report.ts'), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.some((l) => l.includes('zod'))).toBe(false);
    for (const line of imports.filter((l) => l.includes('case-report-schema'))) expect(line).toMatch(/^import type /);
  });

  it('keeps the times in its own Markdown format', () => {
    expect(utc(T)).toBe('2027-01-15 08:00 UTC');
    expect(utc(T + 59)).toBe('2027-01-15 08:00 UTC');
  });
});

// The JSON Schema for tools that read the report, generated from the zod schema so the two never disagree.
// `UPDATE_REPORT_SCHEMA=1 npx vitest run src/engine/case-report.test.ts` rewrites it.
it('docs/case-report.schema.json matches the report schema', () => {
  const generated = `${JSON.stringify(z.toJSONSchema(caseReportSchema), null, 2)}\n`;
  const path = join(import.meta.dirname, '../../docs/case-report.schema.json');
  if (process.env.UPDATE_REPORT_SCHEMA) writeFileSync(path, generated);
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '(missing)';
  expect(
    committed,
    `${path} is out of date: run UPDATE_REPORT_SCHEMA=1 npx vitest run src/engine/case-report.test.ts`,
  ).toBe(generated);
});
