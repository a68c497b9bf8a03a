import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { languageOfPath, pageProduct } from '../model/docs-paths.ts';
import type { Layout } from '../model/ir.ts';
import type { PageExtract, PageService } from '../model/page.ts';
import { findDeepNesting, MAX_CONTAINER_DEPTH, MAX_TABLE_DEPTH } from '../parse/nesting.ts';
import { type KeptChunks, parseMarkdown } from '../parse/processor.ts';
import { findPageLayout } from './detect-layout.ts';
import { isHttpRequestCode, parseHttpLine } from './layouts/common.ts';
import { OTHER_LAYOUT } from './layouts/registry.ts';
import { PageDiagnostics } from './location.ts';
import { reportMissedMethodPage } from './missed-method.ts';
import { PageContext } from './page-context.ts';
import { detectLang } from './page-facts.ts';
import { type Section, splitSections } from './sections.ts';
import { mayBeApiReference } from './scan.ts';
import { reportBrokenTables } from './table-diagnostics.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/** Where a large page's parse trees are kept between runs (`io/kept-trees.ts`): read back for the chunks it still has. */
export interface TreeKeeper {
  forPage(path: string, text: string): (KeptChunks & { save(): void }) | undefined;
}

/**
 * Reads one page into what it documents. Pure: the same path and bytes always give the
 * same result (kept trees only spare parsing), and bad input becomes diagnostics, never an
 * exception.
 */
export function extractPage(path: string, bytes: Uint8Array, trees?: TreeKeeper): PageExtract {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const diagnostics = new PageDiagnostics(path);
  const result = (lang: PageExtract['source']['lang'], layout: Layout, services: PageService[] = [], context?: PageContext): PageExtract => ({
    source: { path, lang, layout, sha256 },
    services,
    types: context ? [...context.types.values()] : [],
    diagnostics: diagnostics.list,
  });
  const fallbackLang = languageOfPath(path);

  const text = lenientDecoder.decode(bytes);
  if (!mayBeApiReference(text)) return { ...result(fallbackLang, 'other'), notApiReference: true };
  if (!isMarkdownText(bytes, diagnostics)) return result(fallbackLang, 'other');
  if (nestsTooDeep(text, diagnostics)) return result(fallbackLang, 'other');
  let root: Root;
  try {
    const kept = trees?.forPage(path, text);
    root = parseMarkdown(text, kept);
    kept?.save();
  } catch (error) {
    diagnostics.at(null, 'error', 'parse-failed', `the page could not be parsed: ${messageOf(error)}`);
    return result(fallbackLang, 'other');
  }
  reportBrokenTables(root, diagnostics);
  const sections = splitSections(root);
  const lang = detectLang(root, path);
  const layout = findPageLayout(sections);
  if (!layout) {
    reportMissedMethodPage(sections, diagnostics);
    return result(lang, OTHER_LAYOUT);
  }
  const context = new PageContext(path, lang, pageProduct(path, restPathOf(sections)), diagnostics, text, layout.name);
  try {
    const services = layout.extract({ root, sections }, context);
    if (!services.some((service) => service.methods.length > 0) && !diagnostics.list.some((entry) => entry.severity !== 'info')) {
      diagnostics.at(null, 'warning', 'no-method-found', `the page has the ${layout.name} layout but no method could be read from it`);
    }
    return result(lang, layout.name, services, context);
  } catch (error) {
    diagnostics.at(null, 'error', 'extract-failed', `the ${layout.name} page could not be read: ${messageOf(error)}`);
    return result(lang, layout.name);
  }
}

/** A page nested past the parser's bounds is not parsed: it would take minutes (see parse/nesting.ts). */
function nestsTooDeep(text: string, diagnostics: PageDiagnostics): boolean {
  const deep = findDeepNesting(text);
  if (!deep) return false;
  const what = deep.kind === 'table' ? 'YFM tables nested' : 'lists and block quotes nested';
  const bound = deep.kind === 'table' ? MAX_TABLE_DEPTH : MAX_CONTAINER_DEPTH;
  const at = { type: 'nesting', position: { start: { line: deep.line, column: deep.column }, end: { line: deep.line, column: deep.column } } };
  diagnostics.at(at, 'error', 'nesting-too-deep', `${what} ${deep.depth} levels deep here (at most ${bound}): the page was not read`);
  return true;
}

/** A page that looks like API reference but is binary is an error; one with a few bytes that are not UTF-8 is read on. */
function isMarkdownText(bytes: Uint8Array, diagnostics: PageDiagnostics): boolean {
  if (bytes.includes(0)) {
    diagnostics.at(null, 'error', 'binary-file', 'the file holds NUL bytes: not a markdown page');
    return false;
  }
  try {
    strictDecoder.decode(bytes);
  } catch {
    diagnostics.at(null, 'warning', 'invalid-utf8', 'the file is not valid UTF-8: bytes that are not were read as U+FFFD');
  }
  return true;
}

function restPathOf(sections: readonly Section[]): string | null {
  for (const section of sections) {
    const code = section.blocks.find(isHttpRequestCode);
    if (code) return parseHttpLine(code)?.path ?? null;
  }
  return null;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
