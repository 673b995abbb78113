/**
 * The case report (issue #5) on the resolved and escalate steps: Copy as Markdown, the .md and .json
 * downloads (the JSON checked against the report's zod schema), Hide tenant details, the printed page,
 * screen-share mode, and the report in the support email.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { caseReportSchema } from '../src/engine/case-report-schema';
import type { CauseId } from '../src/engine/cause-ids';
import {
  clipboardOf,
  DETAILS,
  decodeState,
  detailsIn,
  downloadOf,
  ERROR_TEXT,
  expectNoAxeViolationsOnceVisible,
  nextStep,
  nodeOf,
  notesKey,
  SCENARIO,
  say,
  stepParts,
} from './support/case-report';
import { cantCheckAnswer, cause, content, labelsToFirstFix, ruledOutAnswer } from './support/content';
import { expect, expectStep, test, withAgentToolsOpen } from './support/test';
import { answer, begin } from './support/wizard';

withAgentToolsOpen();

const ROOT = join(import.meta.dirname, '..');
const APP_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** The JSON Schema generated from caseReportSchema, as published in docs/. */
const JSON_SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs/case-report.schema.json'), 'utf8')) as {
  required: string[];
  properties: Record<string, unknown>;
};
const CONTENT_REVIEWED = content.causes.map((c) => c.lastReviewed).sort()[0] ?? '';
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The question and answer of a check step as the report lists them. */
function choiceLine(causeId: CauseId, nodeId: string, answerId: string): string {
  const node = nodeOf(causeId, nodeId);
  if (node.kind !== 'check') throw new Error(`${causeId}/${nodeId} is not a check`);
  const label = node.answers.find((a) => a.id === answerId)?.label ?? answerId;
  return `- ${say(node.question)} → ${say(label)}`;
}

function panelOf(page: Page) {
  const panel = page.getByTestId('case-report-panel');
  return {
    panel,
    preview: panel.getByTestId('case-report'),
    button: (name: string) => panel.getByRole('button', { name, exact: true }),
    hide: panel.getByRole('checkbox', { name: 'Hide tenant details' }),
  };
}

/** The agent panel's note field, once the panel (a lazy chunk) is there. */
function noteField(page: Page) {
  return page.getByTestId('agent-panel').getByLabel('Notes for this step', { exact: true });
}

