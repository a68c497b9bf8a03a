import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { codeSpan, markdownText } from '../../../../generator/targets/typescript/plugins/package/markdown-text.ts';

const HOSTILE = ['<script>alert(1)</script>', 'two\nlines', 'a `tick` and ``two``', '`', '*bold* _it_ [link](x) | pipe # hash', 'a\u2028b', '&amp; &lt;'];

/** The one block a line of markdown parses to. */
const parsed = (markdown: string) => fromMarkdown(markdown).children;

describe('docs text in the generated README', () => {
  it.each(HOSTILE)('a heading of %j stays one heading with the text as written', (text) => {
    const blocks = parsed(`### ${markdownText(text)}`);
    expect(blocks.map((block) => block.type)).toEqual(['heading']);
    expect(toString(blocks[0])).toBe(text.replace(/[\n\u2028]/g, ' '));
    expect(JSON.stringify(blocks)).not.toContain('"type":"html"');
  });

  it.each(HOSTILE)('a code span of %j holds the text as written', (text) => {
    const [paragraph] = parsed(`(${codeSpan(text)})`);
    expect(paragraph?.type).toBe('paragraph');
    const code = paragraph && 'children' in paragraph ? paragraph.children.find((child) => child.type === 'inlineCode') : undefined;
    expect(code && 'value' in code ? code.value : undefined).toBe(text.replace(/[\n\u2028]/g, ' '));
  });

  it('keeps a table row whole around a REST path with pipes and backticks', () => {
    const row = `| \`list\` | ${codeSpan('GET /v1/{a}|`b`\n', true)} |`;
    expect(row.split('\n')).toHaveLength(1);
    expect(row).toContain('\\|');
  });

  it('leaves plain product names as they are', () => {
    expect(markdownText('managed-redis')).toBe('managed-redis');
    expect(codeSpan('yandex.cloud.mdb.redis.v1.ClusterService')).toBe('`yandex.cloud.mdb.redis.v1.ClusterService`');
  });
});
