import type { DocsIr, Service } from '../../model/ir.ts';
import type { GeneratedFile, Target } from '../target.ts';
import { buildDocument } from './document.ts';
import { parseOpenApiOptions, type OpenApiOptions } from './options.ts';
import { serializeDocument } from './serialize.ts';

/** Where the documents go in the output folder: `openapi.json`, or `openapi/<product>.json` per product. */
export function documentPath(options: OpenApiOptions, fileName?: string): string {
  return fileName === undefined ? `openapi.${options.format}` : `openapi/${fileName}.${options.format}`;
}

/** The REST API of the model as OpenAPI 3.1: one document, or one per product. */
export const openapiTarget: Target<OpenApiOptions> = {
  name: 'openapi',
  summary: 'the REST methods as an OpenAPI 3.1 document (openapi.json), or one per product (openapi/<product>.json)',
  parseOptions: parseOpenApiOptions,
  emit(ir, context) {
    const { options } = context;
    const emit = (services: readonly Service[], title: string, path: string): GeneratedFile => ({
      path,
      contents: serializeDocument(buildDocument(ir, services, { title, version: context.version, hosts: context.hosts, warn: context.warn }), options.format),
    });
    if (options.split === 'none') return [emit(ir.services, options.title, documentPath(options))];
    const taken = new Set<string>();
    return [...servicesByProduct(ir)].map(([product, services]) => emit(services, `${options.title}: ${product}`, documentPath(options, fileNameOf(product, taken))));
  },
};

function servicesByProduct(ir: DocsIr): Map<string, Service[]> {
  const byProduct = new Map<string, Service[]>();
  for (const service of ir.services) byProduct.get(service.product)?.push(service) ?? byProduct.set(service.product, [service]);
  return new Map([...byProduct].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A product name as a file name: `[a-z0-9-]`, never empty, numbered where two products would share one. */
function fileNameOf(product: string, taken: Set<string>): string {
  const base = product.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-') || 'product';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}
