import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { RecentSession } from '../src/session/recent-sessions';
import { entryStep } from './support/content';
import { expect, expectStep, test } from './support/test';
import { answer, begin } from './support/wizard';

/** Recent sessions on this device (issue #5 point 6): the start page lists them to reopen or clear. */

const PREFIX = '401-troubleshooter.';
const SESSIONS = `${PREFIX}sessions`;

type Seeded = RecentSession;

const now = () => Math.floor(Date.now() / 1000);

/** Three sessions, newest first, as the wizard records them. */
function threeSessions(): Seeded[] {
  const t = now();
  return [
    {
      key: String(t - 600),
      url: '/causes/conditional-access',
      startedAt: t - 600,
      updatedAt: t - 60,
      where: 'at Conditional Access: Find the blocking policy',
      checked: 3,
    },
    {
      key: String(t - 86_400 - 3600),
      url: '/causes/security-defaults',
      startedAt: t - 86_400 - 3600,
      updatedAt: t - 86_400 - 3000,
      where: 'resolved by Security Defaults',
      checked: 5,
    },
    {
      key: String(t - 20 * 86_400),
      url: '/causes/credentials',
      startedAt: t - 20 * 86_400,
      updatedAt: t - 20 * 86_400 + 900,
      where: 'escalated to support',
      checked: 7,
    },
  ];
}

/** Puts items into this site's localStorage before the app's first load (once: reloads see what the app left). */
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

const stored = (page: Page) => page.evaluate(() => ({ ...localStorage }) as Record<string, string>);

function recentSection(page: Page) {
  return page.getByRole('region', { name: 'Recent sessions on this device' });
}

function entries(page: Page) {
  return recentSection(page).getByRole('listitem');
}

/** The list is a chunk of its own, loaded after the start page: on a busy machine that takes a moment. */
async function expectListed(page: Page, count: number) {
  await expect(entries(page)).toHaveCount(count, { timeout: 15_000 });
}

test('recent sessions are listed newest first, with where they stand, and reopen where they were left', async ({
  page,
}) => {
  const sessions = threeSessions();
  await seed(page, { [SESSIONS]: JSON.stringify(sessions) });
  await page.goto('/');
  await expectStep(page, 'start');

  await expectListed(page, 3);
  await expect(entries(page).nth(0)).toContainText('At Conditional Access: Find the blocking policy');
  await expect(entries(page).nth(0)).toContainText('3 of 7 causes checked');
  await expect(entries(page).nth(0)).toContainText(/Started today \d/);
  await expect(entries(page).nth(1)).toContainText('Resolved by Security Defaults');
  await expect(entries(page).nth(1)).toContainText(/Started yesterday \d/);
  await expect(entries(page).nth(2)).toContainText('Escalated to support');
  await expect(entries(page).nth(2)).toContainText('7 of 7 causes checked');
  await expect(recentSection(page)).toContainText('never sent anywhere');

  await entries(page)
    .nth(1)
    .getByRole('link', { name: /^Reopen session started yesterday/ })
    .click();
  // (The wizard may add its log to a deep link once it has loaded.)
  await expect(page).toHaveURL(/\/causes\/security-defaults(\?|$)/);
  await expectStep(page, entryStep('security-defaults'));
});

test('nothing kept on the device: no section, and its code is not even loaded', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('recent-sessions-list')) chunks.push(r.url());
  });
  await page.goto('/');
  await expectStep(page, 'start');
  await expect(page.getByRole('button', { name: 'Find the cause' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'Recent sessions on this device' })).toHaveCount(0);
  expect(chunks).toEqual([]);
});

test('clearing a session removes it and its notes, keeps the others, and keeps focus in the list', async ({ page }) => {
  const sessions = threeSessions();
  await seed(page, {
    [SESSIONS]: JSON.stringify(sessions),
    [`${PREFIX}notes.${sessions[0]?.key}`]: JSON.stringify({ start: 'customer on the phone' }),
    [`${PREFIX}notes.${sessions[1]?.key}`]: JSON.stringify({ start: 'keep me' }),
  });
  await page.goto('/');
  await expectListed(page, 3);

  // Keyboard only: focus the first Clear button and press Enter.
  const clear = entries(page)
    .nth(0)
    .getByRole('button', { name: /^Clear session started today \d/ });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(entries(page)).toHaveCount(2);
  await expect(recentSection(page).getByRole('status')).toContainText('Cleared the session started today');
  // Focus lands on what now stands in its place: the next session's Reopen link.
  await expect(
    entries(page)
      .nth(0)
      .getByRole('link', { name: /^Reopen/ }),
  ).toBeFocused();
  await expect(entries(page).nth(0)).toContainText('Resolved by Security Defaults');

  const kept = await stored(page);
  expect(JSON.parse(kept[SESSIONS] ?? '[]').map((s: Seeded) => s.key)).toEqual([sessions[1]?.key, sessions[2]?.key]);
  expect(kept[`${PREFIX}notes.${sessions[0]?.key}`]).toBeUndefined();
  expect(kept[`${PREFIX}notes.${sessions[1]?.key}`]).toBe(JSON.stringify({ start: 'keep me' }));

  // Still gone after a reload.
  await page.reload();
  await expectListed(page, 2);
});

