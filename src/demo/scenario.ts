/**
 * A sample tenant: the Graph answers of one situation, shared by the demo mode, the check tests and the
 * e2e Graph stand-in (src/demo/scenarios/*.json). Times in the JSON are written relative to "now"
 * ("{{now-20m}}", "{{now+90d}}") so the demo always looks current; `materialise` fills them in.
 */

import type { GraphResult, RequestId, VerdictStatus, VerifyInputs } from '../checks/types';
import type { CauseId } from '../engine/cause-ids';

export interface Scenario {
  id: string;
  title: string;
  description: string;
  /** The inputs the demo fills in for this tenant. */
  inputs: Omit<VerifyInputs, 'providerIps'> & { providerIps?: string[] };
  responses: Partial<Record<RequestId, GraphResult>>;
  /** The answer to every What If evaluation; absent means What If is refused (403). */
  whatIf?: GraphResult;
  /** What the board must show for each cause: the tests' expectation. */
  expected: Record<CauseId, VerdictStatus>;
}

const RELATIVE_TIME = /^\{\{now([+-]\d+)([smhd])\}\}$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** Replaces every "{{now±N(s|m|h|d)}}" string with an ISO time relative to `now` (epoch seconds). */
export function materialise<T>(value: T, now: number): T {
  if (typeof value === 'string') {
    const m = RELATIVE_TIME.exec(value);
    if (!m) return value;
    const seconds = Number(m[1]) * UNIT_SECONDS[m[2] as keyof typeof UNIT_SECONDS];
    return new Date((now + seconds) * 1000).toISOString().replace('.000Z', 'Z') as T;
  }
  if (Array.isArray(value)) return value.map((v) => materialise(v, now)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v, now)])) as T;
  }
  return value;
}
