import { entryStep } from './support/content';
import { expect, expectStep, test } from './support/test';

test('when the wizard cannot load, the user is told, keeps their answers and can try again', async ({
  page,
  consoleProblems,
}) => {
  let blocked = true;
  await page.route('**/assets/full-wizard-*.js', (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('/');
  await page.getByLabel('What error do you see?').fill('AADSTS530035');
  await page.getByLabel('Service account email').fill('backup@contoso.com');
  await page.getByRole('button', { name: /^Start with/ }).click();

  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText("We couldn't load the troubleshooting steps");
  await expectStep(page, 'start');
  await expect(page.getByLabel('What error do you see?')).toHaveValue('AADSTS530035');
  await expect(page.getByLabel('Service account email')).toHaveValue('backup@contoso.com');

  // Trying again carries on from the answers given.
  blocked = false;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expectStep(page, entryStep('security-defaults'));
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Service account email')).toHaveValue('backup@contoso.com');
  consoleProblems.length = 0; // the browser logs the request this test blocks on purpose
});
