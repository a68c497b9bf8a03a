import type { ClassDeclarationStructure, StatementStructures, WriterFunction } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';
import { describe, jsDoc, protobufNote } from '../../docs.ts';
import type { ProductModel, ServiceModel } from '../../model/product.ts';
import type { EmitPlugin } from '../../plugin.ts';
import { stringLiteral } from '../../text.ts';
import { objectLiteral } from '../../property.ts';
import { callSpec } from './call-spec.ts';
import { clientImports, runtimeTypeImports, type ClientImports, type RuntimeType } from './imports.ts';
import { int64Shapes, requestCarriers } from './int64-shapes.ts';
import { methodMembers, type MethodNames } from './method.ts';

/** `src/<product>/client.ts`: a `<Service>Client` class per service over the shared runtime. */
export const clientPlugin: EmitPlugin = {
  name: 'client',
  emitModule({ module: product, printer }) {
    if (product.services.length === 0) return [];
    const path = `src/${product.directory}/client.ts`;
    return [{ path, contents: printer.print(path, { statements: clientStatements(product) }) }];
  },
};

function clientStatements(product: ProductModel): Array<StatementStructures | WriterFunction> {
  const used = clientImports();
  const constants: ModuleConstant[] = [];
  const classes = product.services.map((service) => serviceClass(service, product, used, constants));
  const validators = new Set(constants.flatMap((constant) => constant.validators));
  for (const constant of constants) used.runtime.add(constant.type);
  const shapes = int64Shapes(product, requestCarriers(product));
  if (shapes.length > 0) used.runtime.add('Int64Shape');
  const imports: StatementStructures[] = [
    {
      kind: tsMorph().StructureKind.ImportDeclaration,
      moduleSpecifier: '../runtime/client.js',
      namedImports: [{ name: 'ServiceClient', alias: '$ServiceClient' }],
    },
    { kind: tsMorph().StructureKind.ImportDeclaration, moduleSpecifier: '../hosts.js', namedImports: [{ name: 'defaultHosts', alias: '$defaultHosts' }] },
    { kind: tsMorph().StructureKind.ImportDeclaration, moduleSpecifier: '../sdk.js', namedImports: [{ name: 'sdk', alias: '$sdk' }] },
    {
      kind: tsMorph().StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../runtime/options.js',
      namedImports: [
        { name: 'ClientOptions', alias: '$ClientOptions' },
        { name: 'RequestOptions', alias: '$RequestOptions' },
      ],
    },
    ...runtimeTypeImports(used.runtime),
  ];
  if (used.types.size > 0) {
    imports.push({ kind: tsMorph().StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './types.js', namedImports: [...used.types].sort() });
  }
  if (validators.size > 0) {
    imports.push({ kind: tsMorph().StructureKind.ImportDeclaration, moduleSpecifier: './validators.js', namedImports: [...validators].sort() });
  }
  const constantBlock: WriterFunction = (writer) => {
    for (const constant of [...shapes, ...constants]) {
      writer.blankLineIfLastNot().write(`const ${constant.name}: $${constant.type} = `);
      objectLiteral(constant.entries, ';')(writer);
      writer.newLine();
    }
  };
  return [...imports, constantBlock, ...classes];
}

interface ModuleConstant {
  name: string;
  type: RuntimeType;
  entries: Array<{ key: string; value: string }>;
  validators: string[];
}

function serviceClass(service: ServiceModel, product: ProductModel, used: ClientImports, constants: ModuleConstant[]): ClassDeclarationStructure {
  const prefix = `$${service.className.replace(/Client$/, '')}`;
  const methods = service.methods.flatMap((model) => {
    const names: MethodNames = { spec: `${prefix}_${model.memberName}`, pages: `${prefix}_${model.memberName}_pages` };
    constants.push({ name: names.spec, ...callSpec(service.service, model.method, product) });
    const pagination = model.method.pagination;
    if (model.allName !== null && pagination) {
      constants.push({
        name: names.pages,
        type: 'PageFields',
        entries: [
          { key: 'pageToken', value: stringLiteral(pagination.pageToken) },
          { key: 'nextPageToken', value: stringLiteral(pagination.nextPageToken) },
          { key: 'items', value: pagination.items === null ? 'null' : stringLiteral(pagination.items) },
        ],
        validators: [],
      });
    }
    return methodMembers(model, service, product, names, used);
  });
  return {
    kind: tsMorph().StructureKind.Class,
    name: service.className,
    isExported: true,
    extends: '$ServiceClient',
    docs: jsDoc([describe(service.service.description, product), protobufNote(service.service.id, product)]),
    ctors: [
      {
        parameters: [{ name: 'options', type: '$ClientOptions', initializer: '{}' }],
        statements: ['super(options, $defaultHosts, $sdk);'],
      },
    ],
    methods,
  };
}
