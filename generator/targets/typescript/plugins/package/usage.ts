/**
 * The README's example, built from the model so that it compiles as written: a service
 * account's key file for auth, a call that starts an Operation and the wait for its
 * documented result, and a paginated list walked with `<method>All`. Request values are
 * placeholders of each field's type, so the example type-checks with no type arguments.
 */
import type { Field, Message, WellKnown } from '../../../../model/ir.ts';
import type { MethodModel, ProductModel, ServiceModel } from '../../model/product.ts';
import { isPlainIdentifier } from '../../naming.ts';
import type { EmitOptions } from '../../options.ts';
import { stringLiteral } from '../../text.ts';

interface Candidate {
  product: ProductModel;
  service: ServiceModel;
  model: MethodModel;
}

/** Values of well-known types that fit their JSON mapping; the wrappers (and Value) take `null`. */
const WELL_KNOWN_PLACEHOLDERS: Partial<Record<WellKnown, string>> = {
  Timestamp: "'2024-01-31T12:00:00Z'",
  Duration: "'1s'",
  FieldMask: "'…'",
  Struct: '{}',
  ListValue: '[]',
  Any: '{}',
  Empty: '{}',
  TimeOfDay: '{}',
  Date: '{}',
};

/** Placeholder objects stop this deep; the fields below are optional in any case the docs allow. */
const MAX_EXAMPLE_DEPTH = 3;

export function usageExample(options: EmitOptions, products: readonly ProductModel[]): string[] {
  const rest = products.flatMap((product) =>
    product.services.flatMap((service) => service.methods.map((model) => ({ product, service, model }))),
  ).filter(({ model }) => model.method.http !== null && !model.method.clientStreaming && !model.method.serverStreaming);
  const operation = pickOperation(rest);
  const list = rest.find(({ product, model }) => model.allName !== null && (!operation || product === operation.product)) ?? rest.find(({ model }) => model.allName !== null);
  const chosen = [operation, list].filter((candidate): candidate is Candidate => candidate !== undefined);
  if (chosen.length === 0) return [`import { ApiError } from '${options.packageName}';`];
  return [
    "import { readFile } from 'node:fs/promises';",
    `import { ApiError, IamTokenService } from '${options.packageName}';`,
    ...productImports(options, chosen),
    '',
    '// A service account\'s authorized key: `yc iam key create --service-account-name <name> --output key.json`.',
    "const token = new IamTokenService(JSON.parse(await readFile('key.json', 'utf8')));",
    ...clientLines(chosen),
    'try {',
    ...(operation ? operationLines(operation) : []),
    ...(list ? listLines(list) : []),
    '} catch (error) {',
    '  if (error instanceof ApiError) console.error(error.status, error.code, error.message);',
    '  else throw error;',
    '}',
  ];
}

/** A REST method that starts an Operation with a documented response: a Create if there is one. */
function pickOperation(rest: readonly Candidate[]): Candidate | undefined {
  const typed = rest.filter(({ product, model }) => {
    const response = model.method.operation?.response;
    return response !== undefined && response !== null && product.resolveId(response).kind === 'message';
  });
  return typed.find(({ model }) => model.method.name.startsWith('Create')) ?? typed[0];
}

function productImports(options: EmitOptions, chosen: readonly Candidate[]): string[] {
  const byProduct = new Map<ProductModel, Set<string>>();
  for (const { product, service } of chosen) byProduct.get(product)?.add(service.className) ?? byProduct.set(product, new Set([service.className]));
  return [...byProduct].map(([product, classes]) => `import { ${[...classes].sort().join(', ')} } from '${options.packageName}/${product.directory}';`);
}

function clientLines(chosen: readonly Candidate[]): string[] {
  const classes = [...new Set(chosen.map(({ service }) => service.className))];
  return classes.map((className) => `const ${clientVariable(className)} = new ${className}({ token, validate: true, timeoutMs: 30_000 });`);
}

function clientVariable(className: string): string {
  const base = className.replace(/ServiceClient$|Client$/, '');
  return `${base.charAt(0).toLowerCase()}${base.slice(1)}s`;
}

function operationLines({ product, service, model }: Candidate): string[] {
  const client = clientVariable(service.className);
  const result = product.typeName(model.method.operation?.response ?? '') ?? 'result';
  const variable = `${result.charAt(0).toLowerCase()}${result.slice(1)}`;
  return [
    `  const operation = await ${client}.${model.memberName}(${requestLiteral(model, product)});`,
    `  const ${variable} = await ${client}.waitForOperation(operation); // a ${result}, as the docs say`,
    `  console.log(${variable});`,
  ];
}

function listLines({ product, service, model }: Candidate): string[] {
  return [
    `  for await (const item of ${clientVariable(service.className)}.${model.allName}(${requestLiteral(model, product)})) {`,
    '    console.log(item);',
    '  }',
  ];
}

/** The request with its path parameters and required fields, each a placeholder of its type. */
function requestLiteral(model: MethodModel, product: ProductModel): string {
  const request = product.resolveId(model.method.request);
  if (request.kind !== 'message') return '{}';
  const pathParams = new Set(model.method.http?.pathParams ?? []);
  return messageLiteral(request.type, product, 0, (field) => field.required || pathParams.has(field.jsonName));
}

function messageLiteral(message: Message, product: ProductModel, depth: number, include: (field: Field) => boolean): string {
  const seen = new Set<string>();
  const fields = message.fields.filter((field) => include(field) && !seen.has(field.jsonName) && seen.add(field.jsonName) !== undefined);
  if (fields.length === 0) return '{}';
  const entries = fields.map((field) => `${isPlainIdentifier(field.jsonName) ? field.jsonName : stringLiteral(field.jsonName)}: ${placeholder(field, product, depth)}`);
  return `{ ${entries.join(', ')} }`;
}

function placeholder(field: Field, product: ProductModel, depth: number): string {
  if (field.map) return '{}';
  if (field.repeated) return '[]';
  const resolved = product.resolve(field.type);
  switch (resolved.kind) {
    case 'scalar':
      return resolved.scalar === 'bool' ? 'false' : ['int32', 'uint32', 'double', 'float'].includes(resolved.scalar) ? '0' : "'…'";
    case 'enum': {
      const value = resolved.type.values.find((candidate) => !candidate.name.endsWith('_UNSPECIFIED')) ?? resolved.type.values[0];
      return value ? stringLiteral(value.name) : "'…'";
    }
    case 'message':
      return depth >= MAX_EXAMPLE_DEPTH ? '{}' : messageLiteral(resolved.type, product, depth + 1, (nested) => nested.required);
    case 'wellKnown':
      return WELL_KNOWN_PLACEHOLDERS[resolved.wellKnown] ?? 'null';
    case 'missing':
      return 'null';
  }
}
