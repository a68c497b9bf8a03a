import type { RootContent } from 'mdast';
import type { Lang, Layout, LocalizedText, TypeRef } from '../model/ir.ts';
import type { IdOrigin, PageType } from '../model/page.ts';
import { blocksToMarkdown } from './description.ts';
import type { PageDiagnostics } from './location.ts';
import type { Section } from './sections.ts';
import type { LinkTarget } from './type-notation.ts';

export interface TypeName {
  id: string;
  name: string;
  origin: IdOrigin;
}

const OPERATION_ID = 'yandex.cloud.operation.Operation';
const WELL_KNOWN_IDS = /^google\.(protobuf|type)\./;

/** What every extractor of one page shares: where it is, its language, its anchors and what it found. */
export class PageContext {
  readonly types = new Map<string, PageType>();
  private readonly anchors = new Map<string, TypeName>();

  constructor(
    readonly path: string,
    readonly lang: Lang,
    readonly product: string,
    readonly diagnostics: PageDiagnostics,
    /** The page's text, for descriptions kept as written. */
    readonly source: string,
    readonly layout: Layout = 'other',
  ) {}

  /** The 2024+ layouts mark every enum `**enum**`; legacy pages write many as `**string**` with their values listed. */
  get marksEnums(): boolean {
    return this.layout === 'grpc-method' || this.layout === 'rest-method';
  }

  describe(blocks: readonly RootContent[]): LocalizedText {
    return this.text(blocksToMarkdown(blocks, this.source));
  }

  text(value: string): LocalizedText {
    return value ? { [this.lang]: value } : {};
  }

  /** Names the type a section documents from its heading and anchor; duplicates (`Backup1`, `…Permissions2`) fold onto the first. */
  registerSection(section: Section): TypeName {
    const name = lastSegment(section.title);
    const anchor = section.anchor ?? name;
    const typeName = this.typeNameFor(anchor, name);
    this.anchors.set(anchor, typeName);
    return typeName;
  }

  typeNameFor(anchor: string, name: string): TypeName {
    if (anchor.includes('.')) {
      const last = lastSegment(anchor);
      if (!last.startsWith(name)) return { id: anchor, name: last, origin: 'qualified' };
      const id = last !== name && new RegExp(`^${escape(name)}\\d+$`).test(last) ? anchor.slice(0, -last.length) + name : anchor;
      return { id, name, origin: 'qualified' };
    }
    // Every service's long-running calls return the one yandex.cloud.operation.Operation.
    if (name === 'Operation') return { id: OPERATION_ID, name, origin: 'qualified' };
    return { id: `${this.product}.${name}`, name, origin: 'named' };
  }

  /** Resolves a link in a type column or an rpc line to the type it names. */
  resolveLink(target: LinkTarget): TypeName {
    const name = lastSegment(target.text);
    const known = target.anchor === null ? undefined : this.anchors.get(target.anchor);
    // `[Trigger.Rule](#Trigger2)`: legacy pages link a nested type to its parent's section.
    if (known && (known.name === name || !target.text.includes('.'))) return known;
    const section = known ? this.anchors.get(name) : undefined;
    if (section) return section;
    if (WELL_KNOWN_IDS.test(target.text) || target.text.startsWith('google.rpc.')) {
      return { id: target.text, name, origin: 'qualified' };
    }
    // `[LogLevel.Level](#LogLevel)`: a nested type whose section is on another page keeps its parent in its id.
    const anchorNamesIt = target.anchor !== null && target.anchor.replace(/\d+$/, '') === name;
    if (!known && (!target.text.includes('.') || anchorNamesIt || target.anchor?.includes('.'))) {
      const anchor = target.anchor && !target.anchor.includes('/') ? target.anchor : name;
      return this.typeNameFor(anchor, name);
    }
    return { id: `${this.product}.${target.text.trim()}`, name, origin: 'named' };
  }

  /** The type a section of this page documents under `name` (`### Condition {#Condition}`), if any. */
  sectionNamed(name: string): TypeName | undefined {
    return this.anchors.get(name);
  }

  addType(type: PageType): void {
    const existing = this.types.get(type.id);
    if (!existing) this.types.set(type.id, type);
    else existing.sources.push(...type.sources.filter((ref) => !existing.sources.includes(ref)));
  }

  refTo(typeName: TypeName): TypeRef {
    return { ref: typeName.id };
  }
}

function lastSegment(name: string): string {
  const trimmed = name.trim();
  return trimmed.slice(trimmed.lastIndexOf('.') + 1);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
