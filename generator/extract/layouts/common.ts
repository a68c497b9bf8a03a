import type { Code, Paragraph, RootContent } from 'mdast';
import type { HttpBinding, HttpVerb } from '../../model/ir.ts';
import { type FieldTable, isFieldTable } from '../field-table.ts';
import { inlineSource } from '../inline-source.ts';
import { fieldNames } from '../names.ts';
import type { Section } from '../sections.ts';
import { type LinkTarget, linkTarget } from '../type-notation.ts';

interface RpcLine {
  name: string;
  request: LinkTarget;
  response: LinkTarget;
  clientStreaming: boolean;
  serverStreaming: boolean;
  node: Paragraph;
}

// A type is a link (`[Backup](#…)`) or, on some legacy pages, a code span (`yandex.cloud.operation.Operation`).
const TYPE = String.raw`(?:\[([^\]]*)\]\(([^)\s]*)\)|\x60([\w.]+)\x60)`;
const RPC = new RegExp(String.raw`^\*\*rpc\s+(\w+)\s*\(\s*(stream\s+)?${TYPE}\s*\)\s*returns\s*\(\s*(stream\s+)?${TYPE}\s*\)\s*\*\*$`);

export function isRpcParagraph(block: RootContent): block is Paragraph {
  return block.type === 'paragraph' && inlineSource(block.children).trimStart().startsWith('**rpc ');
}

/** `**rpc ListBackups ([Req](#…)) returns (stream [Resp](#…))**`. */
export function parseRpcLine(paragraph: Paragraph): RpcLine | null {
  const match = RPC.exec(inlineSource(paragraph.children).replace(/\s+/g, ' ').trim());
  if (!match) return null;
  const [, name = '', inStream, requestText, requestUrl = '', requestCode, outStream, responseText, responseUrl = '', responseCode] = match;
  return {
    name,
    request: linkTarget(requestText ?? requestCode ?? '', requestCode ? `#${requestCode}` : requestUrl),
    response: linkTarget(responseText ?? responseCode ?? '', responseCode ? `#${responseCode}` : responseUrl),
    clientStreaming: Boolean(inStream),
    serverStreaming: Boolean(outStream),
    node: paragraph,
  };
}

// The host may be a placeholder with spaces inside (`{{ api-host-mdb }}`, `x.{{ api-host }}`),
// or absent on the oldest pages (`GET /resource-manager/v1/clouds/{cloudId}`).
const HTTP_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+(?:(?:https?:\/\/)?((?:[^/\s{]|\{\{[^}]*\}\})+))?(\/\S*)/;

/** The request line: a code block, or on the oldest pages a paragraph of one inline code span. */
type HttpRequestBlock = Code | Paragraph;

export function isHttpRequestCode(block: RootContent): block is HttpRequestBlock {
  return requestLine(block) !== null;
}

function requestLine(block: RootContent): string | null {
  if (block.type === 'code') return HTTP_LINE.test(block.value.trim()) ? block.value.trim() : null;
  const [only, ...rest] = block.type === 'paragraph' ? block.children : [];
  return only?.type === 'inlineCode' && rest.length === 0 && HTTP_LINE.test(only.value.trim()) ? only.value.trim() : null;
}

/**
 * `GET https://{{ api-host-mdb }}/managed-redis/v1/clusters/{clusterId}/backups`. The space
 * before `}}` is matched from the start of its run only (`(?<!\s)`), so a long run not followed
 * by `}}` is scanned once, not from each of its positions.
 */
export function parseHttpLine(block: HttpRequestBlock): Pick<HttpBinding, 'verb' | 'host' | 'path' | 'pathParams'> | null {
  const match = HTTP_LINE.exec(requestLine(block) ?? '');
  if (!match) return null;
  const [, verb = 'GET', host = '', rawPath = ''] = match;
  const pathParams: string[] = [];
  const path = rawPath.replace(/\{([^}]+)\}/g, (_all, name: string) => {
    const { jsonName } = fieldNames(name.trim());
    pathParams.push(jsonName);
    return `{${jsonName}}`;
  });
  return { verb: verb as HttpVerb, host: host.replace(/\{\{\s*/g, '{{ ').replace(/(?<!\s)\s*\}\}/g, ' }}'), path, pathParams };
}

/** `Managed Service for Redis API, REST: Cluster.listBackups` → [`Cluster`, `listBackups`]. */
export function qualifiedTitle(title: string): [string, string] | null {
  const match = /(?:^|[\s:])([A-Za-z]\w*)\.([A-Za-z]\w*)\s*$/.exec(title);
  return match ? [match[1] ?? '', match[2] ?? ''] : null;
}

export function firstTable(blocks: readonly RootContent[]): FieldTable | null {
  return (blocks.find(isFieldTable) as FieldTable | undefined) ?? null;
}

/** The prose of a section: its paragraphs and lists before the first table, without code samples. */
export function sectionProse(section: Section, stop: (block: RootContent) => boolean = isFieldTable): RootContent[] {
  const prose: RootContent[] = [];
  for (const block of section.blocks) {
    if (stop(block)) break;
    if (block.type === 'paragraph' && HTTP_CODE.test(inlineSource(block.children))) continue;
    if (block.type === 'paragraph' || block.type === 'list' || block.type === 'blockquote') prose.push(block);
  }
  return prose;
}

const HTTP_CODE = /^\**HTTP Code:/i;


const strip = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, ' ').trim();

/** Section headings of REST pages, in both languages; legacy pages also carry stable anchors. */
export function restSectionKind(section: Section): 'http' | 'path' | 'query' | 'body' | 'response' | null {
  const anchor = section.anchor ?? '';
  const title = strip(section.title);
  if (anchor === 'https-request' || title === 'http request' || title === 'http запрос') return 'http';
  if (anchor === 'path_params' || title === 'path parameters' || title === 'path параметры') return 'path';
  if (anchor === 'query_params' || title === 'query parameters' || title === 'query параметры') return 'query';
  if (anchor === 'body_params' || title === 'body parameters' || title === 'параметры в теле запроса' || title === 'тело запроса') return 'body';
  if (anchor === 'responses' || title === 'response' || title === 'responses' || title === 'ответ') return 'response';
  return null;
}
