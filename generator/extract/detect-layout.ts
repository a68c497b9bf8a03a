import type { Layout } from '../model/ir.ts';
import { PageShape } from './layouts/page-layout.ts';
import { OTHER_LAYOUT, PAGE_LAYOUTS, type RegisteredLayout } from './layouts/registry.ts';
import type { Section } from './sections.ts';

/** The layout entry that claims the page, if any (the entries claim disjoint pages). */
export function findPageLayout(sections: readonly Section[]): RegisteredLayout | undefined {
  const shape = new PageShape(sections);
  return PAGE_LAYOUTS.find((layout) => layout.detect(shape));
}

/** Recognises a page's layout by what it contains, not by its path. */
export function detectLayout(sections: readonly Section[]): Layout {
  return findPageLayout(sections)?.name ?? OTHER_LAYOUT;
}
