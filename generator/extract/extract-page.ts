import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { Layout } from '../model/ir.ts';
import type { PageExtract, PageMessage, PageService } from '../model/page.ts';
import { parseMarkdown } from '../parse/processor.ts';
import { detectLayout } from './detect-layout.ts';
import { applyPlaygroundSchema } from './front-matter.ts';
import { isHttpRequestCode, parseHttpLine, restSectionKind } from './layouts/common.ts';
import { extractGrpcMethod } from './layouts/grpc-method.ts';
import { extractGrpcServiceLegacy } from './layouts/grpc-service-legacy.ts';
import { extractRestMethod } from './layouts/rest-method.ts';
import { PageDiagnostics } from './location.ts';
import { PageContext } from './page-context.ts';
import { detectLang, productOf } from './page-facts.ts';
import { type Section, splitSections } from './sections.ts';
import { mayBeApiReference } from './scan.ts';
import { reportBrokenTables } from './table-diagnostics.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/**
 * Reads one page into what it documents. Pure: the same path and bytes always give the
 * same result, and bad input becomes diagnostics, never an exception.
 */
export function extractPage(path: string, bytes: Uint8Array): PageExtract {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const diagnostics = new PageDiagnostics(path);
  const result = (lang: PageExtract['source']['lang'], layout: Layout, services: PageService[] = [], context?: PageContext): PageExtract => ({
    source: { path, lang, layout, sha256 },
    services,
    types: context ? [...context.types.values()] : [],
    diagnostics: diagnostics.list,
  });
  const fallbackLang = path.startsWith('ru/') ? 'ru' : 'en';

  const text = lenientDecoder.decode(bytes);
  if (!mayBeApiReference(text)) return { ...result(fallbackLang, 'other'), notApiReference: true };
  if (!isMarkdownText(bytes, diagnostics)) return result(fallbackLang, 'other');
  let root: Root;
  try {
    root = parseMarkdown(text);
  } catch (error) {
    diagnostics.at(null, 'error', 'parse-failed', `the page could not be parsed: ${messageOf(error)}`);
    return result(fallbackLang, 'other');
  }
  reportBrokenTables(root, diagnostics);
  const sections = splitSections(root);
  const lang = detectLang(root, path);
  const layout = detectLayout(sections);
  if (layout === 'other') {
    reportMissedMethodPage(sections, diagnostics);
    return result(lang, layout);
  }
  const context = new PageContext(path, lang, productOf(path, restPathOf(sections)), diagnostics, text, layout);
  try {
    const services = extractLayout(layout, sections, context);
    if (layout === 'rest-method') applyRequestSchema(root, services, context);
    return result(lang, layout, services, context);
  } catch (error) {
    diagnostics.at(null, 'error', 'extract-failed', `the ${layout} page could not be read: ${messageOf(error)}`);
    return result(lang, layout);
  }
}

function extractLayout(layout: Layout, sections: readonly Section[], context: PageContext): PageService[] {
  switch (layout) {
    case 'grpc-method':
      return extractGrpcMethod(sections, context);
    case 'grpc-service-legacy':
      return extractGrpcServiceLegacy(sections, context);
    case 'rest-method':
      return extractRestMethod(sections, context, false);
    case 'rest-method-legacy':
      return extractRestMethod(sections, context, true);
    default:
      return [];
  }
}

const METHOD_TITLE = /^(Method|Метод)\s+\w+$/;

/** A page headed like a method page that declares no method is not skipped silently. */
function reportMissedMethodPage(sections: readonly Section[], diagnostics: PageDiagnostics): void {
  const section = sections.find((candidate) => restSectionKind(candidate) === 'http' || (candidate.depth === 1 && METHOD_TITLE.test(candidate.title)));
  if (section) diagnostics.at(section.heading, 'warning', 'no-method-found', `the page looks like a method page ('${section.title}') but declares no rpc line or HTTP request line`);
}

function applyRequestSchema(root: Root, services: readonly PageService[], context: PageContext): void {
  const messages = [...context.types.values()].filter((type): type is PageMessage => type.kind === 'message');
  for (const service of services) for (const method of service.methods) applyPlaygroundSchema(root, messages, method.request, context.diagnostics);
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
