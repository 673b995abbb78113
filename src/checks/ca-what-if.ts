/**
 * The What If answers (POST /identity/conditionalAccess/evaluate, research §2 cause 6): which policies
 * apply to the service account's legacy sign-ins, per resource, client app type and provider IP.
 */
import { POLICY_STATES, type PolicyState, parseGrantControls } from './ca-policy';
import { asBoolean, asObject, asString, parseList } from './json';
import { MALFORMED, readExisting, type Unreadable } from './read-result';
import type { WhatIfRun } from './types';

/** A policy that applies with a grant control, and the evaluations it applied in. */
export interface WhatIfHit {
  policy: string;
  controls: string[];
  runs: WhatIfRun[];
}

export interface WhatIfSummary {
  runs: number;
  /** Enabled policies that apply and have a grant control: a legacy client can satisfy none. */
  blocking: WhatIfHit[];
  /** The same for report-only policies: shown, not enforced. */
  reportOnly: WhatIfHit[];
  unreadable: Unreadable[];
}

interface AppliedPolicy {
  key: string;
  name: string;
  state: PolicyState;
  applies: boolean;
  controls: string[];
}

export function summariseWhatIf(runs: readonly WhatIfRun[]): WhatIfSummary {
  const blocking = new Map<string, WhatIfHit>();
  const reportOnly = new Map<string, WhatIfHit>();
  const unreadable: Unreadable[] = [];
  for (const run of runs) {
    const read = readExisting(run.result);
    const policies = read.kind === 'ok' ? parseList(read.body, parseAppliedPolicy) : undefined;
    if (read.kind === 'unreadable' || !policies) {
      unreadable.push(read.kind === 'unreadable' ? read : MALFORMED);
      continue;
    }
    for (const policy of policies) {
      if (!policy.applies || policy.controls.length === 0) continue;
      const hits = policy.state === 'enabled' ? blocking : policy.state === 'disabled' ? undefined : reportOnly;
      const hit = hits?.get(policy.key) ?? { policy: policy.name, controls: policy.controls, runs: [] };
      hit.runs.push(run);
      hits?.set(policy.key, hit);
    }
  }
  return { runs: runs.length, blocking: [...blocking.values()], reportOnly: [...reportOnly.values()], unreadable };
}

function parseAppliedPolicy(value: unknown): AppliedPolicy | undefined {
  const item = asObject(value);
  const name = asString(item?.displayName);
  const state = POLICY_STATES.find((s) => s === item?.state);
  const applies = asBoolean(item?.policyApplies);
  const controls = parseGrantControls(item?.grantControls);
  if (!name || !state || applies === undefined || !controls) return undefined;
  return { key: asString(item?.id) ?? name, name, state, applies, controls };
}
