/**
 * One verification run: the first round (a v1.0 and a beta batch, in parallel), then What If for the
 * service account once its object id is known. Two round trips, three when the audit-log limit or more
 * than five provider IPs split a batch.
 */
import { asObject, asString } from '../checks/json';
import type { RequestId, TenantSnapshot, VerifyInputs, WhatIfRun } from '../checks/types';
import { type GraphClientOptions, sendRequests } from './graph-client';
import { firstRound, whatIfRound } from './verify-plan';

export async function runVerification(
  options: GraphClientOptions,
  inputs: VerifyInputs,
  now: number,
): Promise<TenantSnapshot> {
  const first = await sendRequests(options, firstRound(inputs, now));
  const results: TenantSnapshot['results'] = {};
  for (const [id, result] of first) results[id as RequestId] = result;

  const user = results.user;
  const userId = user?.status === 200 ? (asString(asObject(user.body)?.id) ?? null) : null;
  const whatIf: WhatIfRun[] = [];
  if (userId) {
    const planned = whatIfRound(userId, inputs);
    const answers = await sendRequests(options, planned);
    for (const request of planned) {
      const body = request.body as {
        signInContext: { includeApplications: string[] };
        signInConditions: { clientAppType: WhatIfRun['clientAppType']; ipAddress?: string };
      };
      whatIf.push({
        resource: body.signInContext.includeApplications[0] ?? '',
        clientAppType: body.signInConditions.clientAppType,
        ...(body.signInConditions.ipAddress ? { ipAddress: body.signInConditions.ipAddress } : {}),
        result: answers.get(request.id) ?? { status: 0, error: 'malformed' },
      });
    }
  }
  return { fetchedAt: now, results, whatIf };
}
