import type { Method } from '../../../../model/ir.ts';
import type { MethodModel, ProductModel } from '../../model/product.ts';
import type { EmitOptions } from '../../options.ts';
import { GENERATED_HEADER } from '../../print.ts';

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
    '- No dependencies; runs wherever `fetch` does (Node 18+, browsers, Deno, Bun, edge workers).',
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
    'Operations: a method that starts an Operation returns it as documented; `await client.waitForOperation<Result>(operation)` polls until it is done and resolves to its response (or rejects with `OperationError`).',
    '',
    'Errors: a non-2xx answer throws `ApiError` (`status`, `code`, `message`, `details`); with `validate: true` a request or response that does not match the docs throws `ValidationError` (`issues`). `TimeoutError`, `NetworkError` and `OperationError` are exported from the package root too.',
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
  const lines = [`### ${product.product}`, '', `\`import { … } from '${options.packageName}/${product.directory}';\``, ''];
  for (const service of product.services) {
    lines.push(`**${service.className}** (\`${service.service.id}\`)`, '', '| Method | Call |', '| --- | --- |');
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
  return `\`${method.http.verb} ${method.http.path.replace(/\|/g, '\\|')}\``;
}

/** An example built from the model: the first paginated REST method, else the first REST method. */
function usageExample(options: EmitOptions, products: readonly ProductModel[]): string[] {
  const candidates = products.flatMap((product) => product.services.flatMap((service) => service.methods.map((model) => ({ product, service, model }))));
  const rest = candidates.filter(({ model }) => model.method.http !== null && !model.method.clientStreaming && !model.method.serverStreaming);
  const chosen = rest.find(({ model }) => model.allName !== null) ?? rest[0];
  if (!chosen) return [`import { ApiError } from '${options.packageName}';`];
  const { product, service, model } = chosen;
  const fields = requestFields(model, product);
  const request = fields === '' ? '{}' : `{ ${fields} }`;
  const call = model.allName !== null
    ? [`for await (const item of client.${model.allName}(${request})) {`, '  console.log(item);', '}']
    : [`const response = await client.${model.memberName}(${request});`, 'console.log(response);'];
  const validator = product.validatorName(model.method.response);
  const check = validator
    ? ['', '// Every message has a validator, also usable as a Standard Schema:', `const result = ${validator}(data); // any value, e.g. parsed JSON`, "if (!result.ok) for (const issue of result.issues) console.log(issue.path, issue.message);"]
    : [];
  return [
    `import { ApiError } from '${options.packageName}';`,
    `import { ${[service.className, ...(validator ? [validator] : [])].join(', ')} } from '${options.packageName}/${product.directory}';`,
    '',
    `const client = new ${service.className}({ token: process.env.YC_IAM_TOKEN, validate: true, timeoutMs: 30_000 });`,
    'try {',
    ...call.map((line) => `  ${line}`),
    '} catch (error) {',
    '  if (error instanceof ApiError) console.error(error.status, error.code, error.message);',
    '  else throw error;',
    '}',
    ...check,
  ];
}

function requestFields(model: MethodModel, product: ProductModel): string {
  const request = product.resolveId(model.method.request);
  const required = request.kind === 'message' ? request.type.fields.filter((field) => field.required).map((field) => field.jsonName) : [];
  const names = [...new Set([...(model.method.http?.pathParams ?? []), ...required])].filter((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  return names.map((name) => `${name}: '…'`).join(', ');
}
