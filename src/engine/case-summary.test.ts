import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { caseSummary, utc } from './case-summary';
import type { CauseId } from './cause-ids';
import type { Content } from './content-schema';
import { type Transitioned, transition, type WizardEvent } from './transition';
import type { WizardState } from './wizard-state';

const T = 1_800_000_000; // 2027-01-15 08:00 UTC
const APP_ID = '00001111-aaaa-2222-bbbb-3333cccc4444';
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

const summaryOf = ({ state, view }: Transitioned, now: number, c: Content = content) =>
  caseSummary({ content: c, state, view, values: VALUES, appVersion: '1.2.3', now });

// Texts come from the content, so editing a question does not break this test; the layout does.
const shortTitle = (id: CauseId) => content.causes.find((c) => c.id === id)?.shortTitle ?? '?';
function qa(causeId: CauseId, nodeId: string, answerId: string): string {
  const node = content.causes.find((c) => c.id === causeId)?.nodes.find((n) => n.id === nodeId);
  if (node?.kind !== 'check') throw new Error(`${causeId}/${nodeId} is not a check`);
  return `    ${node.question} → ${node.answers.find((a) => a.id === answerId)?.label}`;
}

describe('an escalated case', () => {
  // Begin, rule out Conditional Access, apply the propagation "fix" (still failing), escalate.
  const done = run([
    [
      T,
      {
        type: 'BEGIN',
        answers: {
          errorText: 'AADSTS53003: Access has been blocked\n  by Conditional Access policies.',
          workedBefore: 'yes',
          recentChange: 'yes',
          changedAt: T - 7200,
          changeKind: 'conditional-access',
          account: 'backup@contoso.com',
          appId: APP_ID,
        },
      },
    ],
    [T + 300, { type: 'ANSWER', answerId: 'nothing-applies' }],
    [T + 600, { type: 'ANSWER', answerId: 'yes' }],
    [T + 4200, { type: 'RETRY', result: 'still-failing' }],
    [T + 4500, { type: 'ESCALATE' }],
  ]);
  const summary = summaryOf(done, T + 7200);
  const lines = summary.split('\n');

  it('starts with the title, the time it was made (UTC) and the outcome', () => {
    expect(lines.slice(0, 3)).toEqual([
      '401 Troubleshooter: case summary',
      'Generated: 2027-01-15 10:00 UTC',
      'Outcome: escalated to support',
    ]);
  });

  it('lists what was reported, with the recognised code and the change time in UTC', () => {
    const meaning = content.errorSignatures.signatures.find((s) => s.codes?.includes(53003))?.meaning;
    const kind = content.flow.changeKinds.find((k) => k.id === 'conditional-access')?.label;
    const start = lines.indexOf('What was reported');
    expect(lines.slice(start, start + 8)).toEqual([
      'What was reported',
      // White space in the pasted text is folded to single spaces.
      '- Error text: AADSTS53003: Access has been blocked by Conditional Access policies.',
      `- Recognised: AADSTS53003: ${meaning}`,
      '- Worked before: Yes',
      `- Recent change in the tenant: Yes, at 2027-01-15 06:00 UTC (${kind})`,
      '- Service account: backup@contoso.com',
      `- Application (client) ID: ${APP_ID}`,
      '',
    ]);
  });

  it('lists the checked causes in the order they were decided, each with its status, time and choices', () => {
    const fixTitle = content.causes
      .find((c) => c.id === 'propagation-delay')
      ?.nodes.find((n) => n.id === 'fix-wait')?.title;
    const start = lines.indexOf('Causes checked (in the order they were checked)');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 6)).toEqual([
      `- ${shortTitle('conditional-access')}: Ruled out at 2027-01-15 08:05 UTC`,
      qa('conditional-access', 'check-policies', 'nothing-applies'),
      `- ${shortTitle('propagation-delay')}: Fixed, but still 401 Unauthorized after the retry at 2027-01-15 09:10 UTC`,
      qa('propagation-delay', 'recent-change', 'yes'),
      `    Applied "${fixTitle}", retried at 2027-01-15 09:10 UTC: still 401 Unauthorized`,
    ]);
  });

  it('lists the causes not checked yet, in the walking order', () => {
    const start = lines.indexOf('Not checked yet');
    const rest = done.view.order.filter((id) => id !== 'conditional-access' && id !== 'propagation-delay');
    expect(rest).toHaveLength(5);
    expect(lines.slice(start + 1, start + 6)).toEqual(rest.map((id) => `- ${shortTitle(id)}`));
  });

  it('ends with the review date and the app version', () => {
    const oldest = content.causes.map((c) => c.lastReviewed).sort()[0];
    expect(lines.at(-1)).toBe(`Guidance last reviewed: ${oldest} · 401 Troubleshooter 1.2.3`);
  });
});

