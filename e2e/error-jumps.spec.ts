import { entryStep } from './support/content';
import { expect, expectStep, test } from './support/test';
import { begin } from './support/wizard';

// The codes and messages the issue names, and where each must lead (DESIGN §2, research §3).
const JUMPS: [string, string][] = [
  ['AADSTS530035', 'security-defaults'],
  ['AADSTS53003: Access has been blocked by Conditional Access policies.', 'conditional-access'],
  ['AADSTS53000', 'conditional-access'],
  ['AADSTS53001', 'conditional-access'],
  ['AADSTS50158', 'conditional-access'],
  ['AADSTS530032', 'conditional-access'],
  ['AADSTS50126: Error validating credentials due to invalid username or password.', 'credentials'],
  ['AADSTS50034', 'credentials'],
  ['AADSTS50055', 'credentials'],
  ['AADSTS50057', 'credentials'],
  ['AADSTS7000215: Invalid client secret provided.', 'credentials'],
  ['AADSTS7000222', 'credentials'],
  ['AADSTS700016', 'credentials'],
  ['AADSTS50076', 'authentication-policy'],
  ['AADSTS50079', 'authentication-policy'],
  [
    "Cannot contact web site 'https://contoso.sharepoint.com/' or the web site does not support SharePoint Online credentials. The response status code is 'Unauthorized'.",
    'sharepoint-legacy-auth',
  ],
];

test('every known code and message is recognised as its cause while typing', async ({ page }) => {
  await page.goto('/');
  const box = page.getByLabel('What error do you see?');
  for (const [text, causeId] of JUMPS) {
    await box.fill(text);
    await expect(page.locator('[data-recognised]'), text).toHaveAttribute('data-recognised', causeId);
  }
});

// Starting from a recognised error jumps straight to its cause: once for each cause the table leads to.
const ONE_PER_CAUSE = [...new Map(JUMPS.map(([text, causeId]) => [causeId, text])).entries()];

test('starting from a recognised error opens its cause first', async ({ page }) => {
  test.slow(); // one page load per case, in one test
  for (const [causeId, text] of ONE_PER_CAUSE) {
    await page.goto('/');
    await page.getByLabel('What error do you see?').fill(text);
    await page.getByRole('button', { name: /^Start with/ }).click();
    await expect(page.locator('main [data-step-id]')).toHaveAttribute('data-step-id', new RegExp(`^${causeId}/`));
    await expect(page.locator('nav [data-cause-id]').first()).toHaveAttribute('data-cause-id', causeId);
  }
});

test('text without a known code says so and starts with the most likely cause', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('What error do you see?').fill('The remote server returned an error: (401) Unauthorized.');
  await expect(page.getByText('No known error code or message in this text')).toBeVisible();
  await begin(page, {
    error: 'The remote server returned an error: (401) Unauthorized.',
    worked: 'Yes, it worked before',
  });
  await expectStep(page, entryStep('legacy-auth-retirement'));
});
