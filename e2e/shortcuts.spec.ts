/**
 * Keyboard shortcuts (issue #5): N, B, Shift+R, 1–7, P and ?, never while typing in a field or while a
 * dialog is open. Screen-share mode itself is in present-mode.spec.ts.
 */
import type { Page } from '@playwright/test';
import type { CauseId } from '../src/engine/cause-ids';
import { cause, entryStep, ruledOutAnswer } from './support/content';
import { expectNoAxeViolations, expectPresent } from './support/screen-share';
import { currentStep, expect, expectStep, test, withAgentToolsOpen } from './support/test';
import { answer, begin, causeInList, expectStatus } from './support/wizard';

withAgentToolsOpen();

/** The causes in the order the cause list numbers them, once the wizard shows the step it is on. */
async function listOrder(page: Page): Promise<CauseId[]> {
  await expect(currentStep(page)).toBeVisible();
  if ((await currentStep(page).getAttribute('data-step-id'))?.includes('/')) {
    await expect(page.locator('nav [data-cause-id] [aria-current="step"]')).toHaveCount(1);
  }
  return page
    .locator('nav [data-cause-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-cause-id') as CauseId));
}

/** Puts the focus on the page itself (the step's heading), as after any move, so keys go to the page. */
async function focusPage(page: Page) {
  await page.getByRole('heading', { level: 1 }).click();
}

const shortcutsDialog = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });

test('1–7 jump to the cause with that number, N to the next unchecked one, B goes back, Shift+R starts over', async ({
  page,
}) => {
  await begin(page, { worked: 'Yes, it worked before', account: 'svc-backup@contoso.com' });
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  const order = await listOrder(page);
  expect(order).toHaveLength(7);
  await expectStep(page, entryStep(order[0] as CauseId));

  for (const n of [2, 3, 4, 5, 6, 7, 1]) {
    await page.keyboard.press(String(n));
    await expectStep(page, entryStep(order[n - 1] as CauseId));
    await expect(causeInList(page, order[n - 1] as CauseId).getByRole('link')).toHaveAttribute('aria-current', 'step');
  }
  // No cause 8 or 9, and 0 is no cause either; a plain R doesn't start over.
  const here = page.url();
  for (const key of ['8', '9', '0', 'r']) await page.keyboard.press(key);
  await expect(page.locator('nav [data-cause-id] [aria-current="step"]')).toHaveCount(1);
  expect(page.url()).toBe(here);
  await expectStep(page, entryStep(order[0] as CauseId));

  // N: the next cause in the list that is not checked yet, skipping one that is ruled out.
  await page.keyboard.press('n');
  await expectStep(page, entryStep(order[1] as CauseId));
  const skip = order.findIndex((id, i) => i >= 2 && i < 6 && ruledOutAnswer(id, cause(id).entry));
  expect(skip, 'a cause in the middle of the list that can be ruled out on its first step').toBeGreaterThan(1);
  const skipped = order[skip] as CauseId;
  await page.keyboard.press(String(skip + 1));
  await expectStep(page, entryStep(skipped));
  await answer(page, ruledOutAnswer(skipped, cause(skipped).entry) ?? '');
  await expectStatus(page, skipped, 'ruled-out');
  await page.keyboard.press(String(skip)); // the cause just before it
  await expectStep(page, entryStep(order[skip - 1] as CauseId));
  await page.keyboard.press('n');
  await expectStep(page, entryStep(order[skip + 1] as CauseId));

  // B: back one step, twice.
  await page.keyboard.press('b');
  await expectStep(page, entryStep(order[skip - 1] as CauseId));
  await page.keyboard.press('b');
  await expect(currentStep(page)).not.toHaveAttribute('data-step-id', entryStep(order[skip - 1] as CauseId));

  // Shift+R: start over, with the form empty and nothing checked.
  await page.keyboard.press('Shift+R');
  await expectStep(page, 'start');
  await expect(page.getByLabel('Service account email')).toHaveValue('');
  await expect(page.getByTestId('progress')).toHaveText('0 of 7 checked');
  expect(new URL(page.url()).search).toBe('');
});

