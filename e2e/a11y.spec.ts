import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CAUSE_IDS } from '../src/engine/cause-ids';
import { entryStep, labelsToFirstFix } from './support/content';
import { expect, expectStep, test } from './support/test';
import { answer, begin } from './support/wizard';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  // Never scan a page that has not rendered its screen yet: that scan would pass on nothing.
  await expect(page.locator('[data-step-id]').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    // Each axe scan takes a few seconds on a 2-core machine; these tests run several.
    test.slow();

    test('start step, with recognised error and with validation errors', async ({ page }) => {
      await page.goto('/');
      await expectNoViolations(page);
      await page.getByLabel('What error do you see?').fill('AADSTS53003');
      await page
        .getByRole('group', { name: /change a setting/ })
        .getByRole('radio', { name: 'Yes', exact: true })
        .check();
      await page.getByLabel('Service account email').fill('nope');
      await page.getByRole('button', { name: /^Start with/ }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page);
    });

    for (const id of CAUSE_IDS) {
      test(`${id}: its check and its fix`, async ({ page }) => {
        await page.goto(`/causes/${id}`);
        await expectStep(page, entryStep(id));
        await expectNoViolations(page);
        for (const step of labelsToFirstFix(id)) await answer(page, step.answerId);
        await expect(page.getByRole('heading', { name: /Did it work\?/ })).toBeVisible();
        await page.locator('details').evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        await expectNoViolations(page);
      });
    }

    test('countdown form, countdown, resolved and escalate', async ({ page }) => {
      await begin(page, { changed: 'Yes' });
      await expectStep(page, entryStep('propagation-delay'));
      await answer(page, 'yes');
      await expect(page.getByTestId('change-time-form')).toBeVisible();
      await expectNoViolations(page);
      await page.getByLabel('Changed at (your local time)').fill('2026-01-01T09:00');
      await page.getByRole('button', { name: 'Start the countdown' }).click();
      await expect(page.getByTestId('propagation-countdown')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Yes, it works now' }).click();
      await expectStep(page, 'resolved');
      await expectNoViolations(page);
      await page
        .getByRole('link', { name: /support/i })
        .first()
        .click();
      await expectStep(page, 'escalate');
      await expectNoViolations(page);
    });

    test('a bad link notice and the broken config screen', async ({ page, consoleProblems }) => {
      await page.goto('/causes/nope');
      await expect(page.getByTestId('link-notice')).toBeVisible();
      await expectNoViolations(page);
      await page.route('**/config.json', (route) => route.fulfill({ status: 404 }));
      await page.goto('/');
      await expect(page.getByTestId('config-error-field')).toBeVisible();
      await expectNoViolations(page);
      consoleProblems.length = 0; // the 404 above is provoked on purpose
    });
  });
}
