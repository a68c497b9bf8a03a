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
    ['a markdown code span among HTML', 'x | <p>Must match ``[a-z!&amp;#$^&lt;&gt;_-]{8,128}``.</p>', '[a-z!&#$^<>_-]{8,128}'],
    ['numeric references in a code span among HTML', 'x | <p>Use ``&#60;id&#x3E;``.</p>', '<id>'],
    ['a <code> span decoded once', 'x | <code>&amp;lt;</code>', '&lt;'],
  ])('%s', (_name, markdown, want) => {
    expect(codeSpans(markdown)).toEqual([want]);
  });

  it('keeps entities in a code span of plain markdown, as markdown means them', () => {
    expect(codeSpans('Write `&amp;` for an ampersand.')).toEqual(['&amp;']);
  });

  it('leaves an unclosed <code> as it is', () => {
    expect(codeSpans('Use <code>x and more')).toEqual([]);
  });
});