test('the numbers and N work on the first page too, before anything is answered', async ({ page }) => {
  await page.goto('/');
  await expectStep(page, 'start');
  const order = await listOrder(page);
  await focusPage(page);
  await page.keyboard.press('3');
  await expectStep(page, entryStep(order[2] as CauseId));
  await page.goto('/');
  await expectStep(page, 'start');
  await focusPage(page);
  await page.keyboard.press('n');
  await expectStep(page, entryStep(order[0] as CauseId));
});

test('in screen-share mode N shows the next instruction, then moves on to the next unchecked cause', async ({
  page,
}) => {
  await begin(page, { worked: 'Yes, it worked before' });
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  const order = await listOrder(page);
  await focusPage(page);
  await page.keyboard.press(String(order.indexOf('legacy-auth-retirement') + 1));
  await expectStep(page, entryStep('legacy-auth-retirement'));
  const next = order[(order.indexOf('legacy-auth-retirement') + 1) % order.length] as CauseId;
  await focusPage(page);
  await page.keyboard.press('p');
  await expectPresent(page, true);

  const pager = page.getByTestId('instruction-pager');
  const node = cause('legacy-auth-retirement').nodes.find((n) => n.id === cause('legacy-auth-retirement').entry);
  const total = node && 'steps' in node && node.steps ? node.steps.length : 0;
  expect(total).toBeGreaterThan(1);
  await expect(pager).toContainText(`Instruction 1 of ${total}`);
  await focusPage(page);
  for (let i = 2; i <= total; i++) {
    await page.keyboard.press('n');
    await expect(pager).toContainText(`Instruction ${i} of ${total}`);
    await expectStep(page, entryStep('legacy-auth-retirement'));
  }
  await page.keyboard.press('n');
  await expectStep(page, entryStep(next));
  // B goes back a step, not an instruction.
  await page.keyboard.press('b');
  await expectStep(page, entryStep('legacy-auth-retirement'));
});

test('in screen-share mode N finishes the instructions of one fix option before those of the next', async ({
  page,
}) => {
  await page.goto('/causes/conditional-access');
  await expectStep(page, entryStep('conditional-access'));
  await answer(page, 'policy-blocks');
  await expectStep(page, 'conditional-access/fix');
  await focusPage(page);
  await page.keyboard.press('p');
  await expectPresent(page, true);
  const pagers = page.getByTestId('instruction-pager');
  const totals = (
    cause('conditional-access').nodes.find((n) => n.id === 'fix') as { options: { steps: unknown[] }[] }
  ).options.map((o) => o.steps.length);
  expect(totals.filter((n) => n > 1).length, 'several options with several instructions').toBeGreaterThan(1);
  await expect(pagers).toHaveCount(totals.length);
  const at = () =>
    pagers.evaluateAll((all) => all.map((p) => Number(p.textContent?.match(/Instruction (\d+) of/)?.[1])));
  // Expected: the first option to its end, then the second, and so on.
  const expected = totals.map(() => 1);
  await expect.poll(at).toEqual(expected);
  await focusPage(page);
  for (const [option, total] of totals.entries()) {
    for (let i = 2; i <= total; i++) {
      await page.keyboard.press('n');
      expected[option] = i;
      await expect.poll(at).toEqual(expected);
    }
  }
  await expectStep(page, 'conditional-access/fix');
});

test('P turns screen-share mode on; with it on, P asks before showing the details', async ({ page }) => {
  await page.goto('/causes/credentials');
  await expectStep(page, entryStep('credentials'));
  await expectPresent(page, false);
  await focusPage(page);
  await page.keyboard.press('p');
  await expectPresent(page, true);

  await focusPage(page);
  await page.keyboard.press('p');
  await expect(page.getByText('Show tenant details? Everyone watching will see them.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep hidden' })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect(page.getByTestId('details-hidden')).toBeVisible();
  await page.getByRole('button', { name: 'Show details' }).click();
  await expectPresent(page, false);
});

