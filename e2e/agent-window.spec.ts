/**
 * The agent's tools (issue #5): the agent panel beside the wizard and the agent's own window (/agent),
 * which follows the wizard open in another tab of the same browser (BroadcastChannel) and shares its
 * notes (localStorage). Also the panel's share links, screen-share mode and an axe scan of /agent.
 */
import type { Page } from '@playwright/test';
import { CAUSE_IDS, type CauseId } from '../src/engine/cause-ids';
import {
  clipboardOf,
  DETAILS,
  decodeState,
  detailsIn,
  expectNoAxeViolationsOnceVisible,
  guardConsole,
  nextStep,
  notesKey,
  SCENARIO,
  say,
  stepParts,
  stepTitle,
} from './support/case-report';
import { cantCheckAnswer, cause, entryStep } from './support/content';
import { currentStep, expect, expectStep, test, withAgentToolsOpen } from './support/test';
import { SCENARIOS } from './support/verify';
import { answer, begin } from './support/wizard';

withAgentToolsOpen();

const following = (page: Page) => page.getByTestId('agent-following');
const agentPanel = (page: Page) => page.getByTestId('agent-panel');
const noteField = (page: Page) => agentPanel(page).getByLabel('Notes for this step', { exact: true });

/** Opens /agent from the wizard's "Open in its own window" link, as an agent would. */
async function openAgentWindow(page: Page, problems: string[]): Promise<Page> {
  const [agent] = await Promise.all([
    page.waitForEvent('popup'),
    agentPanel(page)
      .getByRole('link', { name: /Open in its own window/ })
      .click(),
  ]);
  guardConsole(agent, problems);
  await expect(agent).toHaveURL(/\/agent$/);
  return agent;
}

test('the agent window waits for the wizard, follows its steps, and its jumps move the wizard', async ({
  page,
  context,
}) => {
  test.slow(); // two pages (or browsers) at once, on a 2-core machine shared with other runs
  const problems: string[] = [];
  const agent = await context.newPage();
  guardConsole(agent, problems);
  await agent.goto('/agent');
  await expect(agent.getByRole('heading', { level: 1, name: 'Agent window' })).toBeVisible();
  await expect(following(agent)).toHaveText(
    'Waiting for the troubleshooter: open it in another tab or window of this browser. It shows up here from the first step on.',
  );
  await expect(agentPanel(agent)).toHaveCount(0);

  await begin(page, SCENARIO);
  const first = await nextStep(page, 'start');
  const [a, aEntry] = await stepParts(page);
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(a, aEntry)}`);
  await expect(agentPanel(agent).getByTestId('agent-script')).toHaveText(say(nodeOfSay(a, aEntry)));

  // An answer in the wizard moves the agent window along, and its path grows.
  await answer(page, cantCheckAnswer(a, aEntry));
  await nextStep(page, first);
  const [b, bEntry] = await stepParts(page);
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(b, bEntry)}`);
  await expect(agentPanel(agent).getByTestId('agent-path').locator('li')).toHaveCount(2);
  await expect(agentPanel(agent).getByTestId('agent-path')).toContainText(`${stepTitle(a, aEntry)}: `);

  // The jump buttons are numbered as the wizard's cause list.
  const order = await page
    .locator('nav li[data-cause-id]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-cause-id') ?? ''));
  expect([...order].sort()).toEqual([...CAUSE_IDS].sort());
  const jumps = agentPanel(agent).getByTestId('agent-jumps').getByRole('button');
  await expect(jumps).toHaveText(
    order.map((id, i) => new RegExp(`^${i + 1}${escapeRegExp(cause(id as CauseId).shortTitle)}`)),
  );
  await expect(jumps.nth(order.indexOf(a))).toContainText("couldn't check");
  await expect(jumps.nth(order.indexOf(b))).toHaveAttribute('aria-current', 'step');

  // A jump in the agent window moves the wizard's tab.
  const target = order.at(-1) as CauseId;
  expect([a, b]).not.toContain(target);
  await jumps.nth(order.length - 1).click();
  await expectStep(page, entryStep(target));
  await expect(page.locator(`nav [data-cause-id="${target}"] a`)).toHaveAttribute('aria-current', 'step');
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(target, cause(target).entry)}`);
  expect(decodeState(page.url()).l.at(-1)?.[0]).toBe('j');

  // The jumps beside the wizard move it too, and so does the browser's Back (the agent follows both).
  await agentPanel(page)
    .getByTestId('agent-jumps')
    .getByRole('button', { name: new RegExp(escapeRegExp(cause(a).shortTitle)) })
    .click();
  await expectStep(page, entryStep(a));
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(a, aEntry)}`);
  await page.goBack();
  await expectStep(page, entryStep(target));
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(target, cause(target).entry)}`);

  // Back at the start, before a session exists: nothing to take notes on yet.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expectStep(page, 'start');
  await expect(following(agent)).toHaveText('The customer sees: The start: what happened');
  await expect(agentPanel(agent)).toContainText('Notes can be taken once the troubleshooting has started.');
  await expect(agentPanel(page)).toContainText('Notes can be taken once the troubleshooting has started.');
  expect(problems).toEqual([]);
});

test('notes typed in either window show in the other, are stored per session and step, and reach the report', async ({
  page,
  context,
}) => {
  test.slow(); // two pages (or browsers) at once, on a 2-core machine shared with other runs
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  await begin(page, SCENARIO);
  const first = await nextStep(page, 'start');
  const [a, aEntry] = await stepParts(page);
  const agent = await openAgentWindow(page, problems);
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(a, aEntry)}`);

  await noteField(agent).fill('Typed in the agent window');
  await expect(noteField(page)).toHaveValue('Typed in the agent window');
  await noteField(page).fill('');
  await noteField(page).pressSequentially('Typed beside the wizard');
  await expect(noteField(agent)).toHaveValue('Typed beside the wizard');
  const stored = await agent.evaluate((key) => localStorage.getItem(key), notesKey(page.url()));
  expect(JSON.parse(stored ?? 'null')).toEqual({ [first]: 'Typed beside the wizard' });

  // Another step has its own note; the first one comes back with its step.
  await answer(page, cantCheckAnswer(a, aEntry));
  await nextStep(page, first);
  const [b, bEntry] = await stepParts(page);
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(b, bEntry)}`);
  await expect(noteField(agent)).toHaveValue('');
  await noteField(agent).fill('Second step note');
  await expect(noteField(page)).toHaveValue('Second step note');

  // The agent window's report has both notes, and the tenant details (it is the agent's own screen).
  await agent.getByTestId('case-report-actions').getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
  await expect.poll(() => clipboardOf(agent)).toContain('## Notes');
  const markdown = await clipboardOf(agent);
  expect(markdown).toContain(`### ${stepTitle(a, aEntry)}\n\n> Typed beside the wizard`);
  expect(markdown).toContain(`### ${stepTitle(b, bEntry)}\n\n> Second step note`);
  expect(markdown).toContain(`- Service account: ${DETAILS.email}`);
  expect(markdown).toContain('Outcome: still troubleshooting, at ');

  // Cleared in one window, gone in the other (and from storage).
  await noteField(page).fill('');
  await expect(noteField(agent)).toHaveValue('');
  expect(problems).toEqual([]);
});

