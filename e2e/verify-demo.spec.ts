/**
 * The sample tenants end to end, as a site without a sign-in app registration offers them: no OP and no
 * Graph stand-in, the app answers from its own sample data through the same Graph client and checks.
 */
import { CAUSE_IDS } from '../src/engine/cause-ids';
import { expect, test } from './support/test';
import { board, expectBoard, expectVerifyPage, runCheck, SCENARIOS } from './support/verify';
import { causeInList } from './support/wizard';

const DEMO_ONLY_CONFIG = {
  productName: 'Hive',
  support: { email: 'support@example.com', url: 'https://example.com/support' },
  providerIpRanges: [],
  auth: {
    clientId: '',
    authority: 'https://login.microsoftonline.com/organizations',
    knownAuthorities: [],
    redirectPath: '/',
  },
  graph: { baseUrl: 'https://graph.microsoft.com' },
  demo: { enabled: true },
};

test('every sample tenant shows its expected verdicts as sample data, and leads into the wizard', async ({ page }) => {
  test.slow(); // eleven runs, each with the sample tenant's made-up latency
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(DEMO_ONLY_CONFIG) }),
  );
  const leaks: string[] = [];
  page.on('request', (r) => {
    const { origin } = new URL(r.url());
    if (origin !== 'http://localhost:4173') leaks.push(r.url());
  });

  await page.goto('/');
  await page.getByRole('link', { name: 'Check my tenant automatically' }).click();
  await expectVerifyPage(page);
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toHaveCount(0);
  await expect(page.getByText('Signing in to a real tenant is not set up on this site')).toBeVisible();
  await page.getByRole('button', { name: 'Try it with a sample tenant' }).click();

  const select = page.getByLabel('Sample tenant');
  await expect(select.locator('option')).toHaveCount(SCENARIOS.length);
  for (const sample of SCENARIOS) {
    await test.step(sample.id, async () => {
      await select.selectOption(sample.id);
      await expect(page.getByText(`${sample.description} All of it is sample data.`)).toBeVisible();
      // The sample tenant fills in its own inputs.
      const form = page.getByRole('form', { name: 'What to check' });
      await expect(form.getByLabel('Service account email')).toHaveValue(sample.inputs.account ?? '');
      await expect(form.getByLabel('Application (client) ID')).toHaveValue(sample.inputs.appId ?? '');
      await expect(form.getByLabel('Application Secret: first 3 characters')).toHaveValue(
        sample.inputs.secretPrefix ?? '',
      );
      await runCheck(page);
      await expectBoard(page, sample.expected);
      await expect(board(page)).toContainText(`Sample data: ${sample.title}`);
    });
  }

  // The last sample tenant's results, into the wizard.
  const last = SCENARIOS.at(-1);
  if (!last) throw new Error('no sample tenants');
  await board(page).getByRole('link', { name: 'Continue with these results' }).click();
  for (const id of CAUSE_IDS) await expect(causeInList(page, id)).toHaveAttribute('data-verdict', last.expected[id]);
  const firstOpen = page.locator('nav li[data-cause-id]:not([data-status="ruled-out"])').first();
  await expect(page.locator('main [data-step-id]').first()).toHaveAttribute(
    'data-cause-id',
    (await firstOpen.getAttribute('data-cause-id')) ?? '',
  );
  await expect(page.getByTestId('auto-verdict')).toContainText(`sample data: ${last.title}`);

  expect(leaks, 'requests that left the site').toEqual([]);
});
