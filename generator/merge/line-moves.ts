import type { Diagnostic, DocsIr, SourceRef } from '../model/ir.ts';
import { compareDiagnostics } from '../model/diagnostics.ts';
import type { PageExtract } from '../model/page.ts';
import { splitRef } from './context.ts';
import { withoutWords } from './page-texts.ts';

/** A page as it was when the model was merged, and as it is now. */
export interface PageEdit {
  before: PageExtract;
  after: PageExtract;
}

/** Where the lines of a page that its methods and types start on went: line before → line now. */
type LineMap = ReadonlyMap<number, number>;

/**
 * The model with its places on the edited pages moved to the lines they are on now, and the
 * pages as they were moved alike (with the diagnostics they have now), so that an edit that
 * added or removed lines (a paragraph, a blank line) is an edit of words alone again. It holds
 * because the merge reads a place's line for nothing but order within its page (`mergeSources`,
 * the diagnostics' order) and the places it names: a move that keeps every place distinct and in
 * its order gives the same model with the places renamed. Null where an edit did more than
 * that: the pages differ in anything but words, places and their diagnostics' positions, or
 * places swap, merge, or are named where their line is not known.
 */
export function followLineMoves(ir: DocsIr, edits: readonly PageEdit[]): { ir: DocsIr; edits: PageEdit[] } | null {
  const moves = new Map<string, { map: LineMap; edit: PageEdit }>();
  for (const edit of edits) {
    const map = alignLines(edit.before, edit.after);
    if (map === null) return null;
    const movedDiagnostics = JSON.stringify(edit.before.diagnostics) !== JSON.stringify(edit.after.diagnostics);
    if (movedDiagnostics || [...map].some(([was, now]) => was !== now)) moves.set(edit.after.source.path, { map, edit });
  }
  if (moves.size === 0) return { ir, edits: [...edits] };
  const maps = new Map([...moves].map(([path, { map }]) => [path, map]));
  const diagnostics = moveDiagnostics(ir.diagnostics, moves);
  const types = moveTypes(ir.types, maps);
  const services = moveServices(ir.services, maps);
  if (diagnostics === null || types === null || services === null) return null;
  const moved = edits.map((edit) => {
    const move = moves.get(edit.after.source.path);
    return move === undefined ? edit : { before: { ...movePage(edit.before, move.map), diagnostics: edit.after.diagnostics }, after: edit.after };
  });
  return { ir: { ...ir, services, types, diagnostics }, edits: moved };
}

/**
 * The line map of two versions of a page that say the same but for words and positions: each
 * place's line before paired with its line now, in the order the extract lists them. Null where
 * the versions differ otherwise, or the pairing is not one-to-one and in order.
 */
function alignLines(before: PageExtract, after: PageExtract): LineMap | null {
  if (before.source.path !== after.source.path || placelessStructure(before) !== placelessStructure(after)) return null;
  const was = placesOf(before);
  const now = placesOf(after);
  const map = new Map<number, number>();
  for (const [index, ref] of was.entries()) {
    const [path, line] = splitRef(ref);
    const [, lineNow] = splitRef(now[index]!);
    if (path !== before.source.path) {
      if (ref !== now[index]) return null;
      continue;
    }
    const known = map.get(Number(line));
    if (known !== undefined && known !== Number(lineNow)) return null;
    map.set(Number(line), Number(lineNow));
  }
  return isOrderKeeping(map) ? map : null;
}

/** A page's extract without its words, its hash and the lines of its places and diagnostics. */
function placelessStructure(page: PageExtract): string {
  const diagnostics = page.diagnostics.map(({ line: _line, column: _column, ...rest }) => rest);
  return JSON.stringify({ ...page, diagnostics }, (key, value: unknown) =>
    key === 'sources' && Array.isArray(value) ? value.map((ref: SourceRef) => splitRef(ref)[0]) : withoutWords(key, value),
  );
}

function placesOf(page: PageExtract): SourceRef[] {
  return [...page.services.flatMap((service) => service.methods.flatMap((method) => method.sources)), ...page.types.flatMap((type) => type.sources)];
}

function isOrderKeeping(map: LineMap): boolean {
  const pairs = [...map].sort(([a], [b]) => a - b);
  return pairs.every(([, now], index) => index === 0 || now > pairs[index - 1]![1]);
}

