/**
 * The demo tenant's Graph: a `fetch` that answers the app's `$batch` requests from a sample scenario, so
 * the demo runs the very client and checks a real tenant does (DESIGN §7). It answers nothing else.
 */
import { materialise, type Scenario } from './scenario';

interface BatchItem {
  id: string;
}

export function createDemoFetch(scenario: Scenario, now: () => number, latencyMs = 300): typeof fetch {
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!/\/(v1\.0|beta)\/\$batch$/.test(url) || init?.method !== 'POST') {
      return json({ error: { code: 'NotFound', message: 'The sample tenant only answers $batch requests.' } }, 404);
    }
    await new Promise((resolve) => setTimeout(resolve, latencyMs)); // feels like a real tenant, not a flash
    const data = materialise(scenario, now());
    const { requests } = JSON.parse(String(init.body)) as { requests: BatchItem[] };
    const responses = requests.map(({ id }) => {
      const answer = id.startsWith('whatIf-')
        ? (data.whatIf ?? forbidden)
        : (data.responses[id as keyof Scenario['responses']] ?? notFound);
      return { id, status: answer.status, headers: { 'Content-Type': 'application/json' }, body: answer.body };
    });
    return json({ responses });
  };
}

const forbidden = {
  status: 403,
  body: {
    error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  },
};
const notFound = { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'Resource not found.' } } };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
