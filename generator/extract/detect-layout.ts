import { PageShape } from './layouts/page-layout.ts';
import { PAGE_LAYOUTS, type RegisteredLayout } from './layouts/registry.ts';
import type { Section } from './sections.ts';

/** The layout entry that claims the page, by what it contains, not by its path; none for an index or overview. */
export function findPageLayout(sections: readonly Section[]): RegisteredLayout | undefined {
  const shape = new PageShape(sections);
  return PAGE_LAYOUTS.find((layout) => layout.detect(shape));
}
