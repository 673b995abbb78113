/**
 * Signing in for the tenant check, through the real MSAL code path against the local OP: cancelled,
 * popups blocked, consent missing, a token expiring mid-run, and signing out.
 */
import { AUTHORIZE_ERRORS, expect, test } from './support/auth-fixtures';
import { installGraphStandin } from './support/graph-standin';
import { currentStep } from './support/test';
import {
  board,
  boardRow,
  expectBoard,
  expectReadOnlyTokens,
  expectVerifyPage,
  fillInputs,
  GRAPH_SCOPES,
  openVerify,
  runCheck,
  scenario,
  signInWithMicrosoft,
} from './support/verify';
import { begin } from './support/wizard';

const CANCELLED = 'Sign-in was cancelled. Nothing was read or changed; sign in again when you are ready.';

test('a declined sign-in says so, loses none of the wizard answers, and can be tried again', async ({
  page,
  op,
  signInWithPopup,
}) => {
  await begin(page, { error: 'AADSTS50126', changed: 'No', account: 'svc-backup@contoso.com' });
  await expect(currentStep(page)).not.toHaveAttribute('data-step-id', 'start');
  const wizardUrl = page.url();
  const wizardStep = await currentStep(page).getAttribute('data-step-id');
  await page.getByRole('link', { name: 'Check my tenant', exact: true }).click();
  await expectVerifyPage(page);

  await op.nextAuthorizeError(AUTHORIZE_ERRORS.userDeclined);
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await expect(page.getByTestId('verify-notice')).toHaveText(CANCELLED);
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeEnabled();

  // Nothing lost: back in the wizard at the same step, with the same answers.
  await page.getByRole('link', { name: 'Back to the troubleshooter' }).click();
  await expect(currentStep(page)).toHaveAttribute('data-step-id', wizardStep ?? '');
  expect(page.url()).toBe(wizardUrl);

  // And the check can be started again, the service account carried over from the answers.
  await page.getByRole('link', { name: 'Check my tenant', exact: true }).click();
  await signInWithMicrosoft(page, signInWithPopup);
  await expect(page.getByLabel('Service account email')).toHaveValue('svc-backup@contoso.com');
});

// MSAL 5 on its own would wait 60 s for the closed popup's answer; the app watches the window instead.
test('closing the sign-in window is a cancellation, said at once', async ({ page, signInWithPopup }) => {
  await openVerify(page);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  const window = await popup;
  await window.locator('input[name="login"]').waitFor();
  await window.close();
  await expect(page.getByTestId('verify-notice')).toHaveText(CANCELLED);
  await signInWithMicrosoft(page, signInWithPopup);
});

test('with popups blocked, the sign-in goes through a redirect and comes back to the check, signed in', async ({
  page,
  signInWithRedirect,
}) => {
  // A popup blocker: window.open gives nothing back, and MSAL falls back to loginRedirect.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  const sample = scenario('security-defaults');
  const graph = await installGraphStandin(page, { scenario: sample });
  await openVerify(page, '/causes/credentials');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  const username = await signInWithRedirect(page);

  expect(new URL(page.url()).pathname).toBe('/verify');
  expect(new URL(page.url()).searchParams.get('from')).toBe('/causes/credentials');
  await expect(page.getByTestId('signed-in-as')).toContainText(username);
  // The tokens from the redirect sign-in work.
  await fillInputs(page, sample.inputs);
  await runCheck(page);
  await expectBoard(page, sample.expected);
  expect(graph.violations).toEqual([]);
  expectReadOnlyTokens(graph);
});

