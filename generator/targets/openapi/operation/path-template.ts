/** A documented HTTP path as OpenAPI writes it, and the fields it binds. */
export interface PathTemplate {
  /** `/v1/{name}/roles` for `/v1/{name=organizations/*}/roles`: OpenAPI templates name a parameter only. */
  path: string;
  /** The bound fields (jsonName, dotted where nested), in path order. */
  params: string[];
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
  return { path: written, params, shape: written.replace(VARIABLE, '{}') };
}

/** Why OpenAPI cannot hold the path as written, or undefined where it can. */
export function pathProblem(template: PathTemplate): string | undefined {
  if (!template.path.startsWith('/')) return 'does not start with /';
  if (/[?#]/.test(template.path)) return 'holds a query or fragment';
  if (template.params.some((name) => name === '')) return 'has an unnamed parameter';
  if (new Set(template.params).size !== template.params.length) return 'binds one parameter twice';
  return undefined;
}
