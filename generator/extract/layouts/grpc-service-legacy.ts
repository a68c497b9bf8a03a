import type { RootContent } from 'mdast';
import type { PageMethod, PageService } from '../../model/page.ts';
import { readFieldTable } from '../field-table.ts';
import { inlineSource } from '../inline-source.ts';
import { buildFlatMessage } from '../message-builder.ts';
import type { PageContext, TypeName } from '../page-context.ts';
import type { Section } from '../sections.ts';
import { linkTarget } from '../type-notation.ts';
import { firstTable, isRpcParagraph, parseRpcLine, sectionProse } from './common.ts';
import { isOperationId } from './operation.ts';
import type { PageLayout, PageShape } from './page-layout.ts';

/**
 * A whole gRPC service a page (2019–2023): a `Call | Description` table, then per call a
 * `## Get {#Get}` section with its rpc line and `### Message {#Message}` sections with
 * pipe tables. Messages are named without their package.
 */
export function extractGrpcServiceLegacy(sections: readonly Section[], context: PageContext): PageService[] {
  const title = sections.find((section) => section.depth === 1);
  const serviceName = title ? serviceTitle(title.title) : 'UnknownService';
  const calls = groupCalls(sections);
  const named = new Map<Section, TypeName>();
  // Every section under a call documents a message; one with no table has no fields ("Empty.").
  for (const call of calls) for (const section of call.messages) named.set(section, context.registerSection(section));
  const methods: PageMethod[] = [];
  for (const call of calls) {
    const method = readCall(call, named, context);
    if (method) methods.push(method);
  }
  return [
    {
      name: serviceName,
      product: context.product,
      package: null,
      description: title ? context.describe(sectionProse(title, (block) => block.type === 'table')) : {},
      methods,
    },
  ];
}

interface Call {
  section: Section;
  messages: Section[];
}

/** A call is a depth-2 section holding an rpc line; the deeper sections after it are its messages. */
function groupCalls(sections: readonly Section[]): Call[] {
  const calls: Call[] = [];
  for (const section of sections) {
    if (section.depth === 2) {
      if (section.blocks.some(isRpcParagraph)) calls.push({ section, messages: [] });
      continue;
    }
    if (section.depth > 2) calls.at(-1)?.messages.push(section);
  }
  return calls;
}

function readCall(call: Call, named: Map<Section, TypeName>, context: PageContext): PageMethod | null {
  // The messages are read even where the rpc line is not: they are documented all the same.
  for (const section of call.messages) {
    const typeName = named.get(section);
    if (!typeName) continue;
    const table = firstTable(section.blocks);
    const rows = table ? readFieldTable(table) : [];
    context.addType(buildFlatMessage(typeName, rows, table ? sectionProse(section) : withoutEmptyNote(sectionProse(section)), context, context.diagnostics.ref(section.heading)));
  }
  const rpcBlock = call.section.blocks.find(isRpcParagraph);
  const rpc = rpcBlock ? parseRpcLine(rpcBlock) : null;
  if (!rpc) {
    context.diagnostics.at(rpcBlock ?? call.section.heading, 'error', 'bad-rpc-line', `call '${call.section.title}': the rpc line is not of the form **rpc Name ([Request](#…)) returns ([Response](#…))**`);
    return null;
  }
  const response = context.resolveLink(rpc.response);
  const operation = isOperationId(response.id, response.name) ? operationOf(call.section.blocks, context) : null;
  if (operation) normaliseOperation(response.id, context);
  return {
    name: rpc.name,
    description: context.describe(sectionProse(call.section, isRpcParagraph)),
    request: context.resolveLink(rpc.request).id,
    response: response.id,
    clientStreaming: rpc.clientStreaming,
    serverStreaming: rpc.serverStreaming,
    http: null,
    operation,
    sources: [context.diagnostics.ref(rpc.node)],
  };
}

const EMPTY_NOTE = /^(Empty|Пустой|Пусто)\.?$/i;

/** The legacy generator writes "Empty." under a message without fields; that is not its description. */
function withoutEmptyNote(prose: RootContent[]): RootContent[] {
  return prose.filter((block) => !(block.type === 'paragraph' && EMPTY_NOTE.test(inlineSource(block.children).trim())));
}

const OPERATION_PART = /Operation\.(metadata|response):\s*\[([^\]]*)\]\(([^)\s]*)\)/g;

/** `Metadata and response of Operation:<br> Operation.metadata:[Meta](#Meta)<br> Operation.response:[X](#X)`. */
function operationOf(blocks: readonly RootContent[], context: PageContext): PageMethod['operation'] {
  const info: NonNullable<PageMethod['operation']> = { metadata: null, response: null };
  // Without its "Metadata and response of Operation:" line, the tab-indented line is a code block.
  const text = blocks.map((block) => (block.type === 'paragraph' ? inlineSource(block.children) : block.type === 'code' ? block.value : '')).find((candidate) => /Operation\.(metadata|response):/.test(candidate));
  if (!text) return info;
  for (const match of text.matchAll(OPERATION_PART)) {
    const part = match[1] as 'metadata' | 'response';
    info[part] = context.resolveLink(linkTarget(match[2] ?? '', match[3] ?? '')).id;
  }
  return info;
}

/** The Operation copy documented under each call types metadata and response as `Any<…>`; the message keeps `Any`. */
function normaliseOperation(id: string, context: PageContext): void {
  const operation = context.types.get(id);
  if (!operation || operation.kind !== 'message') return;
  for (const field of operation.fields) {
    if (field.jsonName === 'metadata' || field.jsonName === 'response') field.type = { wellKnown: 'Any' };
  }
}

/** `BackupService`, or `Managed Service for Redis API, gRPC: OperationService`. */
function serviceTitle(title: string): string {
  return title.split(/[:\s]/).filter(Boolean).at(-1) ?? title;
}

/** More than one rpc line, a `## Get {#Get}` section per call, or pipe tables only: a whole service a page. */
export function isGrpcServicePage(shape: PageShape): boolean {
  const perCall = shape.rpcSections.some((section) => section.depth === 2 && section.anchor === section.title);
  return shape.rpcSections.length > 0 && (perCall || shape.rpcSections.length > 1 || !shape.hasYfmTables);
}

export const grpcServiceLegacyLayout = {
  name: 'grpc-service-legacy',
  protocol: 'grpc',
  legacy: true,
  detect: isGrpcServicePage,
  extract: ({ sections }, context) => extractGrpcServiceLegacy(sections, context),
} as const satisfies PageLayout;