describe('a resolved case', () => {
  const done = run([
    [T, { type: 'BEGIN', answers: { errorText: 'error 530035.' } }],
    [T + 60, { type: 'ANSWER', answerId: 'enabled' }],
    [T + 120, { type: 'RETRY', result: 'worked' }],
  ]);
  const summary = summaryOf(done, T + 180);

  it('names the cause that fixed it', () => {
    expect(summary).toContain(`Outcome: resolved by "${shortTitle('security-defaults')}"`);
    expect(summary).toContain(`- ${shortTitle('security-defaults')}: Fixed at 2027-01-15 08:02 UTC`);
    expect(summary).toMatch(/retried at 2027-01-15 08:02 UTC: it worked$/m);
  });

  it('writes questions without markup', () => {
    // The real question is "What does **Security defaults** show?".
    expect(summary).toContain('    What does Security defaults show? → Enabled');
    expect(summary).not.toContain('**');
  });

  it('says what was not given', () => {
    expect(summary).toContain('- Worked before: not answered');
    expect(summary).toContain('- Recent change in the tenant: not answered');
    expect(summary).toContain('- Service account: not given');
    expect(summary).toContain('- Application (client) ID: not given');
  });

  it('fills placeholders with the values given', () => {
    const question = 'Does {productName} show **Enabled**?';
    const edited = structuredClone(content) as Content;
    const node = edited.causes.find((c) => c.id === 'security-defaults')?.nodes[0];
    if (node?.kind === 'check') node.question = question;
    expect(summaryOf(done, T + 180, edited)).toContain('    Does Hive show Enabled? → Enabled');
  });
});

describe('a case just begun', () => {
  const begun = run([[T, { type: 'BEGIN', answers: {} }]]);
  const summary = summaryOf(begun, T);

  it('is still troubleshooting, with nothing checked and every cause to go', () => {
    expect(summary).toContain('Outcome: still troubleshooting');
    expect(summary).toContain('- Error text: not given');
    expect(summary).toContain('Causes checked (in the order they were checked)\n- none yet');
    const notChecked = summary.split('Not checked yet\n')[1]?.split('\n\n')[0]?.split('\n');
    expect(notChecked).toEqual(content.flow.orders.unsure.map((id) => `- ${shortTitle(id)}`));
  });
});

describe('utc', () => {
  it.each([
    [0, '1970-01-01 00:00 UTC'],
    [T, '2027-01-15 08:00 UTC'],
    [T + 59, '2027-01-15 08:00 UTC'],
    [T + 86_400 * 365, '2028-01-15 08:00 UTC'],
  ])('%i → %s', (seconds, text) => {
    expect(utc(seconds)).toBe(text);
  });
});

describe('a case checked automatically', () => {
  const verdicts = {
    'legacy-auth-retirement': 'unknown',
    'propagation-delay': 'pass',
    credentials: 'pass',
    'sharepoint-legacy-auth': 'pass',
    'security-defaults': 'fail',
    'conditional-access': 'pass',
    'authentication-policy': 'pass',
  } as const;
  const done = run([
    [T, { type: 'BEGIN', answers: { workedBefore: 'no' } }],
    [T + 60, { type: 'APPLY_VERDICTS', verdicts, checkedAt: T + 30 }],
    [T + 120, { type: 'ESCALATE' }],
  ]);
  const summary = summaryOf(done, T + 180);

  it('lists each cause’s automatic verdict with the time of the check', () => {
    expect(summary).toContain(`Automatic tenant check (read-only, Microsoft Graph) at ${utc(T + 30)}`);
    expect(summary).toContain(`- ${shortTitle('security-defaults')}: failed`);
    expect(summary).toContain(`- ${shortTitle('legacy-auth-retirement')}: couldn't check`);
  });

  it('says which causes the check ruled out', () => {
    expect(summary).toContain(
      `- ${shortTitle('credentials')}: Ruled out by the automatic tenant check at ${utc(T + 30)}`,
    );
  });
});
