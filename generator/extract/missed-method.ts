import type { Node } from 'unist';
import { inlineSource } from './inline-source.ts';
import { restSectionKind } from './layouts/common.ts';
import type { PageDiagnostics } from './location.ts';
import type { Section } from './sections.ts';

/**
 * Why a page that looks like a method page yields no method. Its markers are compared by
 * their skeleton, invisible characters dropped and Cyrillic lookalikes read as Latin, so that
 * `HTTP request` with a zero-width space or `rрc` with a Cyrillic `р` is named, not dropped.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/gu;
const CYRILLIC_LOOKALIKES = 'АВСЕНКМОРТХасеорху';
const LATIN_LOOKALIKES = 'ABCEHKMOPTXaceopxy';
const TO_LATIN = new Map([...CYRILLIC_LOOKALIKES].map((letter, i) => [letter, LATIN_LOOKALIKES[i] ?? letter]));

const DISGUISED = 'invisible or lookalike (Cyrillic) characters';
const METHOD_TITLE = /^(?:Method|Метод)\s+\w+$/;
const BROKEN_HEADING = /^#{1,6}[ \t]+([^{\n]*)/;
const HTTP_TITLES = new Set(['http request', 'http запрос', 'http-запрос'].map(skeleton));
const GRPC_TITLES = new Set(['grpc request', 'grpc запрос', 'grpc-запрос']);
/** `**rpc Get`, or a line cut short after `**rpc`. */
const RPC_MARK = /\*\*rpc(?:\s|$)/;

function skeleton(text: string): string {
  return [...text.replace(INVISIBLE, '')].map((char) => TO_LATIN.get(char) ?? char).join('');
}

const disguised = (text: string): boolean => skeleton(text) !== text;
/** A title as restSectionKind compares it, unmasked, and without an anchor the mask kept on. */
function plainTitle(text: string): string {
  const plain = skeleton(text);
  const anchor = plain.lastIndexOf('{#');
  return (anchor >= 0 && plain.trimEnd().endsWith('}') ? plain.slice(0, anchor) : plain).toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

interface Marker {
  node: Node | null;
  reason: string;
}

function markerOf(section: Section): Marker | null {
  const title = section.title;
  const kind = restSectionKind(section);
  if (kind === 'http') return { node: section.heading, reason: `its '${title}' section holds no HTTP request line` };
  if (kind === 'path' || kind === 'query' || kind === 'body') {
    return { node: section.heading, reason: `its '${title}' section documents a request, but no 'HTTP request' section holds the request line` };
  }
  if (HTTP_TITLES.has(plainTitle(title))) return { node: section.heading, reason: `its heading '${title}' holds ${DISGUISED}` };
  if (section.depth === 1 && METHOD_TITLE.test(skeleton(title))) return { node: section.heading, reason: `its title '${title}' names a method but the page declares no rpc line or HTTP request line` };
  for (const block of section.blocks) {
    if (block.type !== 'paragraph') continue;
    const source = inlineSource(block.children);
    // `#\u200b# HTTP request` is no heading at all: a paragraph that reads as one once unmasked.
    const heading = BROKEN_HEADING.exec(skeleton(source));
    if (heading && HTTP_TITLES.has(plainTitle(heading[1] ?? ''))) return { node: block, reason: `its heading '${source}' holds ${DISGUISED}` };
    if (!RPC_MARK.test(skeleton(source))) continue;
    const why = disguised(source) ? `holds ${DISGUISED}` : 'is not an rpc line the page layouts read';
    return { node: block, reason: `its rpc line ${why}` };
  }
  if (GRPC_TITLES.has(plainTitle(title))) return { node: section.heading, reason: `its '${title}' section holds no rpc line` };
  return null;
}

/**
 * A diagnostic for a page with a method page's marker that gave no method. A disguised marker
 * explains the loss better than the plain ones around it, so it is named first.
 */
export function reportMissedMethodPage(sections: readonly Section[], diagnostics: PageDiagnostics): void {
  const markers = sections.flatMap((section) => markerOf(section) ?? []);
  const marker = markers.find((candidate) => candidate.reason.includes(DISGUISED)) ?? markers[0];
  if (marker) diagnostics.at(marker.node, 'warning', 'no-method-found', `the page looks like a method page but yields no method: ${marker.reason}`);
}
