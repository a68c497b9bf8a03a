/**
 * The model arranged the way the package is laid out: one module per product, holding the
 * services of that product and every type they reach, and one shared module declaring, once,
 * each type that more than one product reaches (Operation, google.rpc.Status, the messages of
 * a protobuf package several products use). A product module names every type it reaches,
 * shared ones included, exactly as if it held them all, and re-exports the shared ones under
 * those names; every exported name is decided here, once, for all emitters.
 */
import type { DocsIr, Enum, Message, Method, Scalar, Service, TypeDef, TypeRef, WellKnown } from '../../../model/ir.ts';
import { NameTable, assignTypeNames, compareStrings, memberIdentifier, moduleDirectory, typeIdentifier } from '../naming.ts';
import { reachableTypes, typesOf } from '../../../model/reachability.ts';
import { PackageIndex } from './package-index.ts';

export type ResolvedType =
  | { kind: 'scalar'; scalar: Scalar }
  | { kind: 'wellKnown'; wellKnown: WellKnown }
  | { kind: 'message'; type: Message; name: string }
  | { kind: 'enum'; type: Enum; name: string }
  | { kind: 'missing'; id: string };

export interface TypeModel {
  readonly def: TypeDef;
  readonly name: string;
  /** `validate<Name>`, for messages. */
  readonly validatorName: string | null;
  /** The type's names in the shared module, which declares it; null where this module does. */
  readonly shared: SharedNames | null;
}

export interface SharedNames {
  readonly name: string;
  readonly validatorName: string | null;
}

export interface MethodModel {
  readonly method: Method;
  readonly memberName: string;
  /** `<member>All` for paginated methods. */
  readonly allName: string | null;
}

export interface ServiceModel {
  readonly service: Service;
  readonly className: string;
  readonly methods: readonly MethodModel[];
}

export interface ProductModel {
  readonly product: string;
  /** The shared module: no services, and its types are every type more than one product reaches. */
  readonly isShared: boolean;
  /** Directory under `src/` and export subpath (`./<directory>`). */
  readonly directory: string;
  readonly services: readonly ServiceModel[];
  /** Sorted by emitted name. */
  readonly types: readonly TypeModel[];
  resolve(ref: TypeRef): ResolvedType;
  /** For a method's request or response, which name a type id rather than a TypeRef. */
  resolveId(id: string): ResolvedType;
  typeName(id: string): string | undefined;
  typeModel(id: string): TypeModel | undefined;
  /** `validate<Name>` of a message id, if the module has it. */
  validatorName(id: string): string | null;
}

/** The module of the types several products reach, beside the product modules. */
export const SHARED_DIRECTORY = 'shared';
/** Directory names the package itself uses. */
const RESERVED_DIRECTORIES = ['runtime', 'index', 'hosts', SHARED_DIRECTORY];
/**
 * Members every client class has from its base and from Object.prototype (a method named
 * `toString` fails the package's build with TS4114 under noImplicitOverride), and `then`,
 * which would make a client a thenable that `await` unwraps.
 */
const RESERVED_MEMBERS = ['constructor', 'waitForOperation', 'then', ...Object.getOwnPropertyNames(Object.prototype)];

const WELL_KNOWN_IDS: ReadonlyMap<string, WellKnown> = new Map(
  (
    [
      'Timestamp', 'Duration', 'FieldMask', 'Struct', 'Value', 'ListValue', 'Any', 'Empty', 'Int64Value', 'UInt64Value',
      'Int32Value', 'UInt32Value', 'DoubleValue', 'FloatValue', 'BoolValue', 'StringValue', 'BytesValue',
    ] as const
  )
    .map((name): [string, WellKnown] => [`google.protobuf.${name}`, name])
    .concat([
      ['google.type.TimeOfDay', 'TimeOfDay'],
      ['google.type.Date', 'Date'],
    ]),
);

export interface PackageModel {
  readonly products: readonly ProductModel[];
  /** No services; its types are every type more than one product reaches. Null when there is none. */
  readonly shared: ProductModel | null;
}

export function buildModules(ir: DocsIr, warn: (message: string) => void): PackageModel {
  const servicesByProduct = new Map<string, Service[]>();
  for (const service of [...ir.services].sort((a, b) => compareStrings(a.id, b.id))) {
    servicesByProduct.get(service.product)?.push(service) ?? servicesByProduct.set(service.product, [service]);
  }
  const products = [...servicesByProduct.keys()].sort(compareStrings);
  const typeIds = new Map(products.map((product) => [product, reachableTypes(typesOf(ir), (servicesByProduct.get(product) as Service[]).flatMap((service) => service.methods))]));
  placeUnreachedTypes(ir, products, servicesByProduct, typeIds, warn);
  const sharedIds = idsOfSeveral(typeIds.values());
  const shared = sharedIds.size === 0 ? null : productModel(ir, SHARED_DIRECTORY, SHARED_DIRECTORY, [], sharedIds, null, warn);
  const sharedNames = new Map((shared?.types ?? []).map((type) => [type.def.id, { name: type.name, validatorName: type.validatorName }]));
  const directories = new NameTable(RESERVED_DIRECTORIES);
  const models = products.map((product) =>
    productModel(ir, product, directories.claim(moduleDirectory(product)), servicesByProduct.get(product) as Service[], typeIds.get(product) as Set<string>, sharedNames, warn),
  );
  return { products: models, shared };
}

