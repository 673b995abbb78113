/**
 * The shape of the case report (docs/case-report.md): the JSON a user downloads or a ticket system
 * ingests, and what its Markdown is written from. Used by the tests and to generate
 * docs/case-report.schema.json; the app imports only the inferred type, so zod stays out of the bundle.
 *
 * Versioning: adding a field keeps `schemaVersion`; renaming or removing one, or changing what a value
 * means, bumps it (and CASE_REPORT_VERSION in case-report.ts).
 */
import { z } from 'zod';
import { CAUSE_IDS } from './cause-ids';
import { AUTO_VERDICTS, CAUSE_STATUSES, RETRY_RESULTS, TRISTATES } from './wizard-state';

/** A moment in UTC, written like 2027-01-15T08:00:00Z. */
const time = z.iso.datetime().describe('ISO 8601 time in UTC, e.g. 2027-01-15T08:00:00Z');
const causeId = z.enum(CAUSE_IDS);
const text = z.string();

const recognisedSchema = z
  .strictObject({
    code: z.number().int().positive().nullable().describe('The AADSTS code found in the text, or null for a phrase'),
    meaning: text,
    causeId: causeId.describe('The cause this error points at'),
  })
  .describe('What the app recognised in the error text');

const answersSchema = z
  .strictObject({
    errorText: text.nullable().describe('The error text as pasted'),
    recognised: recognisedSchema.nullable(),
    workedBefore: z.enum(TRISTATES).nullable(),
    recentChange: z
      .strictObject({
        answer: z.enum(TRISTATES).nullable(),
        at: time.nullable().describe('When the change was made'),
        kind: text.nullable().describe('The kind of change (an id from flow.json changeKinds)'),
        kindLabel: text.nullable(),
      })
      .nullable()
      .describe('Null when nothing was said about a recent change'),
    serviceAccount: text.nullable(),
    applicationId: text.nullable(),
  })
  .describe('What the user told the start step; each field is null when not given');

const choiceSchema = z.strictObject({
  step: text.describe('The id of the check step inside the cause'),
  question: text,
  answer: text,
  at: time,
});

const retrySchema = z.strictObject({
  step: text.describe('The id of the fix step inside the cause'),
  fix: text.describe('The title of the fix applied'),
  result: z.enum(RETRY_RESULTS),
  at: time,
});

const findingSchema = z.strictObject({
  status: z.enum(AUTO_VERDICTS),
  weight: z.enum(['primary', 'supporting']),
  text,
  source: text.describe('Where it was read: a Microsoft Graph request, or the place to check by hand'),
  reason: z.enum(['permission', 'licence', 'missing-input', 'unavailable', 'manual']).optional(),
  manual: text.optional().describe('What to do by hand when the check could not decide'),
  warning: z.boolean().optional(),
  change: z.strictObject({ at: time, readyAt: time, kind: text }).optional(),
});

const automaticCheckSchema = z
  .strictObject({
    verdict: z.enum(AUTO_VERDICTS),
    checkedAt: time,
    findings: z
      .array(findingSchema)
      .nullable()
      .describe('The evidence; null when it was not kept (it lives only in the browser tab that ran the check)'),
  })
  .describe('What the automatic read-only tenant check concluded');

const causeSchema = z.strictObject({
  id: causeId,
  number: z.number().int().min(1),
  title: text,
  shortTitle: text,
  status: z.enum(CAUSE_STATUSES),
  decidedBy: z.enum(['you', 'automatic check']).nullable(),
  decidedAt: time.nullable(),
  choices: z.array(choiceSchema).describe('The answers given in this cause, in order'),
  retries: z.array(retrySchema).describe('Each retry after a fix, in order'),
  automaticCheck: automaticCheckSchema.nullable(),
});

const outcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('resolved'),
    causeId,
    causeTitle: text.describe("The cause's short title"),
    fix: z.strictObject({ step: text, title: text }).nullable(),
  }),
  z.strictObject({ kind: z.literal('escalated') }),
  z.strictObject({
    kind: z.literal('in-progress'),
    step: z.strictObject({ id: text.describe('"start" or "<cause>/<step>"'), title: text }),
  }),
]);

const PATH_EVENTS = [
  'began',
  'answered',
  'retried',
  'jumped',
  'edited answers',
  'escalated',
  'checked the tenant',
] as const;

const pathEntrySchema = z.strictObject({
  at: time,
  event: z.enum(PATH_EVENTS),
  step: text.describe('The title of the step it happened on'),
  detail: text,
});

const noteSchema = z.strictObject({
  step: text.describe('"start", "<cause>/<step>", "resolved" or "escalate"'),
  title: text,
  text,
});

export const caseReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    generatedAt: time,
    app: z.strictObject({ name: z.literal('401 Troubleshooter'), version: text }),
    contentReviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe('The oldest "last reviewed" date of the causes'),
    redacted: z.boolean().describe('True when tenant details (emails, IDs, IP addresses, domains) are hidden'),
    outcome: outcomeSchema,
    answers: answersSchema,
    causes: z.array(causeSchema).describe('Every cause, in the order they were walked'),
    ruledOut: z.array(causeId),
    path: z.array(pathEntrySchema).describe('Everything done, in order'),
    notes: z.array(noteSchema).describe("The agent's notes, by step; empty notes are left out"),
    sampleData: text
      .nullable()
      .describe('The title of the sample tenant when the automatic check ran against demo data, else null'),
  })
  .meta({
    title: '401 Troubleshooter case report',
    description: 'One troubleshooting session of a 401 Unauthorized on the Microsoft 365 backup (docs/case-report.md)',
  });

export type CaseReport = z.infer<typeof caseReportSchema>;
export type CaseReportCause = CaseReport['causes'][number];
export type CaseReportFinding = z.infer<typeof findingSchema>;
export type PathEvent = (typeof PATH_EVENTS)[number];
