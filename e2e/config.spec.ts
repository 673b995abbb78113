import { expect, test } from './support/test';
import { answer, begin } from './support/wizard';

const GOOD = {
  productName: 'Hive',
  support: { email: 'help@backup.example', url: 'https://backup.example/help' },
  providerIpRanges: ['203.0.113.0/24', '198.51.100.7'],
  auth: {
    clientId: '',
    authority: 'https://login.microsoftonline.com/organizations',
    knownAuthorities: [],
    redirectPath: '/',
  },
  graph: { baseUrl: 'https://graph.microsoft.com' },
  demo: { enabled: true },
};

const BROKEN: [string, string, string][] = [
  ['a missing support email', JSON.stringify({ ...GOOD, support: { url: GOOD.support.url } }), 'support.email'],
  [
    'a bad IP range',
    JSON.stringify({ ...GOOD, providerIpRanges: ['203.0.113.0/24', '10.0.0.999'] }),
    'providerIpRanges[1]',
  ],
  ['a misspelt setting', JSON.stringify({ ...GOOD, suport: {} }), 'suport'],
  [
    'an insecure Graph address',
    JSON.stringify({ ...GOOD, graph: { baseUrl: 'http://graph.example.com' } }),
    'graph.baseUrl',
  ],
  ['text that is not JSON', '{ "productName": "Hive", ', '(the whole file)'],
];

test('a broken config shows a clear screen naming the bad field', async ({ page }) => {
  test.slow(); // one page load per case, in one test
  let body = '';
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  for (const [name, broken, field] of BROKEN) {
    body = broken;
    await page.goto('/');
    await expect(page.getByRole('heading', { name: "The troubleshooter's settings are broken" }), name).toBeVisible();
    await expect(page.getByTestId('config-error-field'), name).toHaveText(field);
  }
});

test('a missing config file is named as such', async ({ page, consoleProblems }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await expect(page.getByTestId('config-error-message')).toContainText(
    'could not be loaded from /config.json (HTTP 404)',
  );
  consoleProblems.length = 0; // the browser itself logs the 404 this test provokes
});

test('the product name, support contact and provider IP ranges come from the config', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...GOOD, productName: 'Acme Backup' }) }),
  );
  await begin(page, { error: 'AADSTS53003' });
  await expect(page.getByRole('banner')).toContainText('for Acme Backup Microsoft 365 backup');
  await answer(page, 'policy-blocks');
  await expect(page.locator('main')).toContainText('203.0.113.0/24, 198.51.100.7');
  await page
    .getByRole('link', { name: /support/i })
    .first()
    .click();
  await expect(page.getByRole('link', { name: 'Email help@backup.example' })).toBeVisible();
});