/**
 * Ids found in more than one of the sets. Closed under reachability: whatever a type reached
 * from two products reaches, both reach too, so the shared module never needs a product's type.
 */
function idsOfSeveral(sets: Iterable<ReadonlySet<string>>): Set<string> {
  const seen = new Set<string>();
  const several = new Set<string>();
  for (const ids of sets) for (const id of ids) (seen.has(id) ? several : seen).add(id);
  return several;
}

/** A type no method reaches still belongs somewhere: the product whose services share its package. */
function placeUnreachedTypes(
  ir: DocsIr,
  products: string[],
  servicesByProduct: Map<string, Service[]>,
  typeIds: Map<string, Set<string>>,
  warn: (message: string) => void,
): void {
  const reached = new Set<string>();
  for (const ids of typeIds.values()) for (const id of ids) reached.add(id);
  const index = new PackageIndex(products, servicesByProduct);
  const extra = new Map<string, string[]>();
  for (const id of Object.keys(ir.types).sort(compareStrings)) {
    if (reached.has(id)) continue;
    const product = index.productOf(id);
    if (product === undefined) warn(`type ${id} is used by no method and belongs to no product's package; it is not emitted`);
    else extra.get(product)?.push(id) ?? extra.set(product, [id]);
  }
  for (const [product, ids] of extra) {
    const target = typeIds.get(product) as Set<string>;
    for (const id of reachableTypes(typesOf(ir), [], ids)) target.add(id);
  }
}

function productModel(
  ir: DocsIr,
  product: string,
  directory: string,
  services: Service[],
  ids: Set<string>,
  /** Null for the shared module itself. */
  sharedNames: ReadonlyMap<string, SharedNames> | null,
  warn: (message: string) => void,
): ProductModel {
  const exported = new NameTable();
  const defs = [...ids].sort(compareStrings).map((id) => ir.types[id] as TypeDef);
  const names = assignTypeNames(defs.map((def) => ({ id: def.id, name: def.name, kind: def.kind })), exported);
  const types = defs
    .map((def): TypeModel => {
      const name = names.get(def.id) as string;
      return { def, name, validatorName: def.kind === 'message' ? exported.claim(`validate${name}`) : null, shared: sharedNames?.get(def.id) ?? null };
    })
    .sort((a, b) => compareStrings(a.name, b.name));
  const serviceModels = services.map((service) => serviceModel(service, exported));
  const byId = new Map(types.map((type) => [type.def.id, type]));
  const warned = new Set<string>();
  const resolveId = (id: string): ResolvedType => {
    const type = byId.get(id);
    if (type) return type.def.kind === 'message' ? { kind: 'message', type: type.def, name: type.name } : { kind: 'enum', type: type.def, name: type.name };
    const wellKnown = WELL_KNOWN_IDS.get(id);
    if (wellKnown) return { kind: 'wellKnown', wellKnown };
    if (!warned.has(id)) {
      warned.add(id);
      warn(`${product}: type ${id} is referenced but not described; it is typed as unknown`);
    }
    return { kind: 'missing', id };
  };
  return {
    product,
    isShared: sharedNames === null,
    directory,
    services: serviceModels,
    types,
    resolveId,
    resolve: (ref) => ('scalar' in ref ? { kind: 'scalar', scalar: ref.scalar } : 'wellKnown' in ref ? { kind: 'wellKnown', wellKnown: ref.wellKnown } : resolveId(ref.ref)),
    typeName: (id) => byId.get(id)?.name,
    typeModel: (id) => byId.get(id),
    validatorName: (id) => byId.get(id)?.validatorName ?? null,
  };
}

function serviceModel(service: Service, exported: NameTable): ServiceModel {
  const members = new NameTable(RESERVED_MEMBERS);
  const named = service.methods.map((method) => ({ method, memberName: members.claim(memberIdentifier(method.name)) }));
  const methods = named.map(({ method, memberName }) => ({
    method,
    memberName,
    allName: method.pagination ? members.claim(`${memberName}All`) : null,
  }));
  return { service, className: exported.claim(typeIdentifier(`${service.name}Client`)), methods };
}
