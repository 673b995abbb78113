import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cause, CheckNode, ErrorSignatures, Flow } from './content-schema';
import { CONTENT_FILES, type ContentIssue } from './lint-content';
import { formatIssue, validateContent } from './validate-content';

// The real content files, read as an editor leaves them (like src/content/content.test.ts).
const dir = join(import.meta.dirname, '../content');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const causeFiles = readdirSync(join(dir, 'causes')).filter((f) => f.endsWith('.json'));

interface Files {
  flow: Flow;
  errorSignatures: ErrorSignatures;
  causes: Record<string, Cause>;
}

const REAL = {
  flow: readJson('flow.json'),
  errorSignatures: readJson('error-signatures.json'),
  causes: Object.fromEntries(causeFiles.map((f) => [f.replace(/\.json$/, ''), readJson(join('causes', f))])),
} as Files;

const FLOW = CONTENT_FILES.flow;
const SIGNATURES = CONTENT_FILES.errorSignatures;
const SD = CONTENT_FILES.cause('security-defaults');
const CREDENTIALS = CONTENT_FILES.cause('credentials');
const PROPAGATION = CONTENT_FILES.cause('propagation-delay');

/** Validates a copy of the real content after one change. */
function issuesAfter(change: (files: Files) => void): ContentIssue[] {
  const files = structuredClone(REAL);
  change(files);
  return validateContent(files).issues;
}

const cause = (files: Files, id: string): Cause => {
  const found = files.causes[id];
  if (!found) throw new Error(`no cause file ${id}`);
  return found;
};
/** The n-th node of a cause, which the test knows to be a check. */
const check = (files: Files, id: string, n: number): CheckNode => {
  const node = cause(files, id).nodes[n];
  if (node?.kind !== 'check') throw new Error(`${id} nodes[${n}] is not a check`);
  return node;
};
const signatureIndex = (id: string) => REAL.errorSignatures.signatures.findIndex((s) => s.id === id);

it('the real content has no issues (so every issue below comes from the one change)', () => {
  const { content, issues } = validateContent(structuredClone(REAL));
  expect(issues.map(formatIssue)).toEqual([]);
  expect(content?.causes).toHaveLength(7);
});

