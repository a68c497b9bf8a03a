import path from 'node:path/posix';
import { type PageLinks, readLinks } from '../anchors.ts';
import type { Draft } from '../finding.ts';
import type { LintRule, PageTexts } from '../input.ts';

/** Links to an anchor that the page they lead to does not define. */
export const brokenAnchor: LintRule = {
  name: 'broken-anchor',
  level: 'error',
  about: 'a link to `#anchor` or `page.md#anchor` whose page has no such heading or `{#id}`',
  async check({ ir, texts, relations }) {
    const links = new LinkedPages(texts);
    const drafts: Draft[] = [];
    for (const { path: page } of ir.sources) {
      const own = await links.of(page);
      for (const link of own?.links ?? []) {
        const target = targetOf(page, link.target, texts);
        if (target === null) continue;
        const theirs = target.page === page ? own : await links.of(target.page);
        if (!theirs || defines(theirs, target.anchor)) continue;
        const place = { source: page, line: link.line, column: link.column };
        const others = target.page === page ? [] : [relations.other(place, { source: target.page, line: 1, column: 1 })];
        drafts.push({ rule: brokenAnchor.name, place, others, message: `link to '${link.target}': ${target.page === page ? 'this page' : target.page} has no anchor '${target.anchor}'` });
      }
    }
    return drafts;
  },
};

/** Each page's anchors and links, read once. */
class LinkedPages {
  readonly #read = new Map<string, Promise<PageLinks | null>>();

  constructor(private readonly texts: PageTexts) {}

  of(page: string): Promise<PageLinks | null> {
    let links = this.#read.get(page);
    if (!links) {
      links = this.texts.lines(page).then((lines) => (lines === null ? null : readLinks(lines)));
      this.#read.set(page, links);
    }
    return links;
  }
}

/**
 * The page and anchor a link leads to, where it leads into the docs tree read: `#a` on this
 * page, `other.md#a` (or `other#a`, as the docs also write) beside it. Links off the site,
 * site-absolute ones and pages outside what was read are not judged.
 */
function targetOf(page: string, target: string, texts: PageTexts): { page: string; anchor: string } | null {
  const hash = target.indexOf('#');
  const file = target.slice(0, hash);
  const anchor = decode(target.slice(hash + 1));
  if (anchor === null || anchor === '' || target.includes('{{')) return null;
  if (file === '') return { page, anchor };
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('/')) return null;
  const resolved = path.normalize(path.join(path.dirname(page), decode(file) ?? file));
  const candidate = [resolved, `${resolved}.md`, `${resolved}/index.md`].find((name) => name.endsWith('.md') && texts.has(name));
  return candidate ? { page: candidate, anchor } : null;
}

function defines(page: PageLinks, anchor: string): boolean {
  return page.anchors.has(anchor) || page.slugs.has(anchor.toLowerCase());
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
