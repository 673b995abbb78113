/**
 * Rules beyond the schema: the things that make a tree that parses still wrong for a user
 * (a dead end, a step nobody can reach, a half-written link). Each finding names the file and field.
 */
import { CAUSE_IDS } from './cause-ids';
import { type Cause, type Content, type ContentNode, OUTCOMES, type Step } from './content-schema';
import { richTextProblems } from './rich-text';
import { unknownPlaceholders } from './template';

export interface ContentIssue {
  file: string;
  path: string;
  rule: string;
  message: string;
}

export const CONTENT_FILES = {
  flow: 'src/content/flow.json',
  errorSignatures: 'src/content/error-signatures.json',
  cause: (id: string) => `src/content/causes/${id}.json`,
};

export function lintContent(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  lintCauseSet(content, issues);
  lintOrders(content, issues);
  for (const cause of content.causes) lintCause(cause, issues);
  lintSignatures(content, issues);
  lintTexts(CONTENT_FILES.flow, content.flow, '', issues);
  lintTexts(CONTENT_FILES.errorSignatures, content.errorSignatures, '', issues);
  return issues;
}

function lintCauseSet(content: Content, issues: ContentIssue[]) {
  const seen = new Set<string>();
  for (const cause of content.causes) {
    if (seen.has(cause.id)) {
      issues.push(issue(CONTENT_FILES.cause(cause.id), 'id', 'unique-ids', `the cause "${cause.id}" is defined twice`));
    }
    seen.add(cause.id);
    const number = CAUSE_IDS.indexOf(cause.id) + 1;
    if (cause.number !== number) {
      issues.push(
        issue(
          CONTENT_FILES.cause(cause.id),
          'number',
          'article-number',
          `must be ${number}, its number in the article`,
        ),
      );
    }
  }
  for (const id of CAUSE_IDS) {
    if (!seen.has(id)) {
      issues.push(issue(CONTENT_FILES.cause(id), '', 'every-cause', `the cause "${id}" has no content file`));
    }
  }
}

/** Each order must list every cause once: the schema only checks its length, so a repeat hides a missing cause. */
function lintOrders(content: Content, issues: ContentIssue[]) {
  for (const [name, order] of Object.entries(content.flow.orders)) {
    const seen = new Set<string>();
    order.forEach((id, i) => {
      if (seen.has(id))
        issues.push(
          issue(CONTENT_FILES.flow, `orders.${name}[${i}]`, 'unique-ids', `the cause "${id}" is listed twice`),
        );
      seen.add(id);
    });
    for (const id of CAUSE_IDS) {
      if (!seen.has(id))
        issues.push(issue(CONTENT_FILES.flow, `orders.${name}`, 'every-cause', `the cause "${id}" is missing`));
    }
  }
}

function lintCause(cause: Cause, issues: ContentIssue[]) {
  const file = CONTENT_FILES.cause(cause.id);
  const byId = new Map<string, ContentNode>();
  cause.nodes.forEach((node, i) => {
    if (byId.has(node.id))
      issues.push(issue(file, `nodes[${i}].id`, 'unique-ids', `the step id "${node.id}" is used twice`));
    byId.set(node.id, node);
  });

  const entry = byId.get(cause.entry);
  if (!entry)
    issues.push(issue(file, 'entry', 'dangling-next', `"${cause.entry}" is not the id of a step in this file`));
  else if (entry.kind !== 'check')
    issues.push(issue(file, 'entry', 'entry-is-check', 'the first step must be a check'));

  cause.nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    if (node.kind === 'check') {
      uniqueIds(file, `${at}.answers`, node.answers, issues);
      node.answers.forEach((answer, j) => {
        if (!(OUTCOMES as readonly string[]).includes(answer.next) && !byId.has(answer.next)) {
          issues.push(
            issue(
              file,
              `${at}.answers[${j}].next`,
              'dangling-next',
              `"${answer.next}" is neither a step id in this file nor one of ${OUTCOMES.join(', ')}`,
            ),
          );
        }
      });
      if (!node.answers.some((a) => a.next === '#cant-check')) {
        issues.push(
          issue(file, `${at}.answers`, 'cant-check', 'every question must offer an answer leading to "#cant-check"'),
        );
      }
      uniqueIds(file, `${at}.steps`, node.steps ?? [], issues);
    } else {
      uniqueIds(file, `${at}.options`, node.options, issues);
      node.options.forEach((option, j) => {
        uniqueIds(file, `${at}.options[${j}].steps`, option.steps, issues);
      });
    }
  });

  // Reachability and cycles: walk from the entry step.
  const reachable = new Set<string>();
  const onPath = new Set<string>();
  const walk = (id: string): void => {
    const node = byId.get(id);
    if (!node) return;
    if (onPath.has(id)) {
      issues.push(
        issue(file, `nodes[${cause.nodes.indexOf(node)}]`, 'no-cycles', `the step "${id}" leads back to itself`),
      );
      return;
    }
    if (reachable.has(id)) return;
    reachable.add(id);
    onPath.add(id);
    if (node.kind === 'check') for (const a of node.answers) walk(a.next);
    onPath.delete(id);
  };
  walk(cause.entry);
  cause.nodes.forEach((node, i) => {
    if (!reachable.has(node.id)) {
      issues.push(issue(file, `nodes[${i}]`, 'reachable', `no answer leads to the step "${node.id}"`));
    }
  });
  if (![...reachable].some((id) => byId.get(id)?.kind === 'fix')) {
    issues.push(issue(file, 'nodes', 'has-fix', 'no answer leads to a fix, so this cause can never be resolved'));
  }
  lintScreenshots(cause, issues);
  lintTexts(file, cause, '', issues);
}

