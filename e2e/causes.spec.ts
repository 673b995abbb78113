import { CAUSE_IDS } from '../src/engine/cause-ids';
import { cause, labelsToFirstFix } from './support/content';
import { expect, expectStep, test } from './support/test';
import { answer, expectStatus } from './support/wizard';

// One test per cause: open it from the cause list, follow the answers to its fix, and confirm it worked.
for (const id of CAUSE_IDS) {
  test(`${id}: from the start to its fix and to resolved`, async ({ page }) => {
    const c = cause(id);
    await page.goto('/');
    await page.locator(`nav [data-cause-id="${id}"] a`).click();
    await expectStep(page, `${id}/${c.entry}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByText(/Last reviewed/)).toBeVisible();

    for (const step of labelsToFirstFix(id)) {
      await expectStep(page, `${id}/${step.nodeId}`);
      await answer(page, step.answerId);
    }
    const fix = page.locator('main [data-step-id]');
    await expect(fix).toHaveAttribute('data-step-id', new RegExp(`^${id}/`));
    // A fix is numbered steps, then the retry question.
    await expect(page.locator('main [data-option-id] ol > li').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /retry\. Did it work\?/ })).toBeVisible();

    await page.getByRole('button', { name: 'Yes, it works now' }).click();
    await expectStep(page, 'resolved');
    await expect(page.getByRole('heading', { name: `Fixed by: ${c.shortTitle}` })).toBeVisible();
    await expectStatus(page, id, 'fixed');
    await expect(page.getByTestId('case-report')).toContainText(`Outcome: resolved by "${c.shortTitle}"`);
  });
}
