import type { Layout } from '../model/ir.ts';
import { isHttpRequestCode, isRpcParagraph, restSectionKind } from './layouts/common.ts';
import type { Section } from './sections.ts';

/**
 * Recognises a page's layout by what it contains, not by its path: a rendered page with a
 * breadcrumb line is still a gRPC method page. A REST page states its request line under its
 * `HTTP request` heading; a sample request elsewhere (a how-to, a concept page) makes none.
 */
export function detectLayout(sections: readonly Section[]): Layout {
  const blocks = sections.flatMap((section) => section.blocks);
  const hasYfmTables = blocks.some((block) => block.type === 'yfmTable');
  const rpcSections = sections.filter((section) => section.blocks.some(isRpcParagraph));
  if (rpcSections.length > 0) {
    const perCall = rpcSections.some((section) => section.depth === 2 && section.anchor === section.title);
    return perCall || rpcSections.length > 1 || !hasYfmTables ? 'grpc-service-legacy' : 'grpc-method';
  }
  const requestLine = sections.some((section) => restSectionKind(section) === 'http' && section.blocks.some(isHttpRequestCode));
  if (requestLine) return hasYfmTables ? 'rest-method' : 'rest-method-legacy';
  return 'other';
}
