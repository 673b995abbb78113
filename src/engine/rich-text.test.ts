import { describe, expect, it } from 'vitest';
import { parseRichText, plainText, type RichToken, richTextProblems } from './rich-text';

describe('parseRichText', () => {
  it.each<[string, RichToken[]]>([
    ['Plain words stay as they are.', [{ kind: 'text', text: 'Plain words stay as they are.' }]],
    ['', []],
    [
      'Select **Save**.',
      [
        { kind: 'text', text: 'Select ' },
        { kind: 'strong', text: 'Save' },
        { kind: 'text', text: '.' },
      ],
    ],
    [
      'Run `Get-OrganizationConfig` now',
      [
        { kind: 'text', text: 'Run ' },
        { kind: 'code', text: 'Get-OrganizationConfig' },
        { kind: 'text', text: ' now' },
      ],
    ],
    [
      'See [the docs](https://learn.microsoft.com/entra/).',
      [
        { kind: 'text', text: 'See ' },
        { kind: 'link', text: 'the docs', href: 'https://learn.microsoft.com/entra/' },
        { kind: 'text', text: '.' },
      ],
    ],
    [
      '**A**`b`[c](https://d.example)',
      [
        { kind: 'strong', text: 'A' },
        { kind: 'code', text: 'b' },
        { kind: 'link', text: 'c', href: 'https://d.example' },
      ],
    ],
  ])('%j', (source, tokens) => {
    expect(parseRichText(source)).toEqual(tokens);
  });

  it('does not turn an http:// link into a link', () => {
    const source = 'See [old page](http://example.com).';
    expect(parseRichText(source)).toEqual([{ kind: 'text', text: source }]);
  });

  it('keeps markup-like characters inside code as they are', () => {
    expect(parseRichText('`a*b`')).toEqual([{ kind: 'code', text: 'a*b' }]);
  });
});

describe('richTextProblems', () => {
  it.each([
    ['Plain text'],
    ['Select **Save** and run `Connect-ExchangeOnline`; see [docs](https://learn.microsoft.com).'],
    ['A single * or [bracket] is fine'],
  ])('none in %j', (source) => {
    expect(richTextProblems(source)).toEqual([]);
  });

  it.each([
    ['Select **Save.', '"**" without its closing'],
    ['Run `Get-User now', '"`" without its closing'],
    ['See [docs](http://example.com)', 'link that is not [label](https://…)'],
    ['See [docs](learn.microsoft.com)', 'link that is not [label](https://…)'],
    ['See [docs](https://example.com with a space)', 'link that is not [label](https://…)'],
  ])('%j', (source, message) => {
    expect(richTextProblems(source)).toEqual([{ message: expect.stringContaining(message) }]);
  });

  it('reports each kind of problem once', () => {
    expect(richTextProblems('**a `b [c](d)').map((p) => p.message)).toHaveLength(3);
  });
});

describe('plainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainText('Select **Save**, run `x` and read [the docs](https://example.com).')).toBe(
      'Select Save, run x and read the docs.',
    );
  });
});
