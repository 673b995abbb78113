/**
 * Everything the demo tenant needs, in one chunk loaded only when the user chooses it: the sample
 * scenarios, a Graph that answers from them, and a sign-in to nothing.
 */
import { createDemoAuth } from '../auth/demo-auth';
import type { Scenario } from './scenario';

export { createDemoFetch } from './demo-fetch';
export { createDemoAuth };

const files = import.meta.glob<Scenario>('./scenarios/*.json', { eager: true, import: 'default' });

/** The healthy tenant first, then the rest by title. */
export const SCENARIOS: Scenario[] = Object.values(files).sort((a, b) =>
  a.id === 'healthy' ? -1 : b.id === 'healthy' ? 1 : a.title.localeCompare(b.title),
);
