/**
 * Screen-share mode (issue #5): turned on by the header, by P or by a `?present=1` link, remembered on
 * the device; while it is on no tenant detail the user typed is anywhere on the page, and instructions
 * come one at a time. The keyboard shortcuts are in shortcuts.spec.ts.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { cause, entryStep } from './support/content';
import {
  expectNoAxeViolations,
  expectPresent,
  exposedValues,
  PRESENT_KEY,
  turnPresentOff,
  turnPresentOn,
} from './support/screen-share';
import { currentStep, expect, expectStep, test, withAgentToolsOpen } from './support/test';
import { answer, begin, causeInList } from './support/wizard';

withAgentToolsOpen();

const ACCOUNT = 'svc-backup@contoso.com';
/** Typed in capitals: the app keeps it in lower case, and the scan must catch either. */
const APP_ID = '3F2504E0-4F89-41D3-9A0C-0305E82C3301';
const TRACE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const IP = '198.51.100.23';
const PROVIDER_RANGE = '203.0.113.0/24';
const ERROR = [
  'The remote server returned an error: (401) Unauthorized.',
  `AADSTS50126: Error validating credentials due to invalid username or password. Trace ID: ${TRACE_ID}`,
  `Client IP: ${IP}, server mail.contoso.com`,
].join('\n');
const NOTE = `Customer's admin is admin@contoso.com, firewall at ${IP}.`;
/** Everything that must never show on a shared screen. "contoso" covers the domain, the mail host and the emails. */
const SECRETS = [ACCOUNT, 'svc-backup', 'contoso', APP_ID, TRACE_ID, IP, '203.0.113'];
/** The app's own example address ("such as `backup@contoso.com`" in the credentials cause), not a tenant detail. */
const EXAMPLE_ADDRESS = /(?<![\w.-])backup@contoso\.com/;
const exposed = (page: Page) => exposedValues(page, SECRETS, EXAMPLE_ADDRESS);

/** The site lists the backup provider's IP ranges, so {providerIpRanges} has something to fill in. */
async function withProviderRanges(context: BrowserContext) {
  await context.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const json = { ...(await response.json()), providerIpRanges: [PROVIDER_RANGE] };
    await route.fulfill({ response, json });
  });
}

async function expectNothingExposed(page: Page) {
  expect(await exposed(page), 'tenant details on the shared screen').toEqual([]);
}

/** The control: with the mode off the same scan finds these, so the scan above can fail. */
async function expectExposedWhenOff(page: Page, found: readonly string[]) {
  await turnPresentOff(page);
  await expect.poll(() => exposed(page)).toEqual(expect.arrayContaining([...found]));
  await turnPresentOn(page);
  await expectNothingExposed(page);
}

/**
 * Pages through every paged instruction list on screen, scanning each instruction as it shows. Returns
 * the text the main area showed along the way and how many screenshots it showed.
 */