function movePage(page: PageExtract, map: LineMap): PageExtract {
  const move = (refs: readonly SourceRef[]) => refs.map((ref) => moveRef(ref, page.source.path, map) ?? ref);
  return {
    ...page,
    services: page.services.map((service) => ({ ...service, methods: service.methods.map((method) => ({ ...method, sources: move(method.sources) })) })),
    types: page.types.map((type) => ({ ...type, sources: move(type.sources) })),
  };
}

/** A place on a moved page renamed to its line now; undefined where it is on another page, null where its line is not one the page's places start on. */
function moveRef(ref: SourceRef, path: string, map: LineMap): SourceRef | null | undefined {
  const [refPath, line] = splitRef(ref);
  if (refPath !== path) return undefined;
  const now = map.get(Number(line));
  return now === undefined ? null : `${path}:${now}`;
}

/** Each list of places with those on moved pages renamed; the same list where none is. */
function moveRefs(refs: SourceRef[], maps: ReadonlyMap<string, LineMap>): SourceRef[] | null {
  let moved: SourceRef[] | undefined;
  for (const [index, ref] of refs.entries()) {
    const [path] = splitRef(ref);
    const map = maps.get(path);
    if (map === undefined) continue;
    const now = moveRef(ref, path, map);
    if (now === null || now === undefined) return null;
    (moved ??= [...refs])[index] = now;
  }
  return moved ?? refs;
}

function moveTypes(types: DocsIr['types'], maps: ReadonlyMap<string, LineMap>): DocsIr['types'] | null {
  const moved: DocsIr['types'] = {};
  for (const [id, type] of Object.entries(types)) {
    const sources = moveRefs(type.sources, maps);
    if (sources === null) return null;
    moved[id] = sources === type.sources ? type : { ...type, sources };
  }
  return moved;
}

function moveServices(services: DocsIr['services'], maps: ReadonlyMap<string, LineMap>): DocsIr['services'] | null {
  const moved: DocsIr['services'] = [];
  for (const service of services) {
    const methods = [];
    for (const method of service.methods) {
      const sources = moveRefs(method.sources, maps);
      if (sources === null) return null;
      methods.push(sources === method.sources ? method : { ...method, sources });
    }
    moved.push(methods.every((method, index) => method === service.methods[index]) ? service : { ...service, methods });
  }
  return moved;
}

/**
 * The model's diagnostics with the moved pages' own ones as the pages give them now, the merge's
 * ones on those pages at their places' lines now, and every place named in a message renamed.
 */
function moveDiagnostics(diagnostics: readonly Diagnostic[], moves: ReadonlyMap<string, { map: LineMap; edit: PageEdit }>): Diagnostic[] | null {
  const pageOwn = new Map<string, number>();
  for (const { edit } of moves.values()) for (const diagnostic of edit.before.diagnostics) countIn(pageOwn, JSON.stringify(diagnostic), 1);
  const moved: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const move = moves.get(diagnostic.source);
    if (move !== undefined && countIn(pageOwn, JSON.stringify(diagnostic), -1)) continue;
    const line = move === undefined ? diagnostic.line : move.map.get(diagnostic.line);
    const message = movePlacesIn(diagnostic.message, moves);
    if (line === undefined || message === null) return null;
    moved.push(line === diagnostic.line && message === diagnostic.message ? diagnostic : { ...diagnostic, line, message });
  }
  if ([...pageOwn.values()].some((count) => count > 0)) return null;
  for (const { edit } of moves.values()) moved.push(...edit.after.diagnostics);
  return moved.sort(compareDiagnostics);
}

/** Takes one from a key's count (true if there was one to take), or adds to it. */
function countIn(counts: Map<string, number>, key: string, by: 1 | -1): boolean {
  const count = counts.get(key) ?? 0;
  if (by < 0 && count === 0) return false;
  counts.set(key, count + by);
  return true;
}

/** A message with each `path:line` of a moved page renamed; null where such a line is not a known place. */
function movePlacesIn(message: string, moves: ReadonlyMap<string, { map: LineMap }>): string | null {
  let text = message;
  for (const [path, { map }] of moves) {
    const marker = `${path}:`;
    let parts = '';
    let from = 0;
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      if (at > 0 && PATH_CHAR.test(text[at - 1]!)) continue;
      let end = at + marker.length;
      while (end < text.length && text[end]! >= '0' && text[end]! <= '9') end++;
      if (end === at + marker.length) continue;
      const now = map.get(Number(text.slice(at + marker.length, end)));
      if (now === undefined) return null;
      parts += `${text.slice(from, at)}${marker}${now}`;
      from = end;
    }
    text = parts + text.slice(from);
  }
  return text;
}

const PATH_CHAR = /[\w./-]/;