test('resolved: the report copies, downloads as .md and valid .json, and prints on its own', async ({
  page,
  context,
}, testInfo) => {
  test.slow(); // a walk through two causes, two downloads and a print screenshot on a 2-core machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const startedAt = Date.now() - 1000;
  await begin(page, SCENARIO);

  // Cause A: a note on its first step, then ruled out there.
  const firstStep = await nextStep(page, 'start');
  const [a, aEntry] = await stepParts(page);
  const note = `Customer is on the phone; checked ${cause(a).shortTitle} together.\nSecond line of the note.`;
  await noteField(page).fill(note);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), notesKey(page.url())))
    .toBe(JSON.stringify({ [firstStep]: note }));
  const ruleOut = ruledOutAnswer(a, aEntry);
  expect(ruleOut, `${firstStep} can rule its cause out`).toBeDefined();
  await answer(page, ruleOut ?? '');

  // Cause B: to its first fix, and it worked.
  let step = await nextStep(page, firstStep);
  const [b] = await stepParts(page);
  expect(b).not.toBe(a);
  const toFix = labelsToFirstFix(b);
  for (const { answerId } of toFix) {
    await answer(page, answerId);
    step = await nextStep(page, step);
  }
  const [, fixNode] = await stepParts(page);
  const fixTitle = say(nodeOf(b, fixNode).title);
  await page.getByRole('button', { name: 'Yes, it works now' }).click();
  await expectStep(page, 'resolved');

  const { preview, button } = panelOf(page);
  const outcome = `Outcome: resolved by "${cause(b).shortTitle}" (fix: ${fixTitle})`;
  for (const line of [
    outcome,
    `- Error text: ${ERROR_TEXT}`,
    '- Recognised: AADSTS53003',
    '- Worked before: Yes',
    `- Service account: ${DETAILS.email}`,
    `- Application (client) ID: ${DETAILS.appId}`,
    `- App version: 401 Troubleshooter ${APP_VERSION}`,
    `- Content reviewed: ${CONTENT_REVIEWED}`,
    'Ruled out: 1 · Fixed: 1',
    `### ${cause(a).number}. ${cause(a).shortTitle}: Ruled out at `,
    choiceLine(a, aEntry, ruleOut ?? ''),
    `### ${cause(b).number}. ${cause(b).shortTitle}: Fixed at `,
    ...toFix.map(({ nodeId, answerId }) => choiceLine(b, nodeId, answerId)),
    `- Applied "${fixTitle}", retried at `,
    '## Path',
    ' · began · Start · ',
    ' · retried · ',
    '## Notes',
    `### ${cause(a).shortTitle}: ${say(nodeOf(a, aEntry).title)}\n\n> Customer is on the phone; checked ${cause(a).shortTitle} together.\n> Second line of the note.`,
  ]) {
    await expect(preview).toContainText(line);
  }
  const markdown = (await preview.textContent()) ?? '';

  // (a) Copy as Markdown: exactly the preview.
  await button('Copy as Markdown').click();
  await expect.poll(() => clipboardOf(page)).toBe(markdown);

  // (b) The downloads: the same Markdown, and JSON that fits the schema.
  const md = await downloadOf(page, button('Download .md'));
  expect(md.name).toMatch(/^401-case-report-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
  expect(md.text).toBe(markdown);

  const json = await downloadOf(page, button('Download .json'));
  expect(json.name).toMatch(/^401-case-report-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const raw: unknown = JSON.parse(json.text);
  const parsed = caseReportSchema.safeParse(raw);
  expect(parsed.error?.issues ?? [], 'the JSON fits caseReportSchema').toEqual([]);
  const report = caseReportSchema.parse(raw);
  // The published JSON Schema describes the same fields.
  expect(Object.keys(report).sort()).toEqual(Object.keys(JSON_SCHEMA.properties).sort());
  for (const key of JSON_SCHEMA.required) expect(report).toHaveProperty(key);

  expect(report.schemaVersion).toBe(1);
  expect(report.app).toEqual({ name: '401 Troubleshooter', version: APP_VERSION });
  expect(report.contentReviewed).toBe(CONTENT_REVIEWED);
  expect(report.redacted).toBe(false);
  expect(report.outcome).toEqual({
    kind: 'resolved',
    causeId: b,
    causeTitle: cause(b).shortTitle,
    fix: { step: fixNode, title: fixTitle },
  });
  expect(report.answers).toMatchObject({
    errorText: ERROR_TEXT,
    recognised: { code: 53003 },
    workedBefore: 'yes',
    serviceAccount: DETAILS.email,
    applicationId: DETAILS.appId,
  });
  expect(report.ruledOut).toEqual([a]);
  expect(report.causes.map((c) => c.id).slice(0, 2)).toEqual([a, b]);
  expect(report.causes.map((c) => c.status).slice(0, 2)).toEqual(['ruled-out', 'fixed']);
  expect(report.causes.find((c) => c.id === b)?.retries.map((r) => r.result)).toEqual(['worked']);
  expect(report.notes).toEqual([
    { step: firstStep, title: `${cause(a).shortTitle}: ${say(nodeOf(a, aEntry).title)}`, text: note },
  ]);
  expect(report.path.map((p) => p.event)).toEqual(['began', 'answered', ...toFix.map(() => 'answered'), 'retried']);
  for (const time of [report.generatedAt, ...report.path.map((p) => p.at)]) {
    expect(time).toMatch(ISO_UTC);
    expect(Date.parse(time)).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
    expect(Date.parse(time)).toBeLessThanOrEqual(Date.now());
  }

  // (d) Print: the button calls the browser's print; in print media only the report is there.
  await page.evaluate(() => {
    const w = window as unknown as { prints: number };
    w.prints = 0;
    window.print = () => {
      w.prints++;
    };
  });
  await button('Print or save as PDF').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);

  const printed = page.locator('[data-testid="printed-report"]:visible');
  await expect(printed).toHaveCount(0); // never on screen
  await page.emulateMedia({ media: 'print' });
  await expect(printed).toHaveCount(1); // one, even with the agent panel's report on the page too
  await expect(page.locator('#root')).toBeHidden();
  await expect(printed).toContainText(outcome);
  await expect(printed).toContainText(`Content reviewed${CONTENT_REVIEWED}`);
  await expect(printed).toContainText(`App version401 Troubleshooter ${APP_VERSION}`);
  await expect(printed.locator('.note')).toHaveText(note);
  await expect(printed).toContainText(DETAILS.email);
  const shot = testInfo.outputPath('printed-report.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('printed report', { path: shot, contentType: 'image/png' });

  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toHaveCount(0);
  await expect(page.locator('#root')).toBeVisible();
});

