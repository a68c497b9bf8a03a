import type { CodeBlockWriter } from 'ts-morph';
import type { Field, LocalizedText } from '../../model/ir.ts';
import type { ProductModel } from './model/product.ts';
import { commentText, localizedDoc } from './text.ts';

/** Doc blocks as text: ts-morph prints a string doc as is, without a writer per comment. */
export type Docs = string[];

/** A JSDoc block from paragraphs (empty ones dropped) and tags; no block at all when both are empty. */
export function jsDoc(paragraphs: ReadonlyArray<string | undefined>, tags: ReadonlyArray<{ tagName: string; text?: string }> = []): Docs {
  const description = paragraphs
    .map((paragraph) => (paragraph === undefined ? '' : commentText(paragraph)))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  const tagLines = tags.map((tag) => (tag.text === undefined ? `@${tag.tagName}` : `@${tag.tagName} ${commentText(tag.text).replace(/\n/g, ' ')}`));
  const text = [description, tagLines.join('\n')].filter((part) => part !== '').join('\n\n');
  return text === '' ? [] : [text];
}

export function describe(description: LocalizedText, product: ProductModel): string {
  return localizedDoc(description, product);
}

const PACKAGE_SEGMENT = /^[a-z_][a-z0-9_]*$/;
const TYPE_SEGMENT = /^[A-Z][A-Za-z0-9_]*$/;

/**
 * Whether an id is a real protobuf full name (`yandex.cloud.mdb.redis.v1.Backup`): a package
 * of at least two segments, then type names. Ids the docs give no package for are built from
 * the product and where the type was found (`managed-redis.ClusterService.Get.Response.config`),
 * and naming them "Protobuf" would send a reader looking for a message that does not exist.
 */
export function isProtobufName(id: string, product: string): boolean {
  if (id.startsWith(`${product}.`)) return false;
  const segments = id.split('.');
  const typeStart = segments.findIndex((segment) => /^[A-Z]/.test(segment));
  return typeStart >= 2 && segments.slice(0, typeStart).every((segment) => PACKAGE_SEGMENT.test(segment)) && segments.slice(typeStart).every((segment) => TYPE_SEGMENT.test(segment));
}

/** The "Protobuf: `…`" line of a type's or service's doc, where the id is a real protobuf name. */
export function protobufNote(id: string, product: ProductModel): string | undefined {
  return isProtobufName(id, product.product) ? `Protobuf: \`${id}\`` : undefined;
}

/** What the JSON mapping makes of a field whose TypeScript type alone would not say it. */
export function formatHint(field: Field): string | undefined {
  const type = field.type;
  if ('scalar' in type) {
    if (type.scalar === 'int64' || type.scalar === 'uint64') return `JSON: ${type.scalar} as a decimal string.`;
    if (type.scalar === 'bytes') return 'JSON: bytes as a base64 string.';
    return undefined;
  }
  if ('wellKnown' in type) {
    switch (type.wellKnown) {
      case 'Timestamp':
        return 'JSON: an RFC 3339 timestamp, e.g. `2024-01-31T12:00:00Z`.';
      case 'Duration':
        return 'JSON: a duration in seconds, e.g. `"1.5s"`.';
      case 'FieldMask':
        return 'JSON: field paths separated by commas, e.g. `"name,labels"`.';
      case 'Int64Value':
      case 'UInt64Value':
        return 'JSON: a decimal string, or null.';
      default:
        return undefined;
    }
  }
  return undefined;
}

/** A doc comment written straight into a writer, for code built as text rather than structures. */
export function writeDocComment(writer: CodeBlockWriter, text: string): void {
  const safe = commentText(text);
  if (safe === '') return;
  if (!safe.includes('\n')) {
    writer.writeLine(`/** ${safe} */`);
    return;
  }
  writer.writeLine('/**');
  for (const line of safe.split('\n')) writer.writeLine(line === '' ? ' *' : ` * ${line}`);
  writer.writeLine(' */');
}
