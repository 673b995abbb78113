/**
 * From the board back into the troubleshooter: the tree starts at the failing causes, skips the passed
 * ones and says why, each cause page shows what the check found, and a recent change starts the
 * propagation countdown at the time the audit log gives.
 */
import type { Page } from '@playwright/test';
import type { VerdictStatus } from '../src/checks/types';
import { CAUSE_IDS, type CauseId } from '../src/engine/cause-ids';
import { expect, test } from './support/auth-fixtures';
import { entryStep } from './support/content';
import { installGraphStandin } from './support/graph-standin';
import { currentStep, expectStep } from './support/test';
import {
  board,
  boardRow,
  expectBoard,
  expectVerifyPage,
  fillInputs,
  runCheck,
  scenario,
  signInWithMicrosoft,
} from './support/verify';
import { answer, begin, causeInList } from './support/wizard';

const RANK: Record<VerdictStatus, number> = { fail: 0, unknown: 1, pass: 2 };

function verdictsInOrder(page: Page, rows: string) {
  return page.locator(rows).evaluateAll((items) => items.map((li) => li.getAttribute('data-verdict') as VerdictStatus));
}

test('continuing starts the tree at the failing causes and skips the passed ones, saying why', async ({
  page,
  signInWithPopup,
}) => {
  const sample = scenario('several-problems');
  await installGraphStandin(page, { scenario: sample });
  await begin(page, { worked: 'Yes, it worked before', account: sample.inputs.account });
  await expect(currentStep(page)).not.toHaveAttribute('data-step-id', 'start');
  await page.getByRole('link', { name: 'Check my tenant', exact: true }).click();
  await expectVerifyPage(page);
  await signInWithMicrosoft(page, signInWithPopup);
  // The account given in the wizard is already filled in.
  await expect(page.getByLabel('Service account email')).toHaveValue(sample.inputs.account ?? '');
  await fillInputs(page, sample.inputs);
  await runCheck(page);
  await expectBoard(page, sample.expected);

  // Failing causes first on the board, then the ones that couldn't be checked, passed ones last.
  const boardOrder = await verdictsInOrder(page, '[data-testid="verify-board"] li[data-cause-id]');
  expect(boardOrder).toEqual([...boardOrder].sort((a, b) => RANK[a] - RANK[b]));

  await board(page).getByRole('link', { name: 'Continue with these results' }).click();

  // The tree starts at the first failing cause in its (re-ordered) list.
  const navOrder = await verdictsInOrder(page, 'nav li[data-cause-id]');
  expect(navOrder).toEqual([...navOrder].sort((a, b) => RANK[a] - RANK[b]));
  const firstFailing = await page
    .locator('nav li[data-cause-id][data-verdict="fail"]')
    .first()
    .getAttribute('data-cause-id');
  expect(sample.expected[firstFailing as keyof typeof sample.expected]).toBe('fail');
  await expect(currentStep(page)).toHaveAttribute('data-cause-id', firstFailing ?? '');

  for (const id of CAUSE_IDS) {
    const item = causeInList(page, id);
    await expect(item).toHaveAttribute('data-verdict', sample.expected[id]);
    if (sample.expected[id] === 'pass') {
      await expect(item).toHaveAttribute('data-status', 'ruled-out');
      await expect(item).toContainText('Ruled out automatically');
    } else {
      await expect(item).toHaveAttribute('data-status', 'not-checked');
      if (sample.expected[id] === 'fail') await expect(item).toContainText('Failed the automatic check');
    }
  }

  // The cause page shows the check's verdict with its evidence.
  const note = page.getByTestId('auto-verdict');
  await expect(note).toHaveAttribute('data-verdict', 'fail');
  await expect(note.locator('[data-finding-status="fail"]').first()).toBeVisible();

  // A skipped cause says why it was skipped: its own evidence.
  const passed = CAUSE_IDS.find((id) => sample.expected[id] === 'pass') ?? 'conditional-access';
  await causeInList(page, passed).getByRole('link').click();
  await expectStep(page, entryStep(passed));
  await expect(note).toHaveAttribute('data-verdict', 'pass');
  await expect(note.locator('[data-finding-status="pass"]').first()).toBeVisible();
});

