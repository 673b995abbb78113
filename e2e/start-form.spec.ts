import { entryStep } from './support/content';
import { expect, expectStep, test } from './support/test';
import { answer, begin } from './support/wizard';

test('invalid answers are explained, linked from a summary, and nothing typed is lost', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('What error do you see?').fill('AADSTS50126');
  await page.getByRole('radio', { name: 'Yes, it worked before' }).check();
  await page.getByLabel('Service account email').fill('backup-at-contoso');
  await page.getByLabel('Application (client) ID').fill('not-a-guid');
  await page.getByRole('button', { name: /^Start with/ }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Please check these answers' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expect(page.getByLabel('Service account email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the full email address, such as backup@contoso.com.').last()).toBeVisible();
  await expectStep(page, 'start');
  // Nothing lost: every answer is still there to correct.
  await expect(page.getByLabel('What error do you see?')).toHaveValue('AADSTS50126');
  await expect(page.getByRole('radio', { name: 'Yes, it worked before' })).toBeChecked();

  await summary.getByRole('link').first().click();
  await expect(page.getByLabel('Service account email')).toBeFocused();
  await page.getByLabel('Service account email').fill('backup@contoso.com');
  await page.getByLabel('Application (client) ID').fill('');
  await page.getByRole('button', { name: /^Start with/ }).click();
  await expectStep(page, entryStep('credentials'));
});

test('a change time in the future is refused', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('group', { name: /change a setting/ })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await page.getByLabel('When was it changed?').fill('2099-01-01T10:00');
  await page.getByRole('button', { name: 'Find the cause' }).click();
  await expect(
    page.getByText('Enter a date and time that has already passed, or leave it empty.').last(),
  ).toBeVisible();
  await expectStep(page, 'start');
});

test('the account and application ID are filled into the commands', async ({ page }) => {
  await begin(page, {
    worked: 'Yes, it worked before',
    account: 'backup@contoso.com',
    appId: '1a2b3c4d-1234-5678-9abc-1234567890ab',
  });
  await expectStep(page, entryStep('legacy-auth-retirement'));
  await answer(page, 'true-not-listed');
  await expect(page.locator('main pre').filter({ hasText: 'EwsAllowedAppIDs' }).first()).toContainText(
    '1a2b3c4d-1234-5678-9abc-1234567890ab',
  );
  await page.getByRole('button', { name: 'Back' }).click();
  await answer(page, 'true-listed');
  await expect(page.locator('main pre').filter({ hasText: 'Get-CASMailbox' })).toContainText('backup@contoso.com');
});

test('Back returns to the start with the answers kept; Start over clears them', async ({ page }) => {
  await begin(page, { error: 'AADSTS530035', account: 'backup@contoso.com' });
  await expectStep(page, entryStep('security-defaults'));
  await page.getByRole('button', { name: 'Back' }).click();
  await expectStep(page, 'start');
  await expect(page.getByLabel('What error do you see?')).toHaveValue('AADSTS530035');
  await expect(page.getByLabel('Service account email')).toHaveValue('backup@contoso.com');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('What error do you see?')).toHaveValue('');
  await expect(page.getByLabel('Service account email')).toHaveValue('');
  await expect(page).toHaveURL(/\/$/);
});
