/**
 * The shape of the troubleshooting content (src/content/**.json). Used by the content tests and
 * `npm run content:check`; the app itself only imports the inferred types, so zod stays out of the bundle.
 */
import { z } from 'zod';
import { CAUSE_IDS } from './cause-ids';
import type { CAUSE_SUMMARY_FIELDS, FLOW_INDEX_FIELDS } from './cause-summary-fields';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id such as "check-setting"');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });
const causeId = z.enum(CAUSE_IDS);

/** Where an answer leads: another node of the same cause, or an outcome for the cause. */
export const OUTCOMES = ['#ruled-out', '#cant-check'] as const;

const pixel = z.number().int().min(0);

/**
 * What the UI draws over a screenshot: a numbered marker at a point, or a box around an area, in the
 * image's own pixels. `target` names the element of an illustration it points at, so `npm run
 * screenshots` can move it when the illustration changes; a real capture has none.
 */
const calloutSchema = z.strictObject({
  kind: z.enum(['marker', 'box']),
  x: pixel,
  y: pixel,
  w: pixel.min(1).optional(),
  h: pixel.min(1).optional(),
  label: text.optional(),
  target: slug.optional(),
});

const screenshotSchema = z.strictObject({
  src: z
    .string()
    .regex(/^\/screenshots\/[a-z0-9-]+\/[a-z0-9-]+\.(png|jpg|webp)$/, 'must be /screenshots/<cause-id>/<name>.png'),
  width: pixel.min(1),
  height: pixel.min(1),
  alt: text,
  /** The screen it shows, for the caption "Illustration — checked against … on …". */
  portal: text,
  checkedOn: isoDate,
  illustration: z.boolean(),
  callouts: z.array(calloutSchema),
});

const stepSchema = z.strictObject({
  id: slug,
  text,
  details: z.array(text).min(1).optional(),
  screenshot: screenshotSchema.optional(),
  code: z.strictObject({ label: text, language: z.enum(['powershell', 'text']), text }).optional(),
  link: z.strictObject({ label: text, href: httpsUrl }).optional(),
});

const answerSchema = z.strictObject({
  id: slug,
  label: text,
  next: z.string().min(1),
});

/** What a support agent says to the customer at this step (shown in the agent panel, never to the customer). */
const say = text;

const checkNodeSchema = z.strictObject({
  id: slug,
  kind: z.literal('check'),
  title: text,
  say,
  intro: z.array(text).optional(),
  steps: z.array(stepSchema).optional(),
  question: text,
  answers: z.array(answerSchema).min(2, 'a question needs at least two answers'),
});

const fixOptionSchema = z.strictObject({
  id: slug,
  title: text,
  when: text.optional(),
  recommended: z.boolean().optional(),
  steps: z.array(stepSchema).min(1, 'a fix needs at least one step'),
  tradeoff: z.strictObject({ title: text, text: z.array(text).min(1) }).optional(),
});

const fixNodeSchema = z.strictObject({
  id: slug,
  kind: z.literal('fix'),
  title: text,
  say,
  intro: z.array(text).optional(),
  options: z.array(fixOptionSchema).min(1, 'a fix node needs at least one option'),
  vendorOnly: z.strictObject({ title: text, text: z.array(text).min(1) }).optional(),
  widget: z.enum(['propagation-countdown']).optional(),
});

export const causeSchema = z.strictObject({
  $schema: z.string().optional(),
  id: causeId,
  number: z.number().int().min(1).max(7),
  title: text,
  shortTitle: text,
  summary: text,
  why: z.array(text).min(1),
  article: z.strictObject({
    says: text,
    today: z.array(text).min(1),
    departs: z.boolean(),
  }),
  entry: slug,
  nodes: z.array(z.discriminatedUnion('kind', [checkNodeSchema, fixNodeSchema])).min(1),
  sources: z.array(z.strictObject({ title: text, url: httpsUrl })).min(1),
  lastReviewed: isoDate,
});

const orderSchema = z.array(causeId).length(CAUSE_IDS.length);

export const flowSchema = z.strictObject({
  $schema: z.string().optional(),
  /** What the agent says on the steps that belong to no cause. */
  say: z.strictObject({ start: text, resolved: text, escalate: text }),
  retry: z.strictObject({
    question: text,
    help: text,
    answers: z.strictObject({ worked: text, stillFailing: text, cantCheck: text }),
  }),
  orders: z.strictObject({ neverWorked: orderSchema, workedBefore: orderSchema, unsure: orderSchema }),
  changeKinds: z.array(z.strictObject({ id: slug, label: text, hours: z.number().positive().max(72) })).min(1),
});

export const errorSignaturesSchema = z.strictObject({
  $schema: z.string().optional(),
  signatures: z
    .array(
      z.strictObject({
        id: slug,
        codes: z.array(z.number().int().positive()).optional(),
        phrases: z.array(text).optional(),
        cause: causeId,
        meaning: text,
      }),
    )
    .min(1),
});

export type Step = z.infer<typeof stepSchema>;
export type Screenshot = z.infer<typeof screenshotSchema>;
export type Callout = z.infer<typeof calloutSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type CheckNode = z.infer<typeof checkNodeSchema>;
export type FixNode = z.infer<typeof fixNodeSchema>;
export type ContentNode = CheckNode | FixNode;
export type Cause = z.infer<typeof causeSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type ErrorSignatures = z.infer<typeof errorSignaturesSchema>;
export type ErrorSignature = ErrorSignatures['signatures'][number];

export type CauseSummary = Pick<Cause, (typeof CAUSE_SUMMARY_FIELDS)[number]>;

/** What the start page works from: each cause's summary, the orders and kinds of change (ADR 0004). */
export interface ContentIndex {
  causes: readonly CauseSummary[];
  flow: Pick<Flow, (typeof FLOW_INDEX_FIELDS)[number]>;
}

/** Everything the engine reads, as assembled by src/content/index.ts. */
export interface Content extends ContentIndex {
  causes: readonly Cause[];
  flow: Flow;
  errorSignatures: ErrorSignatures;
}
