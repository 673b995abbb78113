import { entryStep, labelsToFirstFix } from './support/content';
import { currentStep, expect, expectStep, test } from './support/test';
import { answer, begin, expectStatus } from './support/wizard';

test('a shared link opens the same step with the same answers in a fresh browser', async ({ page, browser }) => {
  await begin(page, { error: 'AADSTS530035', worked: 'Yes, it worked before', account: 'backup@contoso.com' });
  await expectStep(page, entryStep('security-defaults'));
  await answer(page, 'disabled'); // rules Security Defaults out
  await expectStatus(page, 'security-defaults', 'ruled-out');
  const stepId = await currentStep(page).getAttribute('data-step-id');
  const shared = page.url();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shared);
  await expect(currentStep(other)).toHaveAttribute('data-step-id', stepId ?? '');
  await expect(other.locator('nav [data-cause-id="security-defaults"]')).toHaveAttribute('data-status', 'ruled-out');
  await expect(other.locator('nav [data-cause-id="security-defaults"]')).toHaveAttribute('data-verdict', 'pass');
  await other
    .getByRole('link', { name: /support/i })
    .first()
    .click();
  await expect(other.getByTestId('case-report')).toContainText('- Service account: backup@contoso.com');
  await fresh.close();
});

test('reload resumes exactly where the user was', async ({ page }) => {
  await begin(page, { worked: "No, it's a new setup" });
  const path = labelsToFirstFix('credentials');
  for (const step of path) await answer(page, step.answerId);
  // Wait for the fix to be on screen before reading which step it is.
  await expect(currentStep(page)).not.toHaveAttribute('data-step-id', `credentials/${path.at(-1)?.nodeId}`);
  const stepId = await currentStep(page).getAttribute('data-step-id');
  await page.reload();
  await expect(currentStep(page)).toHaveAttribute('data-step-id', stepId ?? '');
  await page.getByRole('button', { name: 'Back' }).click();
  await expectStep(page, `credentials/${path.at(-1)?.nodeId}`);
});

test("the browser's Back and Forward buttons move between steps", async ({ page }) => {
  await begin(page, { error: 'AADSTS530035' });
  await expectStep(page, entryStep('security-defaults'));
  await page.goBack();
  await expectStep(page, 'start');
  await page.goForward();
  await expectStep(page, entryStep('security-defaults'));
});

test('a deep link opens a cause directly, and Back from it leads to the start', async ({ page }) => {
  await page.goto('/causes/sharepoint-legacy-auth');
  await expectStep(page, entryStep('sharepoint-legacy-auth'));
  await expect(page).toHaveURL(/\/causes\/sharepoint-legacy-auth\?s=/);
  await expect(page.locator('nav [aria-current="step"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Back' }).click();
  await expectStep(page, 'start');
});

const BAD_LINKS: [string, string, RegExp, string][] = [
  ['damaged state', '/causes/credentials?s=%%%not-base64', /saved answers are damaged/, entryStep('credentials')],
  [
    'state from another version',
    `/?s=${btoa(JSON.stringify({ v: 9, a: {}, l: [] }))}`,
    /different version of this app/,
    'start',
  ],
  [
    'a tampered answer',
    `/causes/credentials/x?s=${btoa(
      JSON.stringify({
        v: 1,
        a: {},
        l: [
          ['j', 1, 2],
          ['a', 2, 2, 'compare-fields', 'hacked'],
        ],
      }),
    ).replace(/=+$/, '')}`,
    /has no step called|do not fit together/,
    entryStep('credentials'),
  ],
  ['an unknown cause', '/causes/not-a-cause', /no cause called "not-a-cause"/, 'start'],
  [
    'an unknown step',
    '/causes/security-defaults/nowhere',
    /has no step called "nowhere"/,
    entryStep('security-defaults'),
  ],
  ['an end page without answers', '/resolved', /carries none of the answers/, 'start'],
  ['a page that does not exist', '/admin/settings', /not a page of this wizard/, 'start'],
  [
    'a path that does not match its state',
    `/escalate?s=${btoa(JSON.stringify({ v: 1, a: {}, l: [] }))}`,
    /does not match its saved answers/,
    'start',
  ],
];

test('every kind of bad link shows a clear message and a fresh start', async ({ page }) => {
  test.slow(); // one page load per case, in one test
  for (const [name, url, message, landing] of BAD_LINKS) {
    await page.goto(url);
    const notice = page.getByTestId('link-notice');
    await expect(notice, name).toContainText("We couldn't open that link");
    await expect(notice, name).toContainText(message);
    await expectStep(page, landing);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice, name).toHaveCount(0);
  }
});
