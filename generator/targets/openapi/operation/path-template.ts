/** A documented HTTP path as OpenAPI writes it, and the fields it binds. */
export interface PathTemplate {
  /** `/v1/{name}/roles` for `/v1/{name=organizations/*}/roles`: OpenAPI templates name a parameter only. */
  path: string;
  /** The parameters' names, in path order. */
  params: string[];
  /** The request fields they bind (jsonName, dotted where nested): their names, unless `sharedWith` renamed them. */
  fields: string[];
  /** The path with every parameter blanked (`/v1/{}/roles`): OpenAPI holds one path per shape. */
  shape: string;
}

const VARIABLE = /\{([^{}]*)\}/g;

export function parsePathTemplate(path: string): PathTemplate {
  const params: string[] = [];
  const written = path.replace(VARIABLE, (_, inside: string) => {
    const name = inside.split('=')[0]!.trim();
    params.push(name);
    return `{${name}}`;
  });
  return { path: written, params, fields: params, shape: written.replace(VARIABLE, '{}') };
}

/**
 * The template renamed to another path of the same shape (`/clouds/{cloudId}` for
 * `/clouds/{server.cloudId}`): OpenAPI holds one path per shape, and a parameter's name never
 * reaches the wire, so the method joins that path with its parameters still binding its fields.
 */
export function sharedWith(template: PathTemplate, owner: PathTemplate): PathTemplate {
  return { path: owner.path, params: owner.params, fields: template.fields, shape: template.shape };
}

/** Why OpenAPI cannot hold the path as written, or undefined where it can. */
export function pathProblem(template: PathTemplate): string | undefined {
  if (!template.path.startsWith('/')) return 'does not start with /';
  if (/[?#]/.test(template.path)) return 'holds a query or fragment';
  if (template.params.some((name) => name === '')) return 'has an unnamed parameter';
  if (new Set(template.params).size !== template.params.length) return 'binds one parameter twice';
  return undefined;
}
