import type { Diagnostic, Enum, LocalizedText, Message, Method, Source } from './ir.ts';

/**
 * What one page says, before the merge: the extractors' output and the merge's input.
 * It is JSON-serialisable so that the page cache can store it.
 *
 * Type ids on a page are provisional. `qualified` ids are full protobuf names read from
 * anchors; `named` ids are `<product>.<MessageName>` (the page names the message but not
 * its package); `anonymous` ids name a place (`<product>.<Service>.<Method>.Request.backups`)
 * for a legacy `**object**` whose message the page never names. The merge unifies them.
 */
export type IdOrigin = 'qualified' | 'named' | 'anonymous';

export type PageMessage = Message & { origin: IdOrigin };

export type PageEnum = Enum & { origin: IdOrigin };

export type PageType = PageMessage | PageEnum;

/**
 * A method as one page states it; pagination is only known once the merged types are.
 * `bodyType`: a REST page whose body is one field of the request shows only that field's
 * message; the merge finds the field (the page leaves `http.body` null).
 */
export type PageMethod = Omit<Method, 'pagination'> & { bodyType?: string };

export interface PageService {
  name: string;
  product: string;
  /** The protobuf package, where the page reveals it (from anchors). */
  package: string | null;
  description: LocalizedText;
  methods: PageMethod[];
}

export interface PageExtract {
  source: Source;
  /**
   * The cheap scan found no `rpc` line and no HTTP request heading: a concept, how-to or
   * index page, or an include stub. Such a page is not read further, not merged and not
   * listed in the model's sources; the pipeline only counts it.
   */
  notApiReference?: true;
  services: PageService[];
  types: PageType[];
  diagnostics: Diagnostic[];
}

