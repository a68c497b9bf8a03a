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

/** Every place that documents the thing, in path and line order. */
export function mergeSources(types: readonly { sources: string[] }[]): string[] {
  const refs = new Set<string>();
  for (const type of types) for (const ref of type.sources) refs.add(ref);
  // Split once, not in every comparison: the reference's common messages have thousands of places.
  const keyed = [...refs].map((ref) => {
    const [path, line] = splitRef(ref);
    return { ref, path, line: Number(line) };
  });
  keyed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return keyed.map((entry) => entry.ref);
}

/** `path:line` → [path, line]; a reference without a line is all path. */
export const splitRef = (ref: string): [string, string] => {
  const colon = ref.lastIndexOf(':');
  return colon < 0 ? [ref, ''] : [ref.slice(0, colon), ref.slice(colon + 1)];
};
