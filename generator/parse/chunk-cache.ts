import type { RootContent } from 'mdast';

/** How much chunk text a thread keeps parsed: enough for the messages of a service's pages. */
const DEFAULT_BUDGET = 4 * 1024 * 1024;

/**
 * Recently parsed chunks by their text, least recently used dropped first once the texts
 * held pass the budget. The trees held are never handed out: callers get shifted copies.
 */
export class ChunkCache {
  readonly #entries = new Map<string, readonly RootContent[]>();
  #size = 0;

  constructor(readonly budget = DEFAULT_BUDGET) {}

  get(text: string): readonly RootContent[] | undefined {
    const found = this.#entries.get(text);
    if (found !== undefined) {
      this.#entries.delete(text);
      this.#entries.set(text, found);
    }
    return found;
  }

  set(text: string, children: readonly RootContent[]): void {
    if (text.length > this.budget) return;
    this.#entries.set(text, children);
    this.#size += text.length;
    for (const [oldest] of this.#entries) {
      if (this.#size <= this.budget) break;
      this.#entries.delete(oldest);
      this.#size -= oldest.length;
    }
  }
}

interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

/**
 * A deep copy of a tree with every position (nodes' and those kept in `data`) moved down
 * by `lines` and on by `offset`; strings are shared, objects and arrays are new.
 */
export function shiftedCopy<T>(value: T, lines: number, offset: number): T {
  if (Array.isArray(value)) return value.map((item) => shiftedCopy(item, lines, offset)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'position' && isPosition(item) ? { start: shiftPoint(item.start, lines, offset), end: shiftPoint(item.end, lines, offset) } : shiftedCopy(item, lines, offset);
  }
  return copy as T;
}

function isPosition(value: unknown): value is { start: Point; end: Point } {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value;
}

function shiftPoint(point: Point, lines: number, offset: number): Point {
  return point.offset === undefined ? { line: point.line + lines, column: point.column } : { line: point.line + lines, column: point.column, offset: point.offset + offset };
}
