import { describe, expect, it } from 'vitest';
import type { Scenario } from '../demo/scenario';
import { CAUSE_IDS } from '../engine/cause-ids';
import { NOW, scenarioSnapshot } from './test-support';
import { verifyTenant } from './verdicts';

const files = import.meta.glob<Scenario>('../demo/scenarios/*.json', { eager: true, import: 'default' });
const scenarios = Object.entries(files).map(([path, scenario]) => ({ path, scenario }));

describe('the demo scenarios', () => {
  it('are all here: healthy, one per cause, and the four special tenants', () => {
    expect(scenarios.map((s) => s.scenario.id).sort()).toEqual(
      ['healthy', ...CAUSE_IDS, 'several-problems', 'no-p1-licence', 'missing-permissions'].sort(),
    );
  });

  // Each scenario states what the board must show: the checks must reach exactly that.
  it.each(scenarios)('$scenario.id gives the verdicts it expects', ({ path, scenario }) => {
    expect(path).toBe(`../demo/scenarios/${scenario.id}.json`);
    const { snapshot, inputs } = scenarioSnapshot(scenario, NOW);
    const verdicts = verifyTenant(snapshot, inputs);
    const got = Object.fromEntries(verdicts.map((v) => [v.causeId, v.status]));
    expect(got, JSON.stringify(verdicts, null, 2)).toEqual(scenario.expected);
  });
});
