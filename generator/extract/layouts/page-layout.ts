import type { Root } from 'mdast';
import type { PageService } from '../../model/page.ts';
import type { PageContext } from '../page-context.ts';
import type { Section } from '../sections.ts';
import { isHttpRequestCode, isRpcParagraph, restSectionKind } from './common.ts';

/** A page parsed and split, as a layout reads it. */
export interface ParsedPage {
  root: Root;
  sections: readonly Section[];
}

/**
 * One page format the extractor reads: how to recognise it and how to read it. Entries of
 * the registry (registry.ts) claim disjoint sets of pages, so their order decides nothing.
 */
export interface PageLayout<Name extends string = string> {
  /** The `layout` the IR's sources name (model/ir-v1.md). */
  readonly name: Name;
  /** Which calls the layout documents; the merge ranks gRPC pages first, as they name types as the protobuf does. */
  readonly protocol: 'grpc' | 'rest';
  /** An older format than another layout of the same protocol: it speaks after it in the merge. */
  readonly legacy: boolean;
  detect(shape: PageShape): boolean;
  extract(page: ParsedPage, context: PageContext): PageService[];
}

/**
 * What layouts are recognised by: what a page contains, not its path (a rendered page with a
 * breadcrumb line is still a gRPC method page). Each fact is read once, on first use.
 */
export class PageShape {
  #rpcSections: readonly Section[] | undefined;
  #hasYfmTables: boolean | undefined;
  #hasRequestLine: boolean | undefined;

  constructor(readonly sections: readonly Section[]) {}

  /** The sections with an `**rpc X (Req) returns (Resp)**` line. */
  get rpcSections(): readonly Section[] {
    return (this.#rpcSections ??= this.sections.filter((section) => section.blocks.some(isRpcParagraph)));
  }

  get hasYfmTables(): boolean {
    return (this.#hasYfmTables ??= this.sections.some((section) => section.blocks.some((block) => block.type === 'yfmTable')));
  }

  /** A REST page states its request line under its `HTTP request` heading; a sample request elsewhere (a how-to, a concept page) makes none. */
  get hasRequestLine(): boolean {
    return (this.#hasRequestLine ??= this.sections.some((section) => restSectionKind(section) === 'http' && section.blocks.some(isHttpRequestCode)));
  }
}
