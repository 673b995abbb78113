/**
 * What the tenant check promises about the data: read-only, kept only in the tab, sent only to Microsoft,
 * cleared by signing out; and the secrets' first characters never leave the page or reach a link or storage.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/auth-fixtures';
import { installGraphStandin } from './support/graph-standin';
import {
  board,
  expectBoard,
  fillInputs,
  GRAPH_SCOPES,
  openVerify,
  runCheck,
  scenario,
  signInWithMicrosoft,
} from './support/verify';

test('"What this reads" says read-only, kept in the tab, sent only to Microsoft, cleared by signing out', async ({
  page,
}) => {
  await openVerify(page);
  const panel = page.getByTestId('privacy');
  await panel.getByText('What this reads, and what happens to it').click();
  await expect(panel).toContainText('Read-only, through Microsoft Graph with your own sign-in');
  await expect(panel).toContainText('Nothing is changed in your tenant.');
  await expect(panel).toContainText('The answers go from Microsoft straight to this page and nowhere else.');
  await expect(panel).toContainText('Nothing is kept beyond this browser tab');
  await expect(panel).toContainText('signing out clears the sign-in and the results');
  for (const scope of GRAPH_SCOPES) await expect(panel).toContainText(scope);
});

// Characters that cannot occur in a JWT, base64url or a URL-encoded query, so finding them anywhere is a leak.
const APP_PASSWORD_PREFIX = '~q!';
const SECRET_PREFIX = '!v~';

test('the secret prefixes take 3 characters at most and never reach a request, a link or storage', async ({
  page,
  context,
  op,
  signInWithPopup,
}) => {
  const sample = scenario('healthy');
  await installGraphStandin(page, { scenario: sample });
  const sent: string[] = [];
  context.on('request', (r) => sent.push(`${r.method()} ${r.url()}\n${r.postData() ?? ''}`));
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });

  await openVerify(page);
  await signInWithMicrosoft(page, signInWithPopup);
  await fillInputs(page, { ...sample.inputs, appPasswordPrefix: undefined, secretPrefix: undefined });
  const form = page.getByRole('form', { name: 'What to check' });
  for (const [label, prefix] of [
    ['App Password: first 3 characters', APP_PASSWORD_PREFIX],
    ['Application Secret: first 3 characters', SECRET_PREFIX],
  ] as const) {
    const input = form.getByLabel(label);
    await expect(input).toHaveAttribute('maxlength', '3');
    await input.fill(`${prefix}and the rest of the secret`);
    await expect(input).toHaveValue(prefix);
    await input.fill('');
    await input.pressSequentially(`${prefix}xyz`);
    await expect(input).toHaveValue(prefix);
  }
  await runCheck(page);
  await expect(board(page)).toBeVisible();
  // The prefixes were used: neither matches the secret's hint, so the credentials check fails on them.
  await expectBoard(page, { ...sample.expected, credentials: 'fail' });
  await board(page).getByRole('link', { name: 'Continue with these results' }).click();
  await expect(page.getByTestId('auto-verdict')).toBeVisible();

  const leaks = (texts: string[]) =>
    texts.filter((t) => [APP_PASSWORD_PREFIX, SECRET_PREFIX].some((p) => readable(t).includes(p)));
  expect(leaks(sent), 'requests carrying a prefix').toEqual([]);
  expect(leaks([...visited, page.url()]), 'addresses carrying a prefix').toEqual([]);
  expect(leaks(await storage(page)), 'storage carrying a prefix').toEqual([]);
  // The page talks to itself, the sign-in and Graph, and to nobody else.
  expect([...origins].sort()).toEqual(['http://localhost:4173', op.origin, 'https://graph.microsoft.com'].sort());
});

/** A text as a person would read it: URL-decoded, and with the wizard's base64url state parameter decoded. */
function readable(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // not URL-encoded
  }
  const state = /[?&]s=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  return state ? `${decoded}\n${Buffer.from(state, 'base64url').toString('utf8')}` : decoded;
}

function storage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [sessionStorage, localStorage].flatMap((store) =>
      Object.keys(store).map((key) => `${key}=${store.getItem(key) ?? ''}`),
    ),
  );
}
