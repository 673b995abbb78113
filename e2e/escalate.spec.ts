import { cantCheckAnswer, content, entryStep, ruledOutAnswer } from './support/content';
import { currentStep, expect, expectStep, test } from './support/test';
import { answer, begin, expectStatus } from './support/wizard';

test('ruling out or skipping every cause ends in escalate with a case summary and the support contact', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await begin(page, { error: 'AADSTS53003', worked: 'Yes, it worked before', account: 'backup@contoso.com' });

  // Walk all seven causes: rule out the first three we meet (where possible), skip the rest.
  let previous = 'start';
  for (let i = 0; i < content.causes.length; i++) {
    await expect(currentStep(page)).not.toHaveAttribute('data-step-id', previous);
    const stepId = await currentStep(page).getAttribute('data-step-id');
    previous = stepId ?? '';
    const [causeId, nodeId] = (stepId ?? '').split('/') as [Parameters<typeof cantCheckAnswer>[0], string];
    const ruleOut = i < 3 ? ruledOutAnswer(causeId, nodeId) : undefined;
    await answer(page, ruleOut ?? cantCheckAnswer(causeId, nodeId));
    await expectStatus(page, causeId, ruleOut ? 'ruled-out' : 'cant-check');
  }

  await expectStep(page, 'escalate');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'All seven causes are checked: time to contact support',
  );
  await expect(page.getByTestId('progress')).toHaveText('7 of 7 checked');

  const summary = page.getByTestId('case-report');
  await expect(summary).toContainText('Outcome: escalated to support');
  await expect(summary).toContainText('- Error text: AADSTS53003');
  await expect(summary).toContainText('- Recognised: AADSTS53003');
  await expect(summary).toContainText('- Service account: backup@contoso.com');
  await expect(summary).toContainText('Conditional Access: Ruled out at');
  await expect(summary).toContainText("Couldn't check at");
  await expect(summary).toContainText(/ → /);

  await page.getByTestId('case-report-panel').getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await summary.textContent());

  const mail = page.getByRole('link', { name: 'Email support@example.com' });
  await expect(mail).toHaveAttribute('href', /^mailto:support@example\.com\?subject=.*&body=%23%20Case%20report/);
  await expect(page.getByRole('link', { name: /Support site/ })).toHaveAttribute('href', 'https://example.com/support');
});

test('Contact support is available from any step and lists what is not checked yet', async ({ page }) => {
  await begin(page, { worked: "No, it's a new setup" });
  await page
    .getByRole('link', { name: /support/i })
    .first()
    .click();
  await expectStep(page, 'escalate');
  await expect(page.getByRole('heading', { name: '7 causes are not checked yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Security Defaults' }).last().click();
  await expectStep(page, entryStep('security-defaults'));
});
