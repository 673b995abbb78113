/**
 * Graph failing single checks (403, 429, 500, timeout, malformed JSON): the cause whose read failed says
 * "couldn't check" and why, the others keep their verdicts, the page never turns into an error page, and
 * "Check again" works once the failure has cleared.
 */
import type { Page } from '@playwright/test';
import type { VerdictStatus } from '../src/checks/types';
import type { CauseId } from '../src/engine/cause-ids';
import { expect, test } from './support/auth-fixtures';
import { type GraphStandin, type GraphStandinOptions, installGraphStandin } from './support/graph-standin';
import {
  board,
  boardRow,
  expectBoard,
  fillInputs,
  graphTraffic,
  openVerify,
  runCheck,
  scenario,
  signInWithMicrosoft,
} from './support/verify';

const HEALTHY = scenario('healthy');

/** The on-screen reasons (src/features/verify/verdict-style.ts), by what they start with. */
const WHY = {
  permission: /Why:\s*your role or the app.s permissions don.t allow reading this/,
  unavailable: /Why:\s*Microsoft Graph didn.t answer in time or answered with an error; check again/,
};

interface Failure {
  name: string;
  inject: Partial<GraphStandinOptions>;
  cause: CauseId;
  why: RegExp;
}

const FAILURES: Failure[] = [
  {
    name: '403 on the Security Defaults policy',
    inject: { overrides: { securityDefaults: { status: 403 } } },
    cause: 'security-defaults',
    why: WHY.permission,
  },
  {
    name: '403 on the Conditional Access policies and on What If',
    inject: { overrides: { caPolicies: { status: 403 }, whatIf: { status: 403 } } },
    cause: 'conditional-access',
    why: WHY.permission,
  },
  {
    name: '500 on the app registration',
    inject: { overrides: { application: { status: 500 } } },
    cause: 'credentials',
    why: WHY.unavailable,
  },
  {
    name: '500 on the directory audit log',
    inject: { overrides: { directoryAudits: { status: 500 } } },
    cause: 'propagation-delay',
    why: WHY.unavailable,
  },
  {
    name: '429 on the SharePoint settings that outlasts the retries',
    inject: { overrides: { sharepointSettings: { status: 429, retryAfter: 1, times: 10 } } },
    cause: 'sharepoint-legacy-auth',
    why: WHY.unavailable,
  },
  {
    name: 'a beta batch answered with malformed JSON',
    inject: { malformedBatch: 'beta' },
    cause: 'authentication-policy',
    why: WHY.unavailable,
  },
];

const CLEAR: Partial<GraphStandinOptions> = { overrides: {}, malformedBatch: undefined, batchDelayMs: 0 };

async function signInAndRun(page: Page, signInWithPopup: (page: Page) => Promise<string>) {
  await openVerify(page);
  await signInWithMicrosoft(page, signInWithPopup);
  await fillInputs(page, HEALTHY.inputs);
  await runCheck(page);
}

