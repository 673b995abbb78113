/**
 * WCAG 2.2 AA (axe, the tags e2e/a11y.spec.ts uses) on every screen of the tenant check: before
 * connecting, the consent page, signed in with the inputs form (and its errors), the board in light and
 * dark mode, and a cause page with the automatic verdict's note.
 */
import type { Page } from '@playwright/test';
import { AUTHORIZE_ERRORS, expect, test } from './support/auth-fixtures';
import { installGraphStandin } from './support/graph-standin';
import {
  board,
  expectBoard,
  expectNoAxeViolations,
  fillInputs,
  openVerify,
  runCheck,
  scenario,
  signInWithMicrosoft,
} from './support/verify';

/** Opens every disclosure (the privacy panel, the evidence, "Change what to check") so axe sees it all. */
async function openAllDetails(page: Page) {
  await page.locator('main details').evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
}

test.describe('light mode', () => {
  test.use({ colorScheme: 'light' });
  test.slow(); // each axe scan takes a few seconds on a 2-core machine

  test('before connecting, and the consent page', async ({ page, op }) => {
    await openVerify(page);
    await openAllDetails(page);
    await expectNoAxeViolations(page);

    await op.nextAuthorizeError(AUTHORIZE_ERRORS.consentRequired);
    await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await expect(page.getByTestId('consent-needed')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('signed in, the inputs form with its errors, the board and a cause page with the note', async ({
    page,
    signInWithPopup,
  }) => {
    const sample = scenario('propagation-delay'); // a failing cause with a countdown, an unknown, passes
    await installGraphStandin(page, { scenario: sample });
    await openVerify(page);
    await signInWithMicrosoft(page, signInWithPopup);
    await expectNoAxeViolations(page);

    const form = page.getByRole('form', { name: 'What to check' });
    await form.getByLabel('Service account email').fill('not an address');
    await form.getByLabel('Application (client) ID').fill('not a guid');
    await runCheck(page);
    await expect(form.getByLabel('Service account email')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await fillInputs(page, sample.inputs);
    await runCheck(page);
    await expectBoard(page, sample.expected);
    await openAllDetails(page);
    await expectNoAxeViolations(page);

    await board(page).getByRole('link', { name: 'Continue with these results' }).click();
    await expect(page.getByTestId('auto-verdict')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test.slow();

  test('the board, failing and passing rows, countdown and sample-data label', async ({ page }) => {
    await openVerify(page);
    await page.getByRole('button', { name: 'Try it with a sample tenant' }).click();
    for (const id of ['several-problems', 'propagation-delay']) {
      const sample = scenario(id);
      await page.getByLabel('Sample tenant').selectOption(id);
      await runCheck(page);
      await expectBoard(page, sample.expected);
      await openAllDetails(page);
      await expectNoAxeViolations(page);
    }
  });
});