async function scanEveryInstruction(page: Page): Promise<{ text: string; screenshots: number }> {
  const main = page.locator('main');
  const screenshots = page.locator('main figure[data-screenshot] > button img');
  let text = (await main.textContent()) ?? '';
  let shots = await screenshots.count();
  await expectNothingExposed(page);
  const pagers = page.getByTestId('instruction-pager');
  const count = await pagers.count();
  for (let p = 0; p < count; p++) {
    const pager = pagers.nth(p);
    const total = Number((await pager.textContent())?.match(/Instruction \d+ of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(1);
    for (let i = 2; i <= total; i++) {
      await pager.getByRole('button', { name: 'Next instruction' }).click();
      await expect(pager).toContainText(`Instruction ${i} of ${total}`);
      text += `\n${await main.textContent()}`;
      shots += await screenshots.count();
      await expectNothingExposed(page);
    }
    await expect(pager.getByRole('button', { name: 'Next instruction' })).toBeDisabled();
  }
  return { text, screenshots: shots };
}

async function jumpTo(page: Page, causeId: Parameters<typeof entryStep>[0]) {
  await causeInList(page, causeId).getByRole('link').click();
  await expectStep(page, entryStep(causeId));
}

test('start step in screen-share mode: the typed details show masked and read-only', async ({ page }) => {
  await begin(page, { error: ERROR, worked: 'Yes, it worked before', account: ACCOUNT, appId: APP_ID });
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  await turnPresentOn(page);
  await expectNothingExposed(page);

  // Back to the start step: the form holds what was typed, hidden.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectStep(page, 'start');
  const accountBox = page.getByLabel('Service account email');
  const boxes = [page.getByLabel('What error do you see?'), accountBox, page.getByLabel('Application (client) ID')];
  for (const box of boxes) {
    await expect(box).toHaveValue('••••••••');
    await expect(box).not.toBeEditable();
  }
  await expect(page.getByText('Details are hidden while the screen is shared.')).toBeVisible();
  await expectNothingExposed(page);

  // The hidden values are still the answers: going on keeps them (the commands name them, hidden too).
  await page.getByRole('button', { name: /^(Find the cause|Start with)/ }).click();
  await jumpTo(page, 'legacy-auth-retirement');
  expect((await scanEveryInstruction(page)).text).toContain('[application ID]');

  // The control: back on the start step with the mode off, the scan finds every value.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectStep(page, 'start');
  await expectNothingExposed(page);
  await turnPresentOff(page);
  await expect(accountBox).toHaveValue(ACCOUNT);
  await expect(accountBox).toBeEditable();
  await expect.poll(() => exposed(page)).toEqual(expect.arrayContaining([ACCOUNT, 'contoso', APP_ID, TRACE_ID, IP]));

  // A fresh visit to the first page lists this session under "Recent sessions": hidden there too.
  await turnPresentOn(page);
  await page.goto('/');
  await expectStep(page, 'start');
  await expect(page.getByRole('link', { name: /^Reopen session/ }).first()).toBeVisible();
  await expectNothingExposed(page);
});

test('cause steps, a screenshot and escalate in screen-share mode: no tenant detail in text, attributes or fields', async ({
  page,
  context,
}) => {
  test.slow(); // four steps, each scanned once per instruction and once with the mode off
  await withProviderRanges(context);
  await begin(page, { error: ERROR, worked: 'Yes, it worked before', account: ACCOUNT, appId: APP_ID });
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  await turnPresentOn(page);
  await expectNothingExposed(page);

  // A check whose instructions name the app ID, with a screenshot.
  await jumpTo(page, 'legacy-auth-retirement');
  await expect(page.getByTestId('agent-panel')).toHaveCount(0);
  await expect(page.getByTestId('instruction-pager')).toBeVisible();
  let seen = await scanEveryInstruction(page);
  expect(seen.text).toContain('[application ID]');
  expect(seen.screenshots, 'a screenshot among the instructions').toBeGreaterThan(0);
  // The agent writes a note with details while the screen is not shared: it goes into the report.
  await turnPresentOff(page);
  await expect(page.getByTestId('agent-panel')).toBeVisible();
  await page.getByLabel('Notes for this step').fill(NOTE);
  await turnPresentOn(page);
  await expect(page.getByTestId('agent-panel')).toHaveCount(0);
  await expectExposedWhenOff(page, [APP_ID, 'contoso', IP]);

  // Its fix, with the app ID in the commands to copy.
  await answer(page, 'true-not-listed');
  await expectStep(page, 'legacy-auth-retirement/fix-allow-list');
  seen = await scanEveryInstruction(page);
  expect(seen.text).toContain('[application ID]');
  await expectExposedWhenOff(page, [APP_ID]);

  // A fix that names the service account and the provider's IP ranges.
  await jumpTo(page, 'conditional-access');
  await answer(page, 'policy-blocks');
  await expectStep(page, 'conditional-access/fix');
  seen = await scanEveryInstruction(page);
  expect(seen.text).toContain('[service account]');
  expect(seen.text).toContain('[provider IP ranges]');
  await expectExposedWhenOff(page, [ACCOUNT, '203.0.113']);

  // Escalate: the report on screen and the one in the email are the redacted ones.
  await page.getByRole('link', { name: /Contact support/ }).click();
  await expectStep(page, 'escalate');
  const report = page.getByTestId('case-report');
  await expect(report).toContainText('- Service account: [email hidden]');
  await expect(report).toContainText('[IP hidden]');
  await expect(page.getByRole('checkbox', { name: 'Hide tenant details' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Hide tenant details' })).toBeDisabled();
  const mail = page.getByRole('link', { name: /^Email / });
  expect(decodeURIComponent((await mail.getAttribute('href')) ?? '')).toContain('[email hidden]');
  await expectNothingExposed(page);
  await expectExposedWhenOff(page, [ACCOUNT, APP_ID, TRACE_ID, IP, 'contoso']);
  await turnPresentOff(page);
  expect(decodeURIComponent((await mail.getAttribute('href')) ?? '')).toContain(ACCOUNT);
});

test('a ?present=1 link turns it on; it survives a reload and holds in every tab', async ({ page, context }) => {
  await page.goto('/?present=1');
  await expectPresent(page, true);
  expect(await page.evaluate((key) => localStorage.getItem(key), PRESENT_KEY)).toBe('1');
  // Larger type (and so larger click targets): the root font size is 112.5%.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px');

  await page.goto('/causes/credentials');
  await expectPresent(page, true);
  await page.reload();
  await expectPresent(page, true);
  await expect(page.getByTestId('instruction-pager')).toBeVisible();

  // Another tab of the same browser opens in screen-share mode too, and follows when it is turned off.
  const other = await context.newPage();
  await other.goto('/causes/security-defaults');
  await expectPresent(other, true);
  await turnPresentOff(page);
  await expectPresent(other, false);
  expect(await page.evaluate((key) => localStorage.getItem(key), PRESENT_KEY)).toBeNull();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
  // And turned on in one tab, the other follows as well.
  await turnPresentOn(other);
  await expectPresent(page, true);
  await other.close();
});

test('turning it off asks first: Keep hidden keeps it on, Show details turns it off', async ({ page }) => {
  await page.goto('/causes/credentials');
  await expectPresent(page, false);
  await expect(page.getByTestId('agent-panel')).toBeVisible();
  await turnPresentOn(page);
  await expect(page.getByTestId('agent-panel')).toHaveCount(0);

  const question = page.getByText('Show tenant details? Everyone watching will see them.');
  await page.getByRole('button', { name: 'Turn off' }).click();
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep hidden' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep hidden' }).click();
  await expect(question).toBeHidden();
  await expectPresent(page, true);

  // Reloading keeps it on; P asks the same question rather than turning it off.
  await page.reload();
  await expectPresent(page, true);
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('p');
  await expect(question).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep hidden' })).toBeFocused();
  await page.keyboard.press('Enter'); // Keep hidden
  await expect(question).toBeHidden();
  await expectPresent(page, true);

  await page.getByRole('button', { name: 'Turn off' }).click();
  await page.getByRole('button', { name: 'Show details' }).click();
  await expectPresent(page, false);
  await expect(page.getByTestId('agent-panel')).toBeVisible();
  await page.reload();
  await expectPresent(page, false);
});

test('instructions show one at a time with a pager, each brought into view; all at once with the mode off', async ({
  page,
}) => {
  const node = cause('legacy-auth-retirement').nodes.find((n) => n.id === cause('legacy-auth-retirement').entry);
  const ids = node && 'steps' in node && node.steps ? node.steps.map((s) => s.id) : [];
  expect(ids.length).toBeGreaterThan(2);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/causes/legacy-auth-retirement');
  await expectStep(page, entryStep('legacy-auth-retirement'));
  const shown = page.locator('main [data-instruction-id]');
  await expect(shown).toHaveCount(ids.length);
  await expect(page.getByTestId('instruction-pager')).toHaveCount(0);

  await page.keyboard.press('p');
  await expectPresent(page, true);
  const pager = page.getByTestId('instruction-pager');
  const previous = pager.getByRole('button', { name: 'Previous' });
  const next = pager.getByRole('button', { name: 'Next instruction' });
  // The first instruction is below the cause's explanation, out of view at this size.
  await expect(shown).not.toBeInViewport();
  for (const [i, id] of ids.entries()) {
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute('data-instruction-id', id);
    await expect(shown).toContainText(String(i + 1)); // its number, as in the full list
    await expect(pager).toContainText(`Instruction ${i + 1} of ${ids.length}`);
    if (i > 0) await expect(shown).toBeInViewport(); // also a short one after one with a screenshot
    if (i === 0) await expect(previous).toBeDisabled();
    else await expect(previous).toBeEnabled();
    if (i === 0) {
      // The agent moves on with N from the top of the page: the customer sees the instruction it shows.
      await page.getByRole('heading', { level: 1 }).click();
      await page.keyboard.press('n');
    } else if (i < ids.length - 1) await next.click();
  }
  await expect(next).toBeDisabled();
  // The button that took the focus there is disabled now: the focus is on the other one, not lost.
  await expect(previous).toBeFocused();
  for (let i = ids.length - 2; i >= 0; i--) {
    await previous.click();
    await expect(shown).toHaveAttribute('data-instruction-id', ids[i] ?? '');
    await expect(pager).toContainText(`Instruction ${i + 1} of ${ids.length}`);
    await expect(shown).toBeInViewport();
  }
  await expect(previous).toBeDisabled();
  await expect(next).toBeFocused();
  // The question below the instructions stays on the page throughout.
  await expect(page.locator('main [data-answer-id]').first()).toBeVisible();
});

test('what the customer sees at 1280×720: a cause step in screen-share mode', async ({ page, context }, testInfo) => {
  await withProviderRanges(context);
  await page.setViewportSize({ width: 1280, height: 720 });
  await begin(page, { error: ERROR, worked: 'Yes, it worked before', account: ACCOUNT, appId: APP_ID });
  await jumpTo(page, 'legacy-auth-retirement');
  await page.keyboard.press('p');
  await expectPresent(page, true);
  const pager = page.getByTestId('instruction-pager');
  // The instruction with the screenshot and the command.
  await pager.getByRole('button', { name: 'Next instruction' }).click();
  await pager.getByRole('button', { name: 'Next instruction' }).click();
  await expect(pager).toContainText('Instruction 3 of');
  const picture = page.locator('main figure[data-screenshot] > button img');
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Nothing sticks out sideways at this size.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // As the customer sees it once the agent has moved them to this instruction: it is in view.
  await expect(page.locator('main [data-instruction-id]')).toBeInViewport();

  const viewport = testInfo.outputPath('present-cause-step-1280x720.png');
  const full = testInfo.outputPath('present-cause-step-full.png');
  await page.screenshot({ path: viewport });
  await page.screenshot({ path: full, fullPage: true });
  await testInfo.attach('cause step in screen-share mode, 1280×720', { path: viewport, contentType: 'image/png' });
  await testInfo.attach('the same, whole page', { path: full, contentType: 'image/png' });
  const copyTo = process.env.PRESENT_SHOTS_DIR;
  if (copyTo) {
    await mkdir(copyTo, { recursive: true });
    await copyFile(viewport, `${copyTo}/present-cause-step-1280x720.png`);
    await copyFile(full, `${copyTo}/present-cause-step-full.png`);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in screen-share mode (${colorScheme}): start step with details, a cause step`, async ({
    page,
  }) => {
    test.slow(); // three axe scans
    await page.emulateMedia({ colorScheme });
    await begin(page, { error: ERROR, worked: 'Yes, it worked before', account: ACCOUNT, appId: APP_ID });
    await turnPresentOn(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectStep(page, 'start');
    await expect(page.getByLabel('Service account email')).toHaveValue('••••••••');
    await expectNoAxeViolations(page);

    await page.goto('/causes/legacy-auth-retirement');
    await expectStep(page, entryStep('legacy-auth-retirement'));
    await expect(page.getByTestId('instruction-pager')).toBeVisible();
    await expectNoAxeViolations(page);
    // With the question to turn it off on screen.
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(page.getByRole('button', { name: 'Keep hidden' })).toBeFocused();
    await expectNoAxeViolations(page);
  });
}