test('"Go to the fix" on a board row opens that cause, with the evidence and the sample-data label', async ({
  page,
}) => {
  // The sample tenant answers here (no sign-in needed): the board and its links are the same.
  const sample = scenario('several-problems');
  const id = await sampleBoard(page, sample.id);
  await boardRow(page, id).getByRole('link', { name: 'Go to the fix' }).click();

  await expectStep(page, entryStep(id));
  const note = page.getByTestId('auto-verdict');
  await expect(note).toHaveAttribute('data-verdict', 'fail');
  await expect(note).toContainText(`sample data: ${sample.title}`);
  await expect(note.locator('[data-finding-status="fail"]').first()).toBeVisible();
  await expect(causeInList(page, id)).toHaveAttribute('data-verdict', 'fail');

  // The browser's Back button returns to the board, results and sample tenant still there.
  await page.goBack();
  await expectBoard(page, sample.expected);
  await expect(page.getByLabel('Sample tenant')).toHaveValue(sample.id);
});

// The verdicts in the link carry the time the tenant was read, so the evidence is found however long the
// run took and whenever the link was built.
test('the evidence reaches the cause page even when the run took more than a second', async ({ page }) => {
  await page.clock.install();
  const sample = scenario('several-problems');
  const id = await sampleBoard(page, sample.id, () => page.clock.fastForward(1500));
  await boardRow(page, id).getByRole('link', { name: 'Go to the fix' }).click();
  await expectStep(page, entryStep(id));
  await expect(page.getByTestId('auto-verdict').locator('[data-finding-status="fail"]').first()).toBeVisible();
});

/**
 * Runs a sample tenant from the start page's "Check my tenant automatically" and returns the last failing
 * cause on its board (so not simply where "Continue" would lead). `whileRunning` runs once the check started.
 */
async function sampleBoard(page: Page, id: string, whileRunning?: () => Promise<void>): Promise<CauseId> {
  const sample = scenario(id);
  await page.goto('/');
  await page.getByRole('link', { name: 'Check my tenant automatically' }).click();
  await expectVerifyPage(page);
  await page.getByRole('button', { name: 'Try it with a sample tenant' }).click();
  await page.getByLabel('Sample tenant').selectOption(sample.id);
  await runCheck(page);
  await whileRunning?.();
  await expectBoard(page, sample.expected);
  const target = await board(page).locator('li[data-verdict="fail"]').last().getAttribute('data-cause-id');
  const cause = CAUSE_IDS.find((c) => c === target);
  if (!cause) throw new Error(`no failing cause on the board (${target})`);
  return cause;
}

test('a recent change: the board counts down, and so does the wizard, from the change the audit log gives', async ({
  page,
  signInWithPopup,
}) => {
  const sample = scenario('propagation-delay');
  await installGraphStandin(page, { scenario: sample });
  await page.goto('/');
  await page.getByRole('link', { name: 'Check my tenant automatically' }).click();
  await expectVerifyPage(page);
  await signInWithMicrosoft(page, signInWithPopup);
  await fillInputs(page, sample.inputs);
  await runCheck(page);
  await expectBoard(page, sample.expected);

  const onBoard = boardRow(page, 'propagation-delay').getByTestId('change-countdown');
  await expect(onBoard).toBeVisible();
  // "Changed <time>: retry after <time> (23 h 40 min left)." — the change was 20 minutes ago, to a CA policy.
  const text = (await onBoard.textContent()) ?? '';
  const times = /^Changed (.+): retry after (.+) \((23 h (39|40) min) left\)\.$/.exec(text.trim());
  expect(times, text).not.toBeNull();
  const [, changedAt = '', readyAt = ''] = times ?? [];

  await board(page).getByRole('link', { name: 'Continue with these results' }).click();
  await expectStep(page, entryStep('propagation-delay'));
  await answer(page, 'yes');
  await expectStep(page, 'propagation-delay/fix-wait');
  const countdown = page.getByTestId('propagation-countdown');
  await expect(countdown).toHaveAttribute('data-ready', 'false');
  await expect(countdown).toContainText(`Retry after ${readyAt}`);
  await expect(countdown.getByRole('timer')).toHaveText(/^23 h (39|40) min$/);
  await expect(countdown).toContainText(
    `Changed ${changedAt} · A Conditional Access policy or named location · can take up to 24 hours.`,
  );
});
