export { type NumberKind, type ResolvedBounds, resolveValueBounds } from './bounds.ts';
export type { DescriptionFacts, StatedConstraints } from './facts.ts';
export { parseDescription, tracePhrases } from './parse.ts';
export { PHRASES, type PhraseRow } from './patterns.ts';
