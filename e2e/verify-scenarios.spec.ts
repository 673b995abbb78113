/**
 * "Check my tenant automatically" through the real MSAL code path: sign in on the local OP, fill in the
 * sample tenant's inputs, run, and compare the board with the tenant's `expected` verdicts. The Graph
 * stand-in answers from the same sample tenant and checks every token and batch the app sends. One sign-in
 * serves a few tenants (the session is picked up again on the next visit), which keeps the suite short.
 */
import type { Page } from '@playwright/test';
import type { Scenario } from '../src/demo/scenario';
import { expect, test } from './support/auth-fixtures';
import { type GraphStandin, installGraphStandin } from './support/graph-standin';
import {
  expectBoard,
  expectReadOnlyTokens,
  fillInputs,
  openVerify,
  runCheck,
  SCENARIOS,
  signInWithMicrosoft,
} from './support/verify';

const GROUPS = [SCENARIOS.slice(0, 4), SCENARIOS.slice(4, 8), SCENARIOS.slice(8)];

for (const group of GROUPS) {
  test(`${group.map((s) => s.id).join(', ')}: each board shows the verdicts the sample tenant expects`, async ({
    page,
    signInWithPopup,
  }) => {
    test.slow(); // several tenants in one test
    const [first] = group;
    if (!first) return;
    const graph = await installGraphStandin(page, { scenario: first });
    await openVerify(page);
    await signInWithMicrosoft(page, signInWithPopup);
    for (const [n, scenario] of group.entries()) {
      if (n > 0) {
        graph.update({ scenario });
        await openVerify(page); // a fresh visit: the sign-in is picked up from the session
        await expect(page.getByTestId('signed-in-as')).toBeVisible();
      }
      await checkBoard(page, graph, scenario);
    }
    expectReadOnlyTokens(graph);
  });
}

async function checkBoard(page: Page, graph: GraphStandin, scenario: Scenario) {
  const before = graph.requests.length;
  await fillInputs(page, scenario.inputs);
  await runCheck(page);
  await expectBoard(page, scenario.expected);
  expect(graph.violations, scenario.id).toEqual([]);
  // Round 1 is a v1.0 and a beta batch in parallel, round 2 What If: nothing here is retried or split.
  const run = graph.requests.slice(before);
  const batches = run.filter((r) => r.method === 'POST' && /^\/(v1\.0|beta)\/\$batch$/.test(r.url));
  expect(run.length - batches.length, 'requests outside $batch').toBe(0);
  expect(batches.length, 'batch POSTs').toBeLessThanOrEqual(3);
  const userFound = scenario.responses.user?.status === 200;
  expect(run.filter((r) => r.itemIds.some((id) => id.startsWith('whatIf-')))).toHaveLength(userFound ? 1 : 0);
}
