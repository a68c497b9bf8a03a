import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures.ts';

/**
 * Every file a source comment names exists. A name is looked up beside the comment's file,
 * then in each folder above it up to the checkout (`merge/occurrences.ts` from
 * generator/model/), then in generated/ for the files of the package the emitters write
 * (`src/<product>/client.ts`; a `<…>` or `*` stands for any part of one folder or file name).
 */
const LINKED = /\.(?:ts|mjs|md|json|tsv)$/;
/** Words a comment's file names are cut out of: whitespace, code marks, quotes, brackets, punctuation. */
const SEPARATORS = /[\s`'"()[\],;:]+/;
/** A `<product>`-like placeholder, made one `*` before the words are cut. */
const PLACEHOLDER = /<[^<>\n]*>/g;
/**
 * Names of the user's files, not the checkout's: the key `yc iam key create` writes, the accept file, what
 * `apiref openapi` writes into the output folder, and the page store and merged model in the cache folder.
 */
const USER_FILES = new Set(['key.json', 'apiref.accept.json', 'openapi.json', 'openapi/*.json', 'apiref-pages-*.json', 'apiref-model-*.json']);

/** A docs page path given as an example (`en/x.md:12`, `…/api-ref/Cluster/get.md`, `..\x.md`), not a file of the checkout. */
const isDocsPath = (name: string): boolean => /^(?:en|ru|docs)\//.test(name) || name.startsWith('…') || name.includes('\\');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(folder, path));
}

function commentsOf(file: string): { text: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = new Map<number, { text: string; line: number }>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) found.set(range.pos, { text: text.slice(range.pos, range.end), line: source.getLineAndCharacterOfPosition(range.pos).line + 1 });
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    node.forEachChild(visit);
  };
  visit(source);
  return [...found.values()];
}

/** Whether `name` (`/`-separated, `*` for any part of one segment) exists under `folder`. */
function existsUnder(folder: string, name: string): boolean {
  const [segment, ...rest] = name.split('/');
  if (segment === undefined || segment === '') return false;
  if (!segment.includes('*')) return rest.length === 0 ? existsSync(join(folder, segment)) : existsUnder(join(folder, segment), rest.join('/'));
  if (!existsSync(folder)) return false;
  const [before, after] = [segment.slice(0, segment.indexOf('*')), segment.slice(segment.lastIndexOf('*') + 1)];
  const matches = (entry: string) => entry.length >= before.length + after.length && entry.startsWith(before) && entry.endsWith(after);
  return readdirSync(folder).some((entry) => matches(entry) && (rest.length === 0 || existsUnder(join(folder, entry), rest.join('/'))));
}

function resolves(file: string, name: string): boolean {
  for (let folder = dirname(file); folder.startsWith(ROOT.replace(/\/$/, '')); folder = dirname(folder)) {
    if (existsUnder(folder, name)) return true;
  }
  return existsUnder(join(ROOT, 'generated'), name);
}

describe('links in source comments', () => {
  it('name files that exist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(join(ROOT, 'generator'))) {
      for (const comment of commentsOf(file)) {
        for (const word of comment.text.replace(PLACEHOLDER, '*').split(SEPARATORS)) {
          const name = word.replace(/\.+$/, '').replace(/^\.\//, '');
          // `.md` alone is a kind of file, not a file.
          if (!LINKED.test(name) || /^\.\w+$/.test(name) || isDocsPath(name) || USER_FILES.has(name)) continue;
          checked++;
          if (!resolves(file, name)) broken.push(`${relative(ROOT, file)}:${comment.line}: ${name}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});