/** Only `cause` changed: it could not be checked and says why; every other cause kept its verdict. */
async function expectOnlyUnknown(page: Page, cause: CauseId, why: RegExp) {
  const expected: Record<CauseId, VerdictStatus> = { ...HEALTHY.expected, [cause]: 'unknown' };
  await expectBoard(page, expected);
  const row = boardRow(page, cause);
  // The row's one-line summary (shown without opening the evidence) is what could not be read.
  await expect(row.locator(':scope > p')).toContainText('Could not read');
  await expect(row.getByRole('link', { name: 'Check it by hand' })).toBeVisible();
  await row.getByText(/^Evidence \(\d+\)$/).click();
  await expect(row.getByText(why).first()).toBeVisible();
  // Never an error page: the page, its notice area and the board are as they were.
  await expect(page.getByTestId('verify-notice')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your tenant automatically' })).toBeVisible();
}

/** Clicks "Check again" and waits for that run to be over (the board keeps the old verdicts meanwhile). */
async function checkAgain(page: Page, graph: GraphStandin) {
  const before = graph.requests.length;
  await board(page).getByRole('button', { name: 'Check again' }).click();
  await expect.poll(() => graph.requests.length).toBeGreaterThan(before);
  await expect(board(page).getByRole('button', { name: 'Check again' })).toBeEnabled();
}

test('each failing read leaves only its own cause unchecked, with the reason, until Check again', async ({
  page,
  signInWithPopup,
}) => {
  test.slow(); // six runs after one sign-in
  const graph = await installGraphStandin(page, { scenario: HEALTHY, ...FAILURES[0]?.inject });
  await signInAndRun(page, signInWithPopup);
  for (const [i, failure] of FAILURES.entries()) {
    await test.step(failure.name, async () => {
      if (i > 0) {
        graph.update({ ...CLEAR, ...failure.inject });
        await checkAgain(page, graph);
      }
      await expectOnlyUnknown(page, failure.cause, failure.why);
    });
  }
  await test.step('the failure clears: Check again gets every verdict back', async () => {
    graph.update(CLEAR);
    await checkAgain(page, graph);
    await expectBoard(page, HEALTHY.expected);
  });
  expect(graph.violations).toEqual([]);
});

test('a 429 with Retry-After is waited out and retried, and the cause gets its verdict', async ({
  page,
  signInWithPopup,
}) => {
  const graph = await installGraphStandin(page, {
    scenario: HEALTHY,
    overrides: { sharepointSettings: { status: 429, retryAfter: 1 } }, // once
  });
  await signInAndRun(page, signInWithPopup);
  await expectBoard(page, HEALTHY.expected);

  expect(graph.violations).toEqual([]);
  const throttled = graph.items.filter((i) => i.id === 'sharepointSettings');
  expect(throttled.map((i) => i.status)).toEqual([429, 200]);
  // The retry carried only what was throttled, and came after the Retry-After second.
  const batches = graph.requests.filter((r) => r.itemIds.includes('sharepointSettings'));
  expect(batches).toHaveLength(2);
  expect(batches[1]?.itemIds).toEqual(['sharepointSettings']);
  expect((batches[1]?.at ?? 0) - (batches[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  expect(graphTraffic(graph).batches).toBe(4);
});

test('a Graph that never answers times out: every read cause says so, and Check again recovers', async ({
  page,
  signInWithPopup,
}) => {
  // The app gives a batch 20 s; the browser's clock is moved on instead of waiting them out.
  await page.clock.install();
  const graph = await installGraphStandin(page, { scenario: HEALTHY, batchDelayMs: 25_000 });
  let sent = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/$batch') && r.method() === 'POST') sent++;
  });
  await signInAndRun(page, signInWithPopup);
  await expect.poll(() => sent).toBe(2); // round 1: the v1.0 and the beta batch, both held
  await expect(page.getByText('Reading the tenant…')).toBeVisible();
  await page.clock.fastForward('00:21');

  await expectBoard(page, {
    'legacy-auth-retirement': 'unknown',
    'propagation-delay': 'unknown',
    credentials: 'unknown',
    'sharepoint-legacy-auth': 'unknown',
    'security-defaults': 'unknown',
    'conditional-access': 'unknown',
    'authentication-policy': 'unknown',
  });
  await expect(page.getByRole('heading', { name: 'Nothing could be checked' })).toBeVisible();
  const row = boardRow(page, 'security-defaults');
  await expect(row).toContainText('the request timed out');
  await row.getByText(/^Evidence \(\d+\)$/).click();
  await expect(row.getByText(WHY.unavailable).first()).toBeVisible();
  await expect(page.getByTestId('verify-notice')).toHaveCount(0);

  graph.update(CLEAR);
  await checkAgain(page, graph);
  await expectBoard(page, HEALTHY.expected);
  expect(graph.violations).toEqual([]);
});
