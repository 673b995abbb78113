/**
 * The case report (docs/case-report.md): one troubleshooting session as JSON for tools, and as Markdown
 * for a support ticket. Pure: the caller passes the clock and the last tenant check's evidence. Times
 * are UTC everywhere, so an agent in another time zone reads them right. The report's shape is
 * case-report-schema.ts; only its type is imported here, so zod never reaches the app bundle.
 */
import type { CauseVerdict, Finding } from '../checks/types';
import type { CaseReport, CaseReportCause, CaseReportFinding, PathEvent } from './case-report-schema';
import { CAUSE_IDS, type CauseId } from './cause-ids';
import { findCause, findNode } from './content-lookup';
import type { Cause, Content } from './content-schema';
import { matchErrorText } from './match-error-text';
import { redactText } from './redact';
import type { WizardView } from './replay';
import { plainText } from './rich-text';
import { fillTemplate, type TemplateValues } from './template';
import type { AutoVerdict, CauseRecord, LogEntry, RetryResult, StartAnswers, WizardState } from './wizard-state';

export type { CaseReport } from './case-report-schema';

export const CASE_REPORT_VERSION = 1;

export interface CaseReportInput {
  content: Content;
  state: WizardState;
  view: WizardView;
  /** productName etc., to fill placeholders in question texts. */
  values: TemplateValues;
  /** The agent's notes by step id: "start", "<cause>/<node>", "resolved", "escalate". */
  notes: Readonly<Record<string, string>>;
  /** Evidence of the last tenant check, if this tab has it. */
  verification: { sampleTitle: string | null; verdicts: readonly CauseVerdict[] } | null;
  appVersion: string;
  /** Epoch seconds. */
  now: number;
  /** For sharing outside the support team: tenant details hidden. */
  redacted: boolean;
}

const APP_NAME = '401 Troubleshooter';
const EMAIL_HIDDEN = '[email hidden]';
const ID_HIDDEN = '[ID hidden]';

const STEP_TITLES = { start: 'Start', resolved: 'Resolved', escalate: 'Escalate to support' } as const;
const VERIFY_TITLE = 'Automatic tenant check';

