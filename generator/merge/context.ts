import type { Diagnostic, LocalizedText } from '../model/ir.ts';

export interface MergeContext {
  idOf: (id: string) => string;
  report: (diagnostic: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }) => void;
}

/** Reports a merge finding at a source reference (`path:line`). */
export function report(context: MergeContext, at: string, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): void {
  const [source, line] = splitRef(at);
  context.report({ severity, code, message, source, line: Number(line) || 1, column: 1 });
}

/** Each language's text from the first page that has one. */
export function mergeText(a: LocalizedText, b: LocalizedText): LocalizedText {
  const text: LocalizedText = {};
  const en = a.en || b.en;
  const ru = a.ru || b.ru;
  if (en) text.en = en;
  if (ru) text.ru = ru;
  return text;
}

/**
 * Every place that documents the thing, in path and line order. Grouped by page first: the
 * reference's common messages have thousands of places, a handful on each page.
 */
export function mergeSources(types: readonly { sources: string[] }[]): string[] {
  const byPath = new Map<string, string[]>();
  for (const type of types) {
    for (const ref of type.sources) {
      const path = splitRef(ref)[0];
      const refs = byPath.get(path);
      if (refs) refs.push(ref);
      else byPath.set(path, [ref]);
    }
  }
  const merged: string[] = [];
  for (const path of [...byPath.keys()].sort()) {
    const refs = byPath.get(path)!;
    if (refs.length === 1) merged.push(refs[0]!);
    else merged.push(...[...new Set(refs)].map((ref) => ({ ref, line: Number(splitRef(ref)[1]) })).sort((a, b) => a.line - b.line).map((entry) => entry.ref));
  }
  return merged;
}

/** `path:line` → [path, line]; a reference without a line is all path. */
export const splitRef = (ref: string): [string, string] => {
  const colon = ref.lastIndexOf(':');
  return colon < 0 ? [ref, ''] : [ref.slice(0, colon), ref.slice(colon + 1)];
};