/**
 * A step that sends the user somewhere to click ("→" between portal names, or "select **…**") shows
 * that screen; its picture has alt text a screen-reader user can act on, and callouts on the picture.
 */
export const CLICK_STEP = / → |\b(select|click|choose|open)\s+\*\*/i;

function lintScreenshots(cause: Cause, issues: ContentIssue[]) {
  const file = CONTENT_FILES.cause(cause.id);
  cause.nodes.forEach((node, i) => {
    const lists: [string, readonly Step[]][] =
      node.kind === 'check'
        ? [[`nodes[${i}].steps`, node.steps ?? []]]
        : node.options.map((o, j) => [`nodes[${i}].options[${j}].steps`, o.steps]);
    for (const [path, steps] of lists) {
      steps.forEach((step, k) => {
        const at = `${path}[${k}]`;
        const shot = step.screenshot;
        if (!shot) {
          if (CLICK_STEP.test(step.text)) {
            issues.push(issue(file, at, 'screenshots', 'tells the user where to click, so it needs a "screenshot"'));
          }
          return;
        }
        if (shot.alt.length < 40 || shot.alt.length > 150) {
          issues.push(
            issue(file, `${at}.screenshot.alt`, 'alt-text', `must be 40 to 150 characters (it has ${shot.alt.length})`),
          );
        }
        shot.callouts.forEach((c, n) => {
          const right = c.x + (c.w ?? 0);
          const bottom = c.y + (c.h ?? 0);
          if (c.kind === 'box' && (c.w === undefined || c.h === undefined)) {
            issues.push(issue(file, `${at}.screenshot.callouts[${n}]`, 'callouts', 'a box needs "w" and "h"'));
          } else if (right > shot.width || bottom > shot.height) {
            issues.push(
              issue(
                file,
                `${at}.screenshot.callouts[${n}]`,
                'callouts',
                `reaches ${right}×${bottom}, outside the ${shot.width}×${shot.height} image`,
              ),
            );
          }
        });
      });
    }
  });
}

function lintSignatures(content: Content, issues: ContentIssue[]) {
  const file = CONTENT_FILES.errorSignatures;
  const { signatures } = content.errorSignatures;
  uniqueIds(file, 'signatures', signatures, issues);
  const codes = new Map<number, string>();
  signatures.forEach((s, i) => {
    if (!s.codes?.length && !s.phrases?.length) {
      issues.push(issue(file, `signatures[${i}]`, 'signature-matches', 'needs at least one code or phrase'));
    }
    for (const code of s.codes ?? []) {
      const other = codes.get(code);
      if (other) issues.push(issue(file, `signatures[${i}].codes`, 'unique-ids', `code ${code} is also in "${other}"`));
      codes.set(code, s.id);
    }
  });
}

/** Every string in the file: no half-written markup, no placeholder the app cannot fill. */
function lintTexts(file: string, value: unknown, path: string, issues: ContentIssue[]) {
  if (typeof value === 'string') {
    // Commands are shown verbatim (PowerShell uses backticks), so only prose is checked for markup.
    if (!path.endsWith('code.text')) {
      for (const p of richTextProblems(value)) issues.push(issue(file, path, 'markup', p.message));
    }
    for (const name of unknownPlaceholders(value)) {
      issues.push(issue(file, path, 'placeholders', `{${name}} is not a placeholder the app knows`));
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) lintTexts(file, v, `${path}[${i}]`, issues);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) lintTexts(file, v, path ? `${path}.${k}` : k, issues);
  }
}

function uniqueIds(file: string, path: string, items: readonly { id: string }[], issues: ContentIssue[]) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push(issue(file, `${path}[${i}].id`, 'unique-ids', `the id "${item.id}" is used twice`));
    seen.add(item.id);
  });
}

function issue(file: string, path: string, rule: string, message: string): ContentIssue {
  return { file, path, rule, message };
}
