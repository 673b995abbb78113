import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { CAUSE_IDS, type CauseId } from '../src/engine/cause-ids';
import { cause, entryStep, labelsToFirstFix } from './support/content';
import { currentStep, expect, expectStep, test } from './support/test';
import { answer } from './support/wizard';

/** Every picture on the step is loaded (not broken); returns how many there are. */
async function expectPicturesLoaded(page: Page): Promise<number> {
  const figures = await page.locator('main figure[data-screenshot]').all();
  for (const figure of figures) {
    const img = figure.locator('button img');
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), {
        message: 'image loaded',
      })
      .toBe(true);
    await expect(figure.locator('figcaption')).toHaveText(/checked against the .+ on /);
  }
  return figures.length;
}

/** How many pictures the content gives a step (a check's steps, or every option's steps of a fix). */
function picturesOn(id: CauseId, nodeId: string): number {
  const node = cause(id).nodes.find((n) => n.id === nodeId);
  const steps = !node ? [] : node.kind === 'check' ? (node.steps ?? []) : node.options.flatMap((o) => o.steps);
  return steps.filter((s) => s.screenshot).length;
}

/** Where a callout is drawn, as fractions of its picture, to compare across sizes. */
async function calloutPositions(picture: Locator) {
  return picture.evaluate((el) => {
    const img = el.querySelector('img') as HTMLImageElement;
    const box = img.getBoundingClientRect();
    return [...el.querySelectorAll('[data-callout]')].map((c) => {
      const r = c.getBoundingClientRect();
      return [
        Number(((r.left + r.width / 2 - box.left) / box.width).toFixed(2)),
        Number(((r.top + r.height / 2 - box.top) / box.height).toFixed(2)),
      ];
    });
  });
}

for (const id of CAUSE_IDS) {
  test(`${id}: every step that sends the user somewhere shows its screen, loaded`, async ({ page }) => {
    await page.goto(`/causes/${id}`);
    await expectStep(page, entryStep(id));
    expect(await expectPicturesLoaded(page)).toBe(picturesOn(id, cause(id).entry));
    for (const step of labelsToFirstFix(id)) {
      await answer(page, step.answerId);
      await expect(currentStep(page)).not.toHaveAttribute('data-step-id', `${id}/${step.nodeId}`);
      const stepId = (await currentStep(page).getAttribute('data-step-id')) ?? '';
      expect(await expectPicturesLoaded(page)).toBe(picturesOn(id, stepId.split('/')[1] ?? ''));
    }
  });
}

test('a screenshot enlarges by mouse and by keyboard, keeps its callouts aligned, and closes with Esc', async ({
  page,
}) => {
  await page.goto('/causes/security-defaults');
  const figure = page
    .locator('main figure[data-screenshot]')
    .filter({ has: page.locator('[data-callout]') })
    .first();
  const open = figure.getByRole('button');
  await open.scrollIntoViewIfNeeded();
  const small = await calloutPositions(figure.locator('button > span').first());

  // Mouse: open, callouts at the same places relative to the picture, close with the Close button.
  await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await calloutPositions(dialog.locator('section span').first())).toEqual(small);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Keyboard: Enter opens, focus stays inside the dialog, Esc closes and focus returns.
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  }
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('on a narrow screen the callouts stay on their targets', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/causes/security-defaults');
  const figure = page
    .locator('main figure[data-screenshot]')
    .filter({ has: page.locator('[data-callout]') })
    .first();
  await figure.scrollIntoViewIfNeeded();
  const narrow = await calloutPositions(figure.locator('button > span').first());
  await page.setViewportSize({ width: 1280, height: 800 });
  await figure.scrollIntoViewIfNeeded();
  expect(await calloutPositions(figure.locator('button > span').first())).toEqual(narrow);
  // Nothing is wider than the screen at 360 px, pictures included.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