test("forget everything asks first, then clears all of this app's data and nothing else", async ({ page }) => {
  const sessions = threeSessions();
  await seed(page, {
    [SESSIONS]: JSON.stringify(sessions),
    [`${PREFIX}notes.${sessions[0]?.key}`]: JSON.stringify({ start: 'customer on the phone' }),
    [`${PREFIX}present`]: '1',
    'another-app.settings': 'keep',
  });
  await page.goto('/');
  await expectListed(page, 3);
  await expect(page.locator('html')).toHaveAttribute('data-present', '');

  const forgetAll = page.getByRole('button', { name: 'Forget everything on this device' });
  await forgetAll.click();
  const explanation = page.getByText('This clears recent sessions, notes and the screen-share setting on this device.');
  await expect(explanation).toBeFocused();
  // Cancel changes nothing and returns to the button.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(explanation).toHaveCount(0);
  await expect(forgetAll).toBeFocused();
  expect(Object.keys(await stored(page))).toHaveLength(4);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Forget everything', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(recentSection(page).getByRole('status')).toHaveText('Nothing from this app is kept on this device now.');
  await expect(page.getByRole('heading', { name: 'Recent sessions on this device' })).toBeFocused();
  await expect(entries(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Forget everything/ })).toHaveCount(0);
  expect(await stored(page)).toEqual({ 'another-app.settings': 'keep' });
  // Screen-share mode went with it.
  await expect(page.locator('html')).not.toHaveAttribute('data-present');

  await page.reload();
  await expectStep(page, 'start');
  await expect(page.getByRole('heading', { name: 'Recent sessions on this device' })).toHaveCount(0);
});

for (const [name, raw] of [
  ['not JSON', '[{"key":'],
  ['not a list', '{"key":"1","url":"/"}'],
  ['entries of the wrong shape', JSON.stringify([{ key: 1 }, null, { key: '2', url: 'https://example.com/' }])],
] as const) {
  test(`damaged sessions in storage (${name}): the page works, with no entries to reopen`, async ({ page }) => {
    await seed(page, { [SESSIONS]: raw });
    await page.goto('/');
    await expectStep(page, 'start');
    await expect(page.getByRole('button', { name: 'Forget everything on this device' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(entries(page)).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Reopen/ })).toHaveCount(0);
    // Forget everything repairs it, and the wizard still starts.
    await page.getByRole('button', { name: 'Forget everything on this device' }).click();
    await page.getByRole('button', { name: 'Forget everything', exact: true }).click();
    expect(await stored(page)).toEqual({});
    await begin(page, {});
    await expect(page).not.toHaveURL(/\/$/);
  });
}

test('screen-share mode: tenant details in an entry are hidden', async ({ page }) => {
  const [first] = threeSessions();
  await seed(page, {
    [SESSIONS]: JSON.stringify([{ ...first, where: 'at Credentials: check backup@contoso.com' }]),
    [`${PREFIX}present`]: '1',
  });
  await page.goto('/');
  await expectListed(page, 1);
  await expect(entries(page)).toContainText('[email hidden]');
  await expect(entries(page)).not.toContainText('contoso');
});

test('a session cleared in another tab leaves this tab’s list too', async ({ page, context }) => {
  await seed(page, { [SESSIONS]: JSON.stringify(threeSessions()) });
  await page.goto('/');
  await expectListed(page, 3);
  const other = await context.newPage();
  await other.goto('/');
  await expect(entries(other)).toHaveCount(3, { timeout: 15_000 });
  await entries(other)
    .nth(2)
    .getByRole('button', { name: /^Clear/ })
    .click();
  await expect(entries(other)).toHaveCount(2);
  await expect(entries(page)).toHaveCount(2);
  await other.close();
});

test('wizard records the session: back at the start it is listed, and reopens at the same step', async ({ page }) => {
  await begin(page, { worked: 'Yes, it worked before' });
  await expectStep(page, entryStep('legacy-auth-retirement'));
  await answer(page, 'true-not-listed');
  const current = page.locator('main [data-step-id]').first();
  await expect(current).not.toHaveAttribute('data-step-id', entryStep('legacy-auth-retirement'));
  const step = await current.getAttribute('data-step-id');
  const url = page.url();

  await page.goto('/');
  await expectStep(page, 'start');
  await expectListed(page, 1);
  await expect(entries(page)).toContainText(/^At /);
  await expect(entries(page)).toContainText(/Started today \d/);
  await entries(page)
    .getByRole('link', { name: /^Reopen/ })
    .click();
  await expect(page).toHaveURL(url);
  await expectStep(page, step ?? '');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: the start page with sessions listed, and the confirm step, pass axe`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await seed(page, { [SESSIONS]: JSON.stringify(threeSessions()) });
    await page.goto('/');
    await expectListed(page, 3);
    const scan = async () => {
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    };
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: 'Forget everything on this device' }).click();
    expect(await scan()).toEqual([]);
  });
}
