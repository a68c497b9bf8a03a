import { grpcMethodLayout } from './grpc-method.ts';
import { grpcServiceLegacyLayout } from './grpc-service-legacy.ts';
import type { PageLayout } from './page-layout.ts';
import { restMethodLayout, restMethodLegacyLayout } from './rest-method.ts';

/**
 * Every page format the extractor reads. A new layout is its file and one line here; the
 * IR's `Layout` type, the page counts of the summary and the merge's ranking follow.
 * The order is the order the summary lists the layouts in.
 */
export const PAGE_LAYOUTS = [restMethodLayout, restMethodLegacyLayout, grpcMethodLayout, grpcServiceLegacyLayout] as const satisfies readonly PageLayout[];

export type RegisteredLayout = (typeof PAGE_LAYOUTS)[number];

export type LayoutName = RegisteredLayout['name'];

/** What a page that is in no layout (an index, an overview) is recorded as. */
export const OTHER_LAYOUT = 'other';

/** Every `layout` a source may name, `other` last. */
export const LAYOUT_NAMES: readonly (LayoutName | typeof OTHER_LAYOUT)[] = [...PAGE_LAYOUTS.map((layout) => layout.name), OTHER_LAYOUT];

const byName = new Map<string, PageLayout>(PAGE_LAYOUTS.map((layout) => [layout.name, layout]));

/** The entry of a layout name; none for `other`. */
export const pageLayoutNamed = (name: string): PageLayout | undefined => byName.get(name);