describe('one change at a time', () => {
  it.each<[string, (f: Files) => void, Pick<ContentIssue, 'file' | 'path' | 'rule'>]>([
    [
      'an answer leading to a step that does not exist',
      (f) => {
        (check(f, 'security-defaults', 0).answers[0] as { next: string }).next = 'fix-it';
      },
      { file: SD, path: 'nodes[0].answers[0].next', rule: 'dangling-next' },
    ],
    [
      'an entry that is not a step',
      (f) => {
        cause(f, 'security-defaults').entry = 'start-here';
      },
      { file: SD, path: 'entry', rule: 'dangling-next' },
    ],
    [
      'a step no answer leads to',
      (f) => {
        const nodes = cause(f, 'security-defaults').nodes;
        nodes.push({ ...structuredClone(nodes[1] as Cause['nodes'][number]), id: 'orphan' });
      },
      { file: SD, path: 'nodes[2]', rule: 'reachable' },
    ],
    [
      'a duplicate step id',
      (f) => {
        const nodes = cause(f, 'credentials').nodes;
        nodes.push(structuredClone(nodes[1] as Cause['nodes'][number]));
      },
      { file: CREDENTIALS, path: `nodes[${REAL.causes.credentials?.nodes.length ?? 0}].id`, rule: 'unique-ids' },
    ],
    [
      'a duplicate answer id',
      (f) => {
        const answers = check(f, 'security-defaults', 0).answers;
        (answers[1] as { id: string }).id = (answers[0] as { id: string }).id;
      },
      { file: SD, path: 'nodes[0].answers[1].id', rule: 'unique-ids' },
    ],
    [
      'a loop back to the first step',
      (f) => {
        // propagation-delay: recent-change → "not sure" → check-audit-log → "nothing" → recent-change.
        const audit = check(f, 'propagation-delay', 1);
        (audit.answers.find((a) => a.id === 'nothing') as { next: string }).next = 'recent-change';
      },
      { file: PROPAGATION, path: 'nodes[0]', rule: 'no-cycles' },
    ],
    [
      'a check without an answer leading to "#cant-check"',
      (f) => {
        const answers = check(f, 'security-defaults', 0).answers;
        (answers.find((a) => a.next === '#cant-check') as { next: string }).next = '#ruled-out';
      },
      { file: SD, path: 'nodes[0].answers', rule: 'cant-check' },
    ],
    [
      'an entry that is a fix, not a check',
      (f) => {
        cause(f, 'security-defaults').entry = 'fix';
      },
      { file: SD, path: 'entry', rule: 'entry-is-check' },
    ],
    [
      'a cause with no way to a fix',
      (f) => {
        for (const a of check(f, 'security-defaults', 0).answers) {
          if (!a.next.startsWith('#')) (a as { next: string }).next = '#ruled-out';
        }
      },
      { file: SD, path: 'nodes', rule: 'has-fix' },
    ],
    [
      'a number that is not the article’s',
      (f) => {
        cause(f, 'credentials').number = 4;
      },
      { file: CREDENTIALS, path: 'number', rule: 'article-number' },
    ],
    [
      'a missing cause file',
      (f) => {
        delete f.causes.credentials;
      },
      { file: CREDENTIALS, path: '', rule: 'every-cause' },
    ],
    [
      'a cause file named differently from its id',
      (f) => {
        f.causes.credential = cause(f, 'credentials');
        delete f.causes.credentials;
      },
      { file: CONTENT_FILES.cause('credential'), path: 'id', rule: 'file-name' },
    ],
    [
      'unclosed bold in a question',
      (f) => {
        check(f, 'security-defaults', 0).question = 'What does **Security defaults show?';
      },
      { file: SD, path: 'nodes[0].question', rule: 'markup' },
    ],
    [
      'unclosed code in a flow text',
      (f) => {
        f.flow.retry.help = 'Run `Test-Connection and retry.';
      },
      { file: FLOW, path: 'retry.help', rule: 'markup' },
    ],
    [
      'an http:// link in a why paragraph',
      (f) => {
        cause(f, 'credentials').why[0] = 'See [the old page](http://example.com).';
      },
      { file: CREDENTIALS, path: 'why[0]', rule: 'markup' },
    ],
    [
      'an unknown placeholder in a cause',
      (f) => {
        cause(f, 'credentials').summary += ' Ask {tenantName}.';
      },
      { file: CREDENTIALS, path: 'summary', rule: 'placeholders' },
    ],
    [
      'an unknown placeholder in flow.json',
      (f) => {
        f.flow.retry.question = 'Retry in {product}. Did it work?';
      },
      { file: FLOW, path: 'retry.question', rule: 'placeholders' },
    ],
    [
      'an AADSTS code in two signatures',
      (f) => {
        f.errorSignatures.signatures[signatureIndex('wrong-password')]?.codes?.push(53003);
      },
      { file: SIGNATURES, path: `signatures[${signatureIndex('wrong-password')}].codes`, rule: 'unique-ids' },
    ],
    [
      'a signature with neither code nor phrase',
      (f) => {
        const s = f.errorSignatures.signatures[signatureIndex('sharepoint-credentials-refused')];
        if (s) delete s.phrases;
      },
      {
        file: SIGNATURES,
        path: `signatures[${signatureIndex('sharepoint-credentials-refused')}]`,
        rule: 'signature-matches',
      },
    ],
    [
      'a cause listed twice in an order (and another missing)',
      (f) => {
        f.flow.orders.workedBefore = [...f.flow.orders.workedBefore.slice(0, 6), 'credentials'];
      },
      { file: FLOW, path: 'orders.workedBefore[6]', rule: 'unique-ids' },
    ],
    [
      'a cause missing from an order',
      (f) => {
        f.flow.orders.neverWorked = [...f.flow.orders.neverWorked.slice(1), 'propagation-delay'];
      },
      { file: FLOW, path: 'orders.neverWorked', rule: 'every-cause' },
    ],
  ])('%s', (_name, change, expected) => {
    const issues = issuesAfter(change);
    expect(issues).toContainEqual({ ...expected, message: expect.any(String) });
    // Nothing else is blamed: the file an editor is sent to is the one that changed.
    expect(issues.filter((i) => i.file !== expected.file).map(formatIssue)).toEqual([]);
  });

  it('leaves commands alone: a PowerShell backtick is not half-written markup', () => {
    const issues = issuesAfter((f) => {
      const node = cause(f, 'legacy-auth-retirement').nodes.find(
        (n) => n.kind === 'check' && n.steps?.some((s) => s.code),
      );
      const step = node?.kind === 'check' ? node.steps?.find((s) => s.code) : undefined;
      if (!step?.code) throw new Error('expected a step with a command');
      step.code.text = 'Get-OrganizationConfig `\n  | Format-List EwsEnabled';
    });
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('schema problems name the field', () => {
  it.each<[string, (f: Files) => void, Pick<ContentIssue, 'file' | 'path'>, RegExp]>([
    [
      'empty text',
      (f) => {
        check(f, 'security-defaults', 0).question = '   ';
      },
      { file: SD, path: 'nodes[0].question' },
      /must not be empty/,
    ],
    [
      'a missing required field',
      (f) => {
        delete (cause(f, 'credentials') as Partial<Cause>).summary;
      },
      { file: CREDENTIALS, path: 'summary' },
      /.+/,
    ],
    [
      'a field the schema does not know',
      (f) => {
        Object.assign(cause(f, 'credentials'), { sumary: 'typo' });
      },
      { file: CREDENTIALS, path: '' },
      /sumary/,
    ],
    [
      'a source that is not https',
      (f) => {
        (cause(f, 'credentials').sources[0] as { url: string }).url = 'http://learn.microsoft.com';
      },
      { file: CREDENTIALS, path: 'sources[0].url' },
      /https/,
    ],
    [
      'an order one cause short',
      (f) => {
        f.flow.orders.unsure = f.flow.orders.unsure.slice(1);
      },
      { file: FLOW, path: 'orders.unsure' },
      /.+/,
    ],
    [
      'an unknown cause in an order',
      (f) => {
        (f.flow.orders.unsure as string[])[0] = 'dns';
      },
      { file: FLOW, path: 'orders.unsure[0]' },
      /.+/,
    ],
  ])('%s', (_name, change, expected, message) => {
    const issues = issuesAfter(change);
    expect(issues).toContainEqual({ ...expected, rule: 'schema', message: expect.stringMatching(message) });
  });

  it('returns no content while there are issues', () => {
    const files = structuredClone(REAL);
    cause(files, 'credentials').number = 4;
    expect(validateContent(files).content).toBeNull();
  });
});

it('formatIssue gives file, field, message and rule on one line', () => {
  expect(
    formatIssue({ file: SD, path: 'entry', rule: 'entry-is-check', message: 'the first step must be a check' }),
  ).toBe('src/content/causes/security-defaults.json → entry: the first step must be a check [entry-is-check]');
});

describe('screenshots', () => {
  /** The first step of security-defaults' first check, which has a screenshot in the real content. */
  const firstShot = (f: Files) => {
    const step = check(f, 'security-defaults', 0).steps?.find((s) => s.screenshot);
    if (!step?.screenshot) throw new Error('expected a step with a screenshot');
    return {
      step,
      shot: step.screenshot,
      at: `nodes[0].steps[${check(f, 'security-defaults', 0).steps?.indexOf(step)}]`,
    };
  };

  it('a step that says where to click needs a screenshot', () => {
    let at = '';
    const issues = issuesAfter((f) => {
      const found = firstShot(f);
      at = found.at;
      delete found.step.screenshot;
    });
    expect(issues).toContainEqual(expect.objectContaining({ file: SD, path: at, rule: 'screenshots' }));
  });

  it.each([
    ['too short', 'A page'],
    ['too long', 'x'.repeat(151)],
  ])('alt text that is %s', (_name, alt) => {
    let at = '';
    const issues = issuesAfter((f) => {
      const found = firstShot(f);
      at = found.at;
      found.shot.alt = alt;
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ file: SD, path: `${at}.screenshot.alt`, rule: 'alt-text' }),
    );
  });

  it('a callout outside the picture, and a box without a size', () => {
    let at = '';
    const issues = issuesAfter((f) => {
      const found = firstShot(f);
      at = found.at;
      found.shot.callouts = [
        { kind: 'marker', x: found.shot.width + 5, y: 10 },
        { kind: 'box', x: 1, y: 1 },
      ];
    });
    expect(issues).toEqual([
      expect.objectContaining({ file: SD, path: `${at}.screenshot.callouts[0]`, rule: 'callouts' }),
      expect.objectContaining({ file: SD, path: `${at}.screenshot.callouts[1]`, rule: 'callouts' }),
    ]);
  });
});
