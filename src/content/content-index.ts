/**
 * The part of the content the start page needs, small enough for the first load. The cause
 * summaries come from the cause files at build time (build/cause-index-plugin.ts).
 */
import causes from 'virtual:cause-index';
import type { ContentIndex, ErrorSignatures, Flow } from '../engine/content-schema';
import errorSignatures from './error-signatures.json' with { type: 'json' };
import flow from './flow.json' with { type: 'json' };

// Validated with the rest of the content by content.test.ts; the cast restores literal types.
export const contentIndex: ContentIndex = {
  causes,
  flow: flow as unknown as Flow,
  errorSignatures: errorSignatures as unknown as ErrorSignatures,
};
