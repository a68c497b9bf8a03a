import type {
  Diagnostic,
  EnumValue,
  Field,
  HttpBinding,
  Lang,
  Layout,
  LocalizedText,
  Oneof,
  Source,
  SourceRef,
} from './ir.ts';

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

export interface PageMessage {
  kind: 'message';
  id: string;
  origin: IdOrigin;
  name: string;
  description: LocalizedText;
  fields: Field[];
  oneofs: Oneof[];
  sources: SourceRef[];
}

export interface PageEnum {
  kind: 'enum';
  id: string;
  origin: IdOrigin;
  name: string;
  description: LocalizedText;
  values: EnumValue[];
  sources: SourceRef[];
}

export type PageType = PageMessage | PageEnum;

export interface PageMethod {
  name: string;
  description: LocalizedText;
  request: string;
  response: string;
  clientStreaming: boolean;
  serverStreaming: boolean;
  http: HttpBinding | null;
  /** Set where the method returns an Operation; the type ids may be null when the page does not say. */
  operation: { metadata: string | null; response: string | null } | null;
  sources: SourceRef[];
}

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
  services: PageService[];
  types: PageType[];
  diagnostics: Diagnostic[];
}

export type { Lang, Layout };
