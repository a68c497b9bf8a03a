import type { InlineCode } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../generator/parse/processor.ts';

const codeSpans = (markdown: string): string[] => {
  const found: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'inlineCode') found.push((node as InlineCode).value);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(parseMarkdown(markdown));
  return found;
};

describe('raw <code> spans', () => {
  it.each([
    ['a pattern that markdown would read as a link', 'x | <p>Must match <code>[a-z]([-a-z0-9]{0,61}[a-z0-9])?</code>.</p>', '[a-z]([-a-z0-9]{0,61}[a-z0-9])?'],
    ['entities and the table-escaped pipe', 'x | <code>\\|[a-z&amp;]+&lt;1&gt;</code>', '|[a-z&]+<1>'],
    ['a code span in a paragraph', 'Use <code>*emphasis*</code> here.', '*emphasis*'],
  ])('%s', (_name, markdown, want) => {
    expect(codeSpans(markdown)).toEqual([want]);
  });

  it('leaves an unclosed <code> as it is', () => {
    expect(codeSpans('Use <code>x and more')).toEqual([]);
  });
});
