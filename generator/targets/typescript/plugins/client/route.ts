/** A documented HTTP path split around its parameters: `/a/{x}/b` → pieces `/a/`, `/b` and parameter `x`. */
export interface Route {
  pieces: string[];
  params: string[];
}

const PLACEHOLDER = /\{([^}]*)\}/g;

export function splitPath(path: string): Route {
  const pieces: string[] = [];
  const params: string[] = [];
  let last = 0;
  for (const match of path.matchAll(PLACEHOLDER)) {
    pieces.push(path.slice(last, match.index));
    // `{name=projects/*}` binds `name`; the pattern after `=` only constrains the value.
    params.push((match[1] ?? '').split('=')[0]?.trim() ?? '');
    last = match.index + match[0].length;
  }
  pieces.push(path.slice(last));
  return { pieces, params };
}