test('escalate: Hide tenant details, the support email, screen-share mode, and no axe violations', async ({
  page,
  context,
}) => {
  test.slow(); // two axe scans and a download on a 2-core machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await begin(page, SCENARIO);
  const firstStep = await nextStep(page, 'start');
  const [a, aEntry] = await stepParts(page);
  await answer(page, cantCheckAnswer(a, aEntry));
  const secondStep = await nextStep(page, firstStep);
  const [second] = await stepParts(page);
  const note = `Called from ${DETAILS.ip} about ${DETAILS.email} on ${DETAILS.domain}.`;
  await noteField(page).fill(note);
  await expect(noteField(page)).toHaveValue(note);
  await page.locator('main').getByRole('link', { name: 'Contact support' }).click();
  await expectStep(page, 'escalate');
  expect(decodeState(page.url()).l.at(-1)?.[0]).toBe('x');

  const { preview, button, hide } = panelOf(page);
  await expect(preview).toContainText('Outcome: escalated to support');
  await expect(preview).toContainText(`Couldn't check: 1 · Not checked: ${content.causes.length - 1}`);
  await expect(preview).toContainText(`> ${note}`);
  const full = (await preview.textContent()) ?? '';
  // Every detail is there to hide, so the checks below can fail.
  expect(detailsIn(full)).toEqual([...Object.values(DETAILS), 'northwind', 'tailspin']);

  // The support email carries the report (its "Generated" minute may have turned since).
  const withoutGenerated = (text: string) => text.replace(/^- Generated: .*$/m, '');
  const href = (await page.getByRole('link', { name: 'Email support@example.com' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:support@example\.com\?subject=/);
  const body = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body') ?? '';
  expect(withoutGenerated(body)).toBe(withoutGenerated(full));

  await expectNoAxeViolationsOnceVisible(page, preview);

  // (c) Hide tenant details: preview, copy and JSON without any of them; both panels agree.
  await expect(hide).not.toBeChecked();
  await hide.check();
  await expect(
    page.getByTestId('case-report-actions').getByRole('checkbox', { name: 'Hide tenant details' }),
  ).toBeChecked();
  await expect(preview).toContainText('- Service account: [email hidden]');
  await expect(preview).toContainText('- Application (client) ID: [ID hidden]');
  await expect(preview).toContainText('[IP hidden]');
  await expect(preview).toContainText('[domain hidden]');
  await expect(preview).toContainText('- Tenant details hidden');
  await expect(preview).toContainText('> Called from [IP hidden] about [email hidden] on [domain hidden].');
  const hidden = (await preview.textContent()) ?? '';
  expect(detailsIn(hidden)).toEqual([]);

  await button('Copy as Markdown').click();
  await expect.poll(() => clipboardOf(page)).toBe(hidden);

  const json = await downloadOf(page, button('Download .json'));
  expect(json.name).toMatch(/^401-case-report-\d{4}-\d{2}-\d{2}-\d{4}-redacted\.json$/);
  expect(detailsIn(json.text)).toEqual([]);
  const report = caseReportSchema.parse(JSON.parse(json.text));
  expect(report.redacted).toBe(true);
  expect(report.outcome).toEqual({ kind: 'escalated' });
  expect(report.answers.serviceAccount).toBe('[email hidden]');
  expect(report.answers.applicationId).toBe('[ID hidden]');
  expect(report.notes).toEqual([
    {
      step: secondStep,
      title: expect.stringContaining(`${cause(second).shortTitle}: `),
      text: 'Called from [IP hidden] about [email hidden] on [domain hidden].',
    },
  ]);

  // Screen-share mode: the redacted report is forced, and the agent's tools leave the screen.
  await hide.uncheck();
  await expect(preview).toContainText(DETAILS.email);
  await page.getByRole('button', { name: 'Screen-share mode' }).click();
  await expect(hide).toBeChecked();
  await expect(hide).toBeDisabled();
  await expect(panelOf(page).panel).toContainText('Always hidden while the screen is shared.');
  await expect(page.getByTestId('agent-panel')).toHaveCount(0);
  await expect(preview).toContainText('- Service account: [email hidden]');
  expect(detailsIn((await preview.textContent()) ?? '')).toEqual([]);
  const sharedHref = (await page.getByRole('link', { name: 'Email support@example.com' }).getAttribute('href')) ?? '';
  expect(detailsIn(decodeURIComponent(sharedHref))).toEqual([]);
});
