import { describe, expect, it } from 'vitest';
import { wrapComments } from '../../../../generator/targets/typescript/format/wrap-comments.ts';

const WIDTH = 40;
const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('wrapComments', () => {
  it('rewraps a long doc line at spaces under the same prefix, leaving short lines alone', () => {
    const text = `  /**\n   * ${words(12)}\n   * short\n   */\nconst x = 1;`;
    const lines = wrapComments(text, WIDTH).split('\n');
    expect(lines.every((line) => line.length <= WIDTH)).toBe(true);
    expect(lines.filter((line) => line.startsWith('   * word')).join(' ').replace(/\s*\* /g, ' ').trim()).toBe(words(12));
    expect(lines.slice(-3)).toEqual(['   * short', '   */', 'const x = 1;']);
  });

  it('opens a one-line doc comment that is too long into a block, and wraps // comments', () => {
    expect(wrapComments(`/** ${words(9)} */`, WIDTH)).toBe(`/**\n * ${words(7)}\n * ${words(2)}\n */`);
    expect(wrapComments(`  // ${words(9)}`, WIDTH)).toBe(`  // ${words(7)}\n  // ${words(2)}`);
  });

  it('keeps a URL whole on a line of its own', () => {
    const url = `https://example.com/${'a'.repeat(50)}`;
    expect(wrapComments(` * see ${url} there`, WIDTH)).toBe(` * see ${url} there`);
    expect(wrapComments(`/**\n * see ${url} there\n */`, WIDTH)).toBe(`/**\n * see\n * ${url}\n * there\n */`);
  });

  it('never starts a continuation line with a list marker, heading, quote or JSDoc tag', () => {
    const text = `/**\n * ${['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '-', 'b', '@c', 'dddddddddddddddddddddddddddddddd', '#', 'e', '1.', 'f'].join(' ')}\n */`;
    const continuations = wrapComments(text, WIDTH).split('\n').slice(2, -1).map((line) => line.slice(3));
    expect(continuations.length).toBeGreaterThan(0);
    for (const line of continuations) expect(line).not.toMatch(/^(?:-|#|1\.|@)/);
  });

  it('indents a list item’s continuation under its text and leaves fenced code and table rows as they are', () => {
    const list = wrapComments(`/**\n * - ${words(9)}\n */`, WIDTH).split('\n');
    expect(list[2]).toMatch(/^ \* {3}word/);
    const code = `/**\n * \`\`\`ts\n * const ${words(12, 'x')} = 1;\n * \`\`\`\n * | ${words(12, 'cell |')}\n */`;
    expect(wrapComments(code, WIDTH)).toBe(code);
  });
});
