import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitAtHeadings } from '../../generator/parse/chunks.ts';
import { parseMarkdown, parseWhole } from '../../generator/parse/processor.ts';
import { DOCS, FIXTURES } from '../helpers/fixtures.ts';

const starts = (text: string) => splitAtHeadings(text).map((chunk) => chunk.line);

/** Every real page the repo holds: the docs and every fixture page. */
function realPages(): string[] {
  return [DOCS, FIXTURES].flatMap((root) =>
    readdirSync(root, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.md') && /(^|\/)(en|ru)\//.test(path))
      .map((path) => join(root, path)),
  );
}

describe('splitAtHeadings', () => {
  it.each([
    ['headings after blank lines', '# A\n\ntext\n\n## B\n\nmore\n\n### C\n', [1, 5, 9]],
    ['not a heading that follows a line of text or HTML', '# A\n<div>\n## B\n\ntext\n## C\n', [1]],
    ['not inside fenced code', '# A\n\n```\n\n## code\n```\n\n## B\n', [1, 8]],
    ['not inside a tilde fence with a longer closing fence', '# A\n\n~~~\n\n## code\n~~~~\n\n## B\n', [1, 8]],
    ['not inside a YFM table, nested or not', '# A\n\n#|\n|| a |\n\n#|\n||x||\n|#\n\n## cell\n||\n|#\n\n## B\n', [1, 14]],
    ['not in front matter, where # starts a YAML comment', '---\n# comment\n\nkey: 1\n---\n\n# A\n\n## B\n', [1, 7, 9]],
    ['not at an indented #', '# A\n\n    ## code\n\n ## B\n', [1]],
  ])('%s', (_name, text, lines) => {
    expect(starts(text)).toEqual(lines);
  });

  it.each([
    ['a link reference definition', '# A\n\n[x]\n\n## B\n\n[x]: https://example.com\n'],
    ['a footnote definition', '# A\n\ntext[^1]\n\n## B\n\n[^1]: note\n'],
    ['a <pre> block, which spans blank lines', '# A\n\n<pre>\n\n## B\n</pre>\n'],
    ['an HTML comment', '# A\n\n<!--\n\n## B\n-->\n'],
    ['a fence never closed', '# A\n\n```\n\n## B\n'],
    ['a YFM table never closed', '# A\n\n#|\n|| a ||\n\n## B\n'],
    ['front matter never closed', '---\na: 1\n\n## B\n'],
  ])('keeps the page whole where %s reaches across it', (_name, text) => {
    expect(starts(text)).toEqual([1]);
  });

  it('gives chunks that are the page, in order, with their lines and offsets', () => {
    const text = '# A\n\nx\n\n## B\r\n\r\ny\n\n## C';
    const chunks = splitAtHeadings(text);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
    for (const chunk of chunks) {
      expect(text.slice(chunk.offset, chunk.offset + chunk.text.length)).toBe(chunk.text);
      expect(text.slice(0, chunk.offset).split('\n').length).toBe(chunk.line);
    }
  });
});

describe('parseMarkdown, chunk by chunk', () => {
  it('gives the tree a parse of the whole page gives, positions included, on every real page', () => {
    const pages = realPages();
    expect(pages.length).toBeGreaterThan(150);
    for (const file of pages) {
      const text = readFileSync(file, 'utf8');
      expect(parseMarkdown(text), file).toEqual(parseWhole(text));
    }
  });

  it('gives the same tree for a chunk met again on another page, at its new place', () => {
    const section = '## Backup {#yandex.cloud.Backup}\n\n#|\n||Field | Description ||\n|| id | **string** ||\n|#\n\n';
    const first = `# One\n\n${section}`;
    const second = `# Two\n\nintro\n\nmore intro\n\n${section}## Tail\n`;
    parseMarkdown(first);
    expect(parseMarkdown(second)).toEqual(parseWhole(second));
  });

  it('hands out copies: changing one page’s tree leaves the next page’s alone', () => {
    const text = '# A\n\n## B\n\ntext\n';
    const tree = parseMarkdown(text);
    (tree.children[1] as { type: string }).type = 'changed';
    expect(parseMarkdown(text)).toEqual(parseWhole(text));
  });
});