test('in screen-share mode the wizard hides the agent tools while the agent window still shows the details', async ({
  page,
  context,
}) => {
  test.slow(); // two pages (or browsers) at once, on a 2-core machine shared with other runs
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  await begin(page, SCENARIO);
  await nextStep(page, 'start');
  const [a, aEntry] = await stepParts(page);
  // The error's AADSTS code puts Conditional Access first; its script names the service account.
  expect(`${a}/${aEntry}`).toBe(entryStep('conditional-access'));
  await expect(agentPanel(page).getByTestId('agent-script')).toContainText(DETAILS.email);
  const agent = await openAgentWindow(page, problems);
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(a, aEntry)}`);

  await page.getByRole('button', { name: 'Screen-share mode' }).click();
  await expect(agentPanel(page)).toHaveCount(0);
  await expect(page.locator('#root')).not.toContainText(DETAILS.email);

  // The agent's own window is not shared: script, report and its Hide tenant details stay as they were.
  await expect(agentPanel(agent)).toBeVisible();
  await expect(agentPanel(agent).getByTestId('agent-script')).toContainText(DETAILS.email);
  const actions = agent.getByTestId('case-report-actions');
  const hide = actions.getByRole('checkbox', { name: 'Hide tenant details' });
  await expect(hide).toBeEnabled();
  await expect(hide).not.toBeChecked();
  await actions.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
  await expect.poll(() => clipboardOf(agent)).toContain(`- Service account: ${DETAILS.email}`);
  await expect.poll(async () => detailsIn(await clipboardOf(agent))).toContain(DETAILS.appId);

  // It still follows the wizard in screen-share mode.
  await answer(page, cantCheckAnswer(a, aEntry));
  await nextStep(page, `${a}/${aEntry}`);
  const [b, bEntry] = await stepParts(page);
  await expect(following(agent)).toHaveText(`The customer sees: ${stepTitle(b, bEntry)}`);
  expect(problems).toEqual([]);
});

test('share links: without answers keeps the step but nothing typed, with answers keeps everything, notes in neither', async ({
  page,
  context,
  browser,
}) => {
  test.slow(); // two pages (or browsers) at once, on a 2-core machine shared with other runs
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await begin(page, SCENARIO);
  const first = await nextStep(page, 'start');
  await noteField(page).fill('A private note');
  await expect(noteField(page)).toHaveValue('A private note');
  const here = decodeState(page.url());
  expect(here.a).toMatchObject({ m: DETAILS.email, p: DETAILS.appId });

  const share = agentPanel(page);
  const copyLink = async (name: string) => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await share.getByRole('button', { name, exact: true }).click();
    await expect.poll(() => clipboardOf(page)).not.toBe('');
    return clipboardOf(page);
  };

  const without = await copyLink('Copy link without answers');
  expect(new URL(without).origin).toBe(new URL(page.url()).origin);
  expect(new URL(without).pathname).toBe(new URL(page.url()).pathname);
  const bare = decodeState(without);
  expect(bare).toEqual({ v: 1, a: {}, l: here.l });
  const bareText = `${without} ${JSON.stringify(bare)}`;
  expect(detailsIn(bareText)).toEqual([]);
  expect(bareText).not.toContain('53003');
  expect(bareText).not.toContain('private note');

  const withAnswers = await copyLink('Copy link with answers');
  expect(withAnswers).toBe(page.url());
  expect(JSON.stringify(decodeState(withAnswers))).not.toContain('private note');

  // Both links in a browser that has never seen this session.
  const fresh = await browser.newContext();
  // Another agent's browser: the agent tools are open there too.
  await fresh.addInitScript(() => localStorage.setItem('401-troubleshooter.agent-tools', '1'));
  const problems: string[] = [];
  try {
    const other = await fresh.newPage();
    guardConsole(other, problems);
    await other.goto(without);
    await expectStep(other, first);
    await expect(agentPanel(other).getByTestId('agent-script')).toContainText('<service account email>');
    await expect(other.locator('#root')).not.toContainText(DETAILS.email);
    await expect(noteField(other)).toHaveValue('');
    await other.getByRole('button', { name: 'Back' }).click();
    await expectStep(other, 'start');
    await expect(other.getByLabel('What error do you see?')).toHaveValue('');
    await expect(other.getByLabel('Service account email')).toHaveValue('');
    await expect(other.getByLabel('Application (client) ID')).toHaveValue('');

    await other.goto(withAnswers);
    await expectStep(other, first);
    await expect(agentPanel(other).getByTestId('agent-script')).toContainText(DETAILS.email);
    await expect(noteField(other)).toHaveValue('');
    await other.getByRole('button', { name: 'Back' }).click();
    await expectStep(other, 'start');
    await expect(other.getByLabel('What error do you see?')).toHaveValue(SCENARIO.error ?? '');
    await expect(other.getByLabel('Service account email')).toHaveValue(DETAILS.email);
    await expect(other.getByLabel('Application (client) ID')).toHaveValue(DETAILS.appId);
  } finally {
    await fresh.close();
  }
  expect(problems).toEqual([]);
});

test("a tenant check's evidence in the wizard's tab reaches the agent window's report", async ({ page, context }) => {
  test.slow(); // two pages (or browsers) at once, on a 2-core machine shared with other runs
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  const sample = SCENARIOS[0];
  if (!sample) throw new Error('no sample tenants');
  await begin(page, SCENARIO);
  await nextStep(page, 'start');
  await page
    .locator('main')
    .getByRole('link', { name: /Check my tenant/ })
    .click();
  await page.getByRole('button', { name: 'Try it with a sample tenant' }).click();
  await page.getByLabel('Sample tenant').selectOption(sample.id);
  await page
    .getByRole('form', { name: 'What to check' })
    .getByRole('button', { name: /^Check (my tenant|again with these answers)$/ })
    .click();
  await expect(page.getByTestId('verify-board')).toContainText(`Sample data: ${sample.title}`);
  await page.getByTestId('verify-board').getByRole('link', { name: 'Continue with these results' }).click();
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  expect(decodeState(page.url()).l.some((entry) => entry[0] === 'v')).toBe(true);

  const agent = await openAgentWindow(page, problems);
  await expect(following(agent)).toContainText('The customer sees: ');
  await agent.getByTestId('case-report-actions').getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
  await expect.poll(() => clipboardOf(agent)).toContain('## Notes');
  const markdown = await clipboardOf(agent);
  expect(markdown).toContain(`· sample data: ${sample.title}`);
  expect(markdown).toMatch(/- Automatic check at .*\n {2}- (Failed|Passed|Couldn't check).*Source: `/);
  expect(markdown).not.toContain('The evidence stayed in the browser tab that ran the check.');
  expect(problems).toEqual([]);
});

test('the agent window passes axe, waiting and following the wizard', async ({ page, context }) => {
  test.slow(); // two pages (or browsers) at once, on a 2-core machine shared with other runs
  const problems: string[] = [];
  const agent = await context.newPage();
  guardConsole(agent, problems);
  await agent.goto('/agent');
  await expectNoAxeViolationsOnceVisible(agent, following(agent));

  await begin(page, SCENARIO);
  await nextStep(page, 'start');
  const [a, aEntry] = await stepParts(page);
  await noteField(page).fill('A note');
  await answer(page, cantCheckAnswer(a, aEntry));
  await nextStep(page, `${a}/${aEntry}`);
  await expect(agentPanel(agent).getByTestId('agent-path').locator('li')).toHaveCount(2);
  await expectNoAxeViolationsOnceVisible(agent, agentPanel(agent));
  expect(problems).toEqual([]);
});

function nodeOfSay(causeId: CauseId, nodeId: string): string {
  return cause(causeId).nodes.find((n) => n.id === nodeId)?.say ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
