import { expect, test } from './support/auth-fixtures';
import { installGraphStandin } from './support/graph-standin';
import { batchRounds, expectBoard, fillInputs, openVerify, runCheck, scenario, signInWithMicrosoft } from './support/verify';

test('scratch', async ({ page, signInWithPopup }) => {
  const s = scenario('healthy');
  const graph = await installGraphStandin(page, { scenario: s });
  await openVerify(page);
  await signInWithMicrosoft(page, signInWithPopup);
  await fillInputs(page, s.inputs);
  await runCheck(page);
  await expectBoard(page, s.expected);
  console.log(JSON.stringify(graph.requests, null, 1), graph.violations, JSON.stringify(graph.tokens), batchRounds(graph));
  console.log(await page.evaluate(() => Object.keys(sessionStorage)));
});
