import type { Method } from '../../../../model/ir.ts';
import type { MethodModel, ProductModel } from '../../model/product.ts';
import type { EmitOptions } from '../../options.ts';
import { GENERATED_HEADER } from '../../print.ts';
import { GUIDE } from './guide.ts';
import { codeSpan, markdownText } from './markdown-text.ts';
import { usageExample } from './usage.ts';

/** README.md: what the package is, a short example, and every product, service and method. */
export function readme(options: EmitOptions, products: readonly ProductModel[]): string {
  const methodCount = products.reduce((sum, product) => sum + product.services.reduce((n, service) => n + service.methods.length, 0), 0);
  const serviceCount = products.reduce((sum, product) => sum + product.services.length, 0);
  return [
    `<!-- ${GENERATED_HEADER} -->`,
    `# ${options.packageName}`,
    '',
    `Typed, validated clients for the Yandex Cloud API: ${products.length} products, ${serviceCount} services, ${methodCount} methods, generated from the human-written API reference.`,
    '',
    '- No dependencies; runs wherever `fetch` does (Node 18+, browsers, Deno, Bun, edge workers); IAM tokens from a service account key or the VM metadata service built in.',
    '- Interfaces for every message, with the docs (English and Russian) in your editor.',
    '- `validate<Message>` for every message: required fields, JSON types, int64 strings, timestamps, enums, lengths, bounds, patterns, oneofs, to any depth. Each is also a [Standard Schema](https://standardschema.dev).',
    '- A `<Service>Client` class per service: retries with backoff for idempotent calls, timeouts and `AbortSignal`, `<method>All` iterators over paginated lists, `waitForOperation`.',
    '',
    '## Usage',
    '',
    '```ts',
    ...usageExample(options, products),
    '```',
    '',
    ...GUIDE,
    '',
    '### Hosts and gRPC',
    '',
    'Hosts: each method goes to the host its docs name. `endpoint` sends every call elsewhere (a proxy, a test server); `hosts` overrides single `{{ api-host-* }}` values (see `defaultHosts`).',
    '',
    'gRPC: methods the docs describe only over gRPC are typed too, but need a `grpc` transport (`GrpcTransport`) in the client options: this package has no gRPC wire codec of its own.',
    '',
    '## Products',
    '',
    ...products.flatMap((product) => productSection(options, product)),
    '## Licence',
    '',
    'Generated code: MIT. The descriptions come from the Yandex Cloud documentation ([yandex-cloud/docs](https://github.com/yandex-cloud/docs)), © YANDEX LLC and contributors, licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/).',
    '',
  ].join('\n');
}

function productSection(options: EmitOptions, product: ProductModel): string[] {
  const lines = [`### ${markdownText(product.product)}`, '', codeSpan(`import { … } from '${options.packageName}/${product.directory}';`), ''];
  for (const service of product.services) {
    lines.push(`**${service.className}** (${codeSpan(service.service.id)})`, '', '| Method | Call |', '| --- | --- |');
    for (const model of service.methods) lines.push(`| \`${memberList(model)}\` | ${callText(model.method)} |`);
    lines.push('');
  }
  return lines;
}

function memberList(model: MethodModel): string {
  return model.allName === null ? model.memberName : `${model.memberName}\`, \`${model.allName}`;
}

function callText(method: Method): string {
  if (method.http === null || method.clientStreaming) return 'gRPC only';
  return codeSpan(`${method.http.verb} ${method.http.path}`, true);
}
