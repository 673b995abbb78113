/**
 * "Check my tenant automatically" through the real MSAL code path: sign in on the local OP, fill in the
 * sample tenant's inputs, run, and compare the board with the tenant's `expected` verdicts. The Graph
 * stand-in answers from the same sample tenant and checks every token and batch the app sends.
 */
import { expect, test } from './support/auth-fixtures';
import { installGraphStandin } from './support/graph-standin';
import {
  expectBoard,
  expectReadOnlyTokens,
  fillInputs,
  graphTraffic,
  openVerify,
  runCheck,
  SCENARIOS,
  signInWithMicrosoft,
} from './support/verify';

for (const scenario of SCENARIOS) {
  test(`${scenario.id}: the board shows the verdicts the sample tenant expects`, async ({ page, signInWithPopup }) => {
    const graph = await installGraphStandin(page, { scenario });
    await openVerify(page);
    await signInWithMicrosoft(page, signInWithPopup);
    await fillInputs(page, scenario.inputs);
    await runCheck(page);
    await expectBoard(page, scenario.expected);

    expect(graph.violations).toEqual([]);
    // Round 1 is a v1.0 and a beta batch in parallel, round 2 What If: nothing here is retried or split.
    const { batches, direct } = graphTraffic(graph);
    expect(direct, 'requests outside $batch').toBe(0);
    expect(batches, 'batch POSTs').toBeLessThanOrEqual(3);
    expect(graph.requests.filter((r) => r.itemIds.some((id) => id.startsWith('whatIf-')))).toHaveLength(
      graph.items.some((i) => i.id === 'user' && i.status === 200) ? 1 : 0,
    );
    expectReadOnlyTokens(graph);
  });
}
