/**
 * The part of the content the start page needs, small enough for the first load: built from the
 * content files at build time (build/content-index-plugin.ts). The error signatures load when the user
 * starts typing an error (error-signatures.ts).
 */
import { causes, flow } from 'virtual:content-index';
import type { ContentIndex } from '../engine/content-schema';

// Validated with the rest of the content by content.test.ts; the cast restores literal types.
export const contentIndex = { causes, flow } as unknown as ContentIndex;