test('? lists the shortcuts; while it is open no key moves anything; Escape closes it and focus returns', async ({
  page,
}) => {
  await page.goto('/causes/credentials');
  await expectStep(page, entryStep('credentials'));
  const order = await listOrder(page);
  const opener = causeInList(page, order[1] as CauseId).getByRole('link');
  await opener.focus();
  await page.keyboard.press('Shift+Slash'); // "?"
  const dialog = shortcutsDialog(page);
  await expect(dialog).toBeVisible();
  const rows = await dialog
    .locator('dl > div')
    .evaluateAll((divs) => divs.map((d) => [...d.querySelectorAll('kbd')].map((k) => k.textContent?.trim()).join('+')));
  expect(rows).toEqual(['N', 'B', 'Shift+R', '1+7', 'P', '?']);
  await expect(dialog).toContainText('Start over');
  await expect(dialog).toContainText('Back one step');

  // Keys go nowhere while it is open: with the focus on its Close button (where showModal puts it), and
  // after a click on its text, which leaves no element focused.
  const url = page.url();
  const tryKeys = async () => {
    for (const key of ['n', 'b', '3', 'Shift+R', 'p', 'Shift+Slash']) await page.keyboard.press(key);
    await expect(dialog).toBeVisible();
    expect(page.url()).toBe(url);
    await expectPresent(page, false);
  };
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await tryKeys();
  await dialog.getByRole('heading', { name: 'Keyboard shortcuts' }).click();
  await tryKeys();
  await expect(page.locator('dialog[open]')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(page.url()).toBe(url);

  // The header button opens it too; Close shuts it and gives the focus back to the button.
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('no shortcut fires while typing in the start form or the agent notes', async ({ page }) => {
  const KEYS = 'nb1p?';
  await page.goto('/');
  await expectStep(page, 'start');
  for (const label of ['What error do you see?', 'Service account email', 'Application (client) ID']) {
    const field = page.getByLabel(label);
    await field.click();
    await page.keyboard.type(KEYS);
    await page.keyboard.press('Shift+R');
    await expect(field).toHaveValue(`${KEYS}R`);
    await expectStep(page, 'start');
    await expect(shortcutsDialog(page)).toHaveCount(0);
    await expectPresent(page, false);
    expect(new URL(page.url()).pathname).toBe('/');
  }
  // The select, with a cause number.
  await page
    .getByRole('group', { name: /change a setting/ })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await page.getByLabel('What was changed?').focus();
  await page.keyboard.press('2');
  await page.keyboard.press('p');
  await expectStep(page, 'start');
  await expectPresent(page, false);

  // The agent's notes on a cause step.
  await begin(page, { worked: 'Yes, it worked before' });
  await expect(currentStep(page)).toHaveAttribute('data-step-id', /\//);
  const step = await currentStep(page).getAttribute('data-step-id');
  const notes = page.getByLabel('Notes for this step');
  await notes.click();
  await page.keyboard.type(KEYS);
  await page.keyboard.press('Shift+R');
  await expect(notes).toHaveValue(`${KEYS}R`);
  await expectStep(page, step ?? '');
  await expect(shortcutsDialog(page)).toHaveCount(0);
  await expectPresent(page, false);

  // The control: the same keys outside a field do act.
  await focusPage(page);
  await page.keyboard.press('Shift+Slash');
  await expect(shortcutsDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  const order = await listOrder(page);
  await page.keyboard.press('1');
  await expectStep(page, entryStep(order[0] as CauseId));
  await page.keyboard.press('p');
  await expectPresent(page, true);
});

test('axe finds nothing with the shortcuts dialog open', async ({ page }) => {
  test.slow(); // two axe scans
  await page.goto('/causes/credentials');
  await expectStep(page, entryStep('credentials'));
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(shortcutsDialog(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});
