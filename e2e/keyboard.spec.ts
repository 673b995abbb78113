import type { Page } from '@playwright/test';
import { entryStep, labelsToFirstFix } from './support/content';
import { expect, expectStep, test } from './support/test';

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`never reached ${selector} by Tab`);
}

const focusedHasOutline = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  });

test('a whole path can be completed with the keyboard alone, with focus always visible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(); // the app has rendered
  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the current step' })).toBeFocused();
  expect(await focusedHasOutline(page)).toBe(true);

  await tabTo(page, 'textarea');
  await page.keyboard.type('AADSTS530035');
  await tabTo(page, 'input[type=radio]');
  await page.keyboard.press('Space'); // "Yes, it worked before"
  await tabTo(page, 'button[type=submit]');
  expect(await focusedHasOutline(page)).toBe(true);
  await page.keyboard.press('Enter');

  await expectStep(page, entryStep('security-defaults'));
  // After moving, focus is on the new step's heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  for (const step of labelsToFirstFix('security-defaults')) {
    await tabTo(page, `main [data-answer-id="${step.answerId}"]`);
    expect(await focusedHasOutline(page)).toBe(true);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, 'main [data-answer-id="worked"]');
  await page.keyboard.press('Enter');
  await expectStep(page, 'resolved');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the cause list folds away on a narrow screen and opens with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const list = page.locator('#cause-nav-list');
  await expect(list).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Show list' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide list' })).toHaveAttribute('aria-expanded', 'true');
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
