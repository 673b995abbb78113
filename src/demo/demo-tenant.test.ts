import { describe, expect, it } from 'vitest';
import { verifyTenant } from '../checks/verdicts';
import { runVerification } from '../graph/run-verification';
import { createDemoFetch } from './demo-fetch';
import { SCENARIOS } from './demo-tenant';

const NOW = 1_800_000_000;

// The demo runs the very client and checks a real tenant does: each sample tenant, sent through the real
// batching client and the demo's Graph, must end with the verdicts its file promises.
describe('every sample tenant through the real client', () => {
  it('has the eleven scenarios the issue asks for', () => {
    expect(SCENARIOS.map((s) => s.id)).toContain('healthy');
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(11);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', async (_id, scenario) => {
    const inputs = { ...scenario.inputs, providerIps: scenario.inputs.providerIps ?? [] };
    const snapshot = await runVerification(
      {
        baseUrl: 'https://graph.microsoft.com',
        getToken: async () => 'demo',
        fetch: createDemoFetch(scenario, () => NOW, 0),
      },
      inputs,
      NOW,
    );
    const verdicts = Object.fromEntries(verifyTenant(snapshot, inputs).map((v) => [v.causeId, v.status]));
    expect(verdicts).toEqual(scenario.expected);
  });

  it('answers nothing but $batch', async () => {
    const fetch = createDemoFetch(SCENARIOS[0] as (typeof SCENARIOS)[number], () => NOW, 0);
    const response = await fetch('https://graph.microsoft.com/v1.0/users', { method: 'GET' });
    expect(response.status).toBe(404);
  });
});
