import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A heading and the blocks under it, up to the next heading of any depth. */
export interface Section {
  depth: number;
  /** Heading text without its `{#anchor}`. */
  title: string;
  anchor: string | null;
  heading: Heading | null;
  blocks: RootContent[];
}

// `[^{}\s]`, not `[^}\s]`: a heading of repeated `{#` would otherwise rescan to its end from each.
const ANCHOR = /\s*\{#([^{}\s]+)\}\s*$/;

function headingParts(heading: Heading): { title: string; anchor: string | null } {
  const text = toString(heading).replace(/\s+/g, ' ').trim();
  const match = ANCHOR.exec(text);
  return match ? { title: text.slice(0, match.index).trim(), anchor: match[1] ?? null } : { title: text, anchor: null };
}

/** Splits a page into flat sections; the blocks before the first heading form a section of depth 0. */
export function splitSections(root: Root): Section[] {
  const sections: Section[] = [{ depth: 0, title: '', anchor: null, heading: null, blocks: [] }];
  for (const node of root.children) {
    if (node.type === 'heading') {
      sections.push({ depth: node.depth, ...headingParts(node), heading: node, blocks: [] });
    } else if (node.type !== 'yaml') {
      sections.at(-1)?.blocks.push(node);
    }
  }
  return sections;
}