test('missing consent shows the five permissions, who can grant them, and the admin consent link', async ({
  page,
  op,
}) => {
  await op.nextAuthorizeError(AUTHORIZE_ERRORS.consentRequired);
  await openVerify(page);
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();

  const consent = page.getByTestId('consent-needed');
  await expect(
    consent.getByRole('heading', { name: 'An administrator needs to approve this app first' }),
  ).toBeVisible();
  await expect(consent).toContainText('AADSTS65001');
  const permissions = consent.getByRole('listitem');
  await expect(permissions).toHaveCount(GRAPH_SCOPES.length);
  for (const [i, scope] of GRAPH_SCOPES.entries()) await expect(permissions.nth(i)).toContainText(scope);
  await expect(consent).toContainText(
    'Who can grant them: a Global Administrator, Privileged Role Administrator or Cloud Application Administrator',
  );

  const link = consent.getByRole('link', { name: /Open the admin consent page/ });
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(`${href.origin}${href.pathname}`).toBe(`${op.issuer}/adminconsent`);
  expect(href.searchParams.get('client_id')).toBe(op.clientId);
  expect(href.searchParams.get('scope')?.split(' ')).toEqual(
    GRAPH_SCOPES.map((s) => `https://graph.microsoft.com/${s}`),
  );
  expect(href.searchParams.get('redirect_uri')).toBe('http://localhost:4173/redirect.html');
  await expect(link).toHaveAttribute('target', '_blank');

  await consent.getByRole('button', { name: 'Back to the checks' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeEnabled();
});

test('an access token that expires mid-run is renewed once and the run succeeds', async ({
  page,
  signInWithPopup,
  consoleProblems,
}) => {
  const sample = scenario('credentials');
  const graph = await installGraphStandin(page, { scenario: sample, expireNextTokens: 1 });
  await openVerify(page);
  await signInWithMicrosoft(page, signInWithPopup);
  await fillInputs(page, sample.inputs);
  await runCheck(page);
  await expectBoard(page, sample.expected);

  expect(graph.violations).toEqual([]);
  const expired = graph.tokens.filter((t) => t.problem === 'expired');
  expect(expired).toHaveLength(1);
  // The refused batch was sent again with a new token, and that token served the rest of the run.
  const renewed = graph.tokens.filter((t) => !t.problem);
  expect(renewed.length).toBeGreaterThanOrEqual(3);
  expect(new Set(renewed.map((t) => t.jti)).size).toBeLessThanOrEqual(2);
  expect(renewed.at(-1)?.jti).not.toBe(expired[0]?.jti);
  expect(graph.requests.filter((r) => r.status === 401)).toHaveLength(1);
  expectReadOnlyTokens(graph);

  // The one 401 is Graph's answer to the expired token, provoked on purpose; nothing else went wrong.
  expect(consoleProblems.filter((p) => !/401/.test(p))).toEqual([]);
  consoleProblems.length = 0;
});

test('signing out clears the board, the sign-in and the evidence', async ({ page, signInWithPopup }) => {
  const sample = scenario('several-problems');
  await installGraphStandin(page, { scenario: sample });
  await openVerify(page);
  await signInWithMicrosoft(page, signInWithPopup);
  await fillInputs(page, sample.inputs);
  await runCheck(page);
  await expectBoard(page, sample.expected);
  const causePage = (await boardRow(page, 'security-defaults').getByRole('link').getAttribute('href')) ?? '';
  expect(await msalKeys(page)).not.toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('verify-notice')).toHaveText(
    'Signed out. The sign-in and the results are gone from this browser.',
  );
  await expect(board(page)).toHaveCount(0);
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toBeEnabled();
  expect(await msalKeys(page)).toEqual([]);

  // The earlier verdicts still travel in a cause page's address, but their evidence is gone: opened in this
  // same tab (no reload, so only sign-out can have cleared it), the note shows the verdict without it.
  await page.evaluate((href) => {
    history.pushState(null, '', href);
    dispatchEvent(new PopStateEvent('popstate'));
  }, causePage);
  const note = page.getByTestId('auto-verdict');
  await expect(note).toHaveAttribute('data-verdict', 'fail');
  await expect(note).toContainText('signing out clears it');
  await expect(note.locator('[data-finding-status]')).toHaveCount(0);
});

function msalKeys(page: import('@playwright/test').Page) {
  return page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('msal.')));
}
