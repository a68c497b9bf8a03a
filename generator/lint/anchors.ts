/** The anchors a page defines and the links it writes, read line by line outside code fences. */
export interface PageLinks {
  anchors: Set<string>;
  /** Heading slugs, lower case: a link may write them in any case. */
  slugs: Set<string>;
  links: { target: string; line: number; column: number }[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}\s+(.*)$/;
const EXPLICIT_ID = /\{#([^}\s]+)\}/g;
const INLINE_LINK = /\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"\n]*")?\s*\)/g;
const HREF = /\bhref\s*=\s*["']([^"'\s]+)["']/g;
const NAMED = /\b(?:name|id)\s*=\s*["']([^"'\s]+)["']/g;
/** An HTML tag is looked at up to this long: `<a` with no `>` must not make a scan quadratic. */
const TAG_LIMIT = 500;

export function readLinks(lines: readonly string[]): PageLinks {
  const page: PageLinks = { anchors: new Set(), slugs: new Set(), links: [] };
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = null;
      return;
    }
    if (opening) {
      fence = opening;
      return;
    }
    readLine(line, index + 1, page);
  });
  return page;
}

function readLine(line: string, number: number, page: PageLinks): void {
  for (const match of line.matchAll(EXPLICIT_ID)) page.anchors.add(match[1]!);
  const heading = HEADING.exec(line);
  if (heading) page.slugs.add(slugOf(heading[1]!.replace(EXPLICIT_ID, '')));
  for (const tag of anchorTags(line)) for (const match of tag.matchAll(NAMED)) page.anchors.add(match[1]!);
  for (const pattern of [INLINE_LINK, HREF]) {
    for (const match of line.matchAll(pattern)) {
      const target = match[1]!;
      if (target.includes('#')) page.links.push({ target, line: number, column: match.index + match[0].indexOf(target) + 1 });
    }
  }
}

/** The text of each `<a …>` tag on a line; a tag is looked for its `>` only so far. */
function anchorTags(line: string): string[] {
  const tags: string[] = [];
  for (let at = line.indexOf('<a'); at >= 0; at = line.indexOf('<a', at + 2)) {
    const tag = line.slice(at, at + TAG_LIMIT);
    const end = tag.indexOf('>');
    if (end > 0) tags.push(tag.slice(0, end));
  }
  return tags;
}

/** A heading's generated anchor: its words in lower case joined by hyphens, punctuation dropped. */
export function slugOf(title: string): string {
  const text = title
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');
}