export function buildCaseReport(input: CaseReportInput): CaseReport {
  const { content, state, view, notes, verification, appVersion, now, redacted } = input;
  const hide = hider(state.answers, redacted);
  const values: TemplateValues = redacted
    ? Object.fromEntries(Object.entries(input.values).map(([k, v]) => [k, v === undefined ? v : hide(v)]))
    : input.values;
  const say = (s: string) => plainText(fillTemplate(s, values));
  const names = namer(content, say);

  // The evidence belongs to the verdicts on record only when it comes from the same check.
  const evidence =
    view.verified && verification?.verdicts.some((v) => v.checkedAt === view.verified?.at) ? verification : null;

  const causes = walkOrder(view).map((id): CaseReportCause => {
    const cause = findCause(content, id);
    const record = view.records[id];
    const choices =
      view.step.kind === 'node' && view.step.causeId === id && record.status === 'not-checked'
        ? view.attempt
        : record.choices;
    const verdict = view.verified?.verdicts[id];
    const found = evidence?.verdicts.find((v) => v.causeId === id && v.checkedAt === view.verified?.at);
    return {
      id,
      number: cause?.number ?? CAUSE_IDS.indexOf(id) + 1,
      title: cause ? say(cause.title) : id,
      shortTitle: names.cause(id),
      status: record.status,
      decidedBy: decidedBy(record),
      decidedAt: record.status === 'not-checked' || record.at === undefined ? null : iso(record.at),
      choices: choices.flatMap((c) =>
        c.kind === 'answer' ? [{ step: c.nodeId, ...names.qa(id, c.nodeId, c.answerId), at: iso(c.at) }] : [],
      ),
      retries: choices.flatMap((c) =>
        c.kind === 'retry' ? [{ step: c.nodeId, fix: names.node(id, c.nodeId), result: c.result, at: iso(c.at) }] : [],
      ),
      automaticCheck:
        view.verified && verdict
          ? {
              verdict,
              checkedAt: iso(view.verified.at),
              findings: found ? found.findings.map((f) => finding(f, hide)) : null,
            }
          : null,
    };
  });

  return {
    schemaVersion: CASE_REPORT_VERSION,
    generatedAt: iso(now),
    app: { name: APP_NAME, version: appVersion },
    contentReviewed: content.causes.map((c) => c.lastReviewed).sort()[0] ?? null,
    redacted,
    outcome: outcome(view, names),
    answers: reportedAnswers(content, state.answers, redacted, hide),
    causes,
    ruledOut: causes.filter((c) => c.status === 'ruled-out').map((c) => c.id),
    path: state.log.map((entry) => {
      // Only the check whose evidence this tab holds is known to have read a sample tenant.
      const sample = entry.type === 'verified' && entry.at === view.verified?.at ? evidence?.sampleTitle : null;
      return pathEntry(entry, content, names, sample ?? null);
    }),
    notes: reportNotes(notes, content, causes, names, hide),
    sampleData: evidence?.sampleTitle ?? null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Building the JSON

/** Hides tenant details in free text; the account and app id given are hidden even where a rule would miss them. */
function hider(answers: StartAnswers, redacted: boolean): (text: string) => string {
  if (!redacted) return (text) => text;
  const literals: [string, string][] = [];
  if (answers.account) literals.push([answers.account, EMAIL_HIDDEN]);
  if (answers.appId) literals.push([answers.appId, ID_HIDDEN]);
  return (text) =>
    redactText(literals.reduce((out, [value, mask]) => out.replace(new RegExp(escapeRegExp(value), 'gi'), mask), text));
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Titles and texts from the content, placeholders filled and markup removed, with fallbacks for stale ids. */
function namer(content: Content, say: (s: string) => string) {
  const causeOf = (id: CauseId): Cause | undefined => findCause(content, id);
  const cause = (id: CauseId) => {
    const c = causeOf(id);
    return c ? say(c.shortTitle) : id;
  };
  const node = (id: CauseId, nodeId: string) => {
    const c = causeOf(id);
    const n = c && findNode(c, nodeId);
    return n ? say(n.title) : `step ${nodeId}`;
  };
  const qa = (id: CauseId, nodeId: string, answerId: string) => {
    const c = causeOf(id);
    const n = c && findNode(c, nodeId);
    if (n?.kind !== 'check') return { question: node(id, nodeId), answer: answerId };
    const answer = n.answers.find((a) => a.id === answerId);
    return { question: say(n.question), answer: answer ? say(answer.label) : answerId };
  };
  /** "Conditional Access: Find the policy that blocks the service account" */
  const step = (id: CauseId, nodeId: string) => `${cause(id)}: ${node(id, nodeId)}`;
  const entry = (id: CauseId) => causeOf(id)?.entry ?? '';
  return { cause, node, qa, step, entry };
}
type Names = ReturnType<typeof namer>;

/**
 * The order the causes were walked in: the decided ones by when they were decided, then the rest in the
 * order they would be walked next (the view's order, with any cause it lacks at the end).
 */
function walkOrder(view: WizardView): CauseId[] {
  const order = [...new Set([...view.order, ...CAUSE_IDS])].filter((id) => CAUSE_IDS.includes(id));
  const decided = order.filter((id) => view.records[id].status !== 'not-checked');
  const at = (id: CauseId) => view.records[id].at ?? 0;
  return [...decided.sort((a, b) => at(a) - at(b)), ...order.filter((id) => !decided.includes(id))];
}

function decidedBy(record: CauseRecord): CaseReportCause['decidedBy'] {
  if (record.status === 'not-checked') return null;
  return record.auto ? 'automatic check' : 'you';
}

function finding(f: Finding, hide: (s: string) => string): CaseReportFinding {
  const out: CaseReportFinding = { status: f.status, weight: f.weight, text: hide(f.text), source: hide(f.source) };
  if (f.reason) out.reason = f.reason;
  if (f.manual !== undefined) out.manual = hide(f.manual);
  if (f.warning !== undefined) out.warning = f.warning;
  if (f.change) out.change = { at: iso(f.change.at), readyAt: iso(f.change.readyAt), kind: f.change.kind };
  return out;
}

function outcome(view: WizardView, names: Names): CaseReport['outcome'] {
  const { step } = view;
  switch (step.kind) {
    case 'resolved': {
      const last = view.records[step.causeId].choices.at(-1);
      const fix =
        last?.kind === 'retry' && last.result === 'worked'
          ? { step: last.nodeId, title: names.node(step.causeId, last.nodeId) }
          : null;
      return { kind: 'resolved', causeId: step.causeId, causeTitle: names.cause(step.causeId), fix };
    }
    case 'escalate':
      return { kind: 'escalated' };
    case 'node':
      return {
        kind: 'in-progress',
        step: { id: `${step.causeId}/${step.nodeId}`, title: names.step(step.causeId, step.nodeId) },
      };
    case 'start':
      return { kind: 'in-progress', step: { id: 'start', title: STEP_TITLES.start } };
  }
}

function reportedAnswers(
  content: Content,
  a: StartAnswers,
  redacted: boolean,
  hide: (s: string) => string,
): CaseReport['answers'] {
  const match = matchErrorText(content.errorSignatures, a.errorText);
  const kind = content.flow.changeKinds.find((k) => k.id === a.changeKind);
  const anyChange = a.recentChange !== undefined || a.changedAt !== undefined || a.changeKind !== undefined;
  return {
    errorText: a.errorText ? hide(a.errorText) : null,
    recognised: match
      ? { code: match.code ?? null, meaning: plainText(match.signature.meaning), causeId: match.cause }
      : null,
    workedBefore: a.workedBefore ?? null,
    recentChange: anyChange
      ? {
          answer: a.recentChange ?? null,
          at: a.changedAt === undefined ? null : iso(a.changedAt),
          kind: a.changeKind ?? null,
          kindLabel: kind ? plainText(kind.label) : null,
        }
      : null,
    serviceAccount: a.account ? (redacted ? EMAIL_HIDDEN : a.account) : null,
    applicationId: a.appId ? (redacted ? ID_HIDDEN : a.appId) : null,
  };
}

export const RETRY_TEXT: Record<RetryResult, string> = {
  worked: 'it worked',
  'still-failing': 'still 401 Unauthorized',
  'cant-check': 'could not retry',
};

const VERDICT_TEXT: Record<AutoVerdict, string> = { fail: 'failed', unknown: "couldn't check", pass: 'passed' };

function pathEntry(entry: LogEntry, content: Content, names: Names, sampleTitle: string | null) {
  const at = iso(entry.at);
  const line = (event: PathEvent, step: string, detail: string) => ({ at, event, step, detail });
  switch (entry.type) {
    case 'begin':
      return line('began', STEP_TITLES.start, `Causes in this order: ${entry.order.map(names.cause).join(', ')}`);
    case 'answer': {
      const { question, answer } = names.qa(entry.causeId, entry.nodeId, entry.answerId);
      return line('answered', names.step(entry.causeId, entry.nodeId), `${question} → ${answer}`);
    }
    case 'retry':
      return line(
        'retried',
        names.step(entry.causeId, entry.nodeId),
        `Re-entered the credentials and retried: ${RETRY_TEXT[entry.result]}`,
      );
    case 'jump': {
      const number = findCause(content, entry.causeId)?.number ?? CAUSE_IDS.indexOf(entry.causeId) + 1;
      return line(
        'jumped',
        names.step(entry.causeId, names.entry(entry.causeId)),
        `Went straight to cause ${number}, ${names.cause(entry.causeId)}`,
      );
    }
    case 'edit':
      return line('edited answers', STEP_TITLES.start, 'Went back to change the answers');
    case 'escalate':
      return line('escalated', STEP_TITLES.escalate, 'Handed the case to support');
    case 'verified': {
      const parts = (['fail', 'unknown', 'pass'] as const).flatMap((verdict) => {
        const ids = CAUSE_IDS.filter((id) => entry.verdicts[id] === verdict);
        if (ids.length === 0) return [];
        const list = verdict === 'pass' ? '' : ` (${ids.map(names.cause).join(', ')})`;
        return [`${ids.length} ${VERDICT_TEXT[verdict]}${list}`];
      });
      const sample = sampleTitle ? `; sample data: ${sampleTitle}` : '';
      return line('checked the tenant', VERIFY_TITLE, `Read-only, Microsoft Graph: ${parts.join(', ')}${sample}`);
    }
  }
}

function reportNotes(
  notes: Readonly<Record<string, string>>,
  content: Content,
  causes: readonly CaseReportCause[],
  names: Names,
  hide: (s: string) => string,
): CaseReport['notes'] {
  // Start, then each cause's steps in walking and content order, then the end steps, then any other.
  const known: [string, string][] = [['start', STEP_TITLES.start]];
  for (const { id } of causes) {
    for (const node of findCause(content, id)?.nodes ?? []) known.push([`${id}/${node.id}`, names.step(id, node.id)]);
  }
  known.push(['resolved', STEP_TITLES.resolved], ['escalate', STEP_TITLES.escalate]);
  const knownIds = new Set(known.map(([id]) => id));
  const others = Object.keys(notes)
    .filter((id) => !knownIds.has(id))
    .sort()
    .map((id): [string, string] => [id, id]);
  return [...known, ...others].flatMap(([step, title]) => {
    const text = Object.hasOwn(notes, step) ? (notes[step] ?? '').trim() : '';
    return text ? [{ step, title, text: hide(text) }] : [];
  });
}

/** 2027-01-15T08:00:00Z */
function iso(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------------------------------------------
// The Markdown

/** "2026-11-28 14:05 UTC" */
export function utc(epochSeconds: number): string {
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** An ISO time from the report, as "2026-11-28 14:05 UTC". */
export function utcOf(isoTime: string): string {
  return utc(Date.parse(isoTime) / 1000);
}

export const TRISTATE_TEXT = { yes: 'Yes', no: 'No', unsure: 'Not sure' } as const;

const STATUS_TEXT: Record<CaseReportCause['status'], string> = {
  'not-checked': 'Not checked',
  'ruled-out': 'Ruled out',
  fixed: 'Fixed',
  'cant-check': "Couldn't check",
};

export const FINDING_TEXT: Record<AutoVerdict, string> = { fail: 'Failed', unknown: "Couldn't check", pass: 'Passed' };

export const REASON_TEXT: Record<NonNullable<CaseReportFinding['reason']>, string> = {
  permission: 'a role or consent is missing',
  licence: 'needs Microsoft Entra ID P1 or P2',
  'missing-input': 'something it needs was not given',
  unavailable: 'Microsoft Graph did not answer; worth trying again',
  manual: 'not in Microsoft Graph',
};

export function reportMarkdown(report: CaseReport): string {
  const out: string[] = ['# Case report: 401 Unauthorized on the Microsoft 365 backup', ''];

  out.push(`- Generated: ${utcOf(report.generatedAt)}`, `- ${outcomeLine(report)}`);
  const checkedAt = report.causes.find((c) => c.automaticCheck)?.automaticCheck?.checkedAt;
  if (checkedAt) {
    const sample = report.sampleData ? ` · sample data: ${inline(report.sampleData)}` : '';
    out.push(`- Automatic tenant check (read-only, Microsoft Graph): ${utcOf(checkedAt)}${sample}`);
  }
  out.push(`- App version: ${report.app.name} ${inline(report.app.version)}`);
  out.push(`- Content reviewed: ${report.contentReviewed ?? 'unknown'}`);
  if (report.redacted) {
    out.push('- Tenant details hidden: email addresses, IDs, IP addresses and domain names are replaced');
  }

  out.push('', '## What was reported', '', ...reportedLines(report.answers));

  const counts = (['ruled-out', 'fixed', 'cant-check', 'not-checked'] as const)
    .map((status) => [status, report.causes.filter((c) => c.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${STATUS_TEXT[status]}: ${n}`);
  out.push(
    '',
    '## Causes',
    '',
    counts.join(' · '),
    '',
    'Checked causes first, in the order they were decided; then the others, in the order they would be walked.',
  );
  for (const cause of report.causes) out.push('', ...causeLines(cause));

  out.push('', '## Path', '');
  if (report.path.length === 0) out.push('Nothing done yet.');
  for (const [i, p] of report.path.entries()) {
    const detail = p.detail ? ` · ${inline(p.detail)}` : '';
    out.push(`${i + 1}. ${utcOf(p.at)} · ${p.event} · ${inline(p.step)}${detail}`);
  }

  out.push('', '## Notes');
  if (report.notes.length === 0) out.push('', 'No notes.');
  for (const note of report.notes) {
    out.push(
      '',
      `### ${inline(note.title)}`,
      '',
      ...note.text.split(/\r?\n/).map((l) => `> ${escapeMarkup(l)}`.trimEnd()),
    );
  }
  return `${out.join('\n')}\n`;
}

/** "Outcome: …", for the Markdown and the printed report. */
export function outcomeLine(report: CaseReport): string {
  const { outcome } = report;
  switch (outcome.kind) {
    case 'resolved': {
      const fix = outcome.fix ? ` (fix: ${inline(outcome.fix.title)})` : '';
      return `Outcome: resolved by "${inline(outcome.causeTitle)}"${fix}`;
    }
    case 'escalated':
      return 'Outcome: escalated to support';
    case 'in-progress':
      return `Outcome: still troubleshooting, at "${inline(outcome.step.title)}"`;
  }
}

function reportedLines(a: CaseReport['answers']): string[] {
  const lines = [`- Error text: ${a.errorText ? inline(a.errorText) : 'not given'}`];
  if (a.recognised) {
    const code = a.recognised.code ? `AADSTS${a.recognised.code}: ` : '';
    lines.push(`- Recognised: ${code}${inline(a.recognised.meaning)}`);
  }
  lines.push(`- Worked before: ${a.workedBefore ? TRISTATE_TEXT[a.workedBefore] : 'not answered'}`);
  const c = a.recentChange;
  let change = c?.answer ? TRISTATE_TEXT[c.answer] : 'not answered';
  if (c?.at) change += `, at ${utcOf(c.at)}`;
  if (c?.kindLabel) change += ` (${inline(c.kindLabel)})`;
  lines.push(`- Recent change in the tenant: ${change}`);
  lines.push(`- Service account: ${a.serviceAccount ? inline(a.serviceAccount) : 'not given'}`);
  lines.push(`- Application (client) ID: ${a.applicationId ? inline(a.applicationId) : 'not given'}`);
  return lines;
}

/** "Ruled out", "Fixed", …, for the Markdown and the printed report. */
export function causeStatusText(cause: CaseReportCause): string {
  const last = cause.retries.at(-1);
  const stillFailing = cause.status === 'fixed' && last?.result === 'still-failing';
  return stillFailing ? 'Fixed, but still 401 Unauthorized after the retry' : STATUS_TEXT[cause.status];
}

function causeLines(cause: CaseReportCause): string[] {
  const status = causeStatusText(cause);
  const when = cause.decidedAt ? ` at ${utcOf(cause.decidedAt)}` : '';
  const lines = [`### ${cause.number}. ${inline(cause.shortTitle)}: ${status}${when}`];
  if (cause.decidedBy) {
    lines.push('', cause.decidedBy === 'you' ? 'Decided by you.' : 'Decided by the automatic tenant check.');
  }

  const items: string[] = [];
  // Answers come before the retry that ends an attempt, so merging by time keeps the order they happened in.
  const steps = [
    ...cause.choices.map((c) => ({ at: c.at, line: `- ${inline(c.question)} → ${inline(c.answer)}` })),
    ...cause.retries.map((r) => ({
      at: r.at,
      line: `- Applied "${inline(r.fix)}", retried at ${utcOf(r.at)}: ${RETRY_TEXT[r.result]}`,
    })),
  ].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  items.push(...steps.map((s) => s.line));

  const check = cause.automaticCheck;
  if (check) {
    items.push(`- Automatic check at ${utcOf(check.checkedAt)}: ${VERDICT_TEXT[check.verdict]}`);
    if (check.findings === null) {
      items.push('  - The evidence stayed in the browser tab that ran the check.');
    }
    for (const f of check.findings ?? []) {
      const warning = f.warning ? ' (warning only)' : '';
      const reason = f.reason ? ` (${REASON_TEXT[f.reason]})` : '';
      const sentence = /[.!?]$/.test(f.text.trim()) ? inline(f.text) : `${inline(f.text)}.`;
      items.push(`  - ${FINDING_TEXT[f.status]}${warning}${reason}: ${sentence} Source: ${code(f.source)}`);
      if (f.manual) items.push(`    - By hand: ${inline(f.manual)}`);
    }
  }
  if (items.length > 0) lines.push('', ...items);
  return lines;
}

/** One line of text for the Markdown: white space folded, and no stray emphasis or HTML outside `code`. */
function inline(text: string): string {
  return escapeMarkup(text.replace(/\s+/g, ' ').trim());
}

/** Escapes `*` and `<` outside code spans, so pasted text cannot turn into emphasis or HTML. */
function escapeMarkup(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[*<]/g, '\\$&')))
    .join('');
}

function code(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.includes('`') ? inline(folded) : `\`${folded}\``;
}
