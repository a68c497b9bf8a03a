import type { Source } from '../model/ir.ts';

/** A place in the docs tree, as the extractor and merge count it (1-based). */
export interface Place {
  source: string;
  line: number;
  column: number;
}

/** How another place relates to the one a finding is filed under. */
export type Relation = 'other language' | 'REST/gRPC' | 'other page' | 'same page';

export interface OtherPlace extends Place {
  relation: Relation;
}

export type Level = 'error' | 'warning';

/** What a rule finds, before the config gives it a level. */
export interface Draft {
  rule: string;
  place: Place;
  /** The places that state the other side, for a finding that compares statements. */
  others: OtherPlace[];
  message: string;
}

export interface Finding extends Draft {
  level: Level;
}

/** Places of pages relate by path and layout: `en/x.md` and `ru/x.md` are one page's languages. */
export class Relations {
  readonly #layouts: Map<string, Source['layout']>;

  constructor(sources: readonly Source[]) {
    this.#layouts = new Map(sources.map((source) => [source.path, source.layout]));
  }

  other(from: Place, to: Place): OtherPlace {
    return { ...to, relation: this.relation(from.source, to.source) };
  }

  relation(from: string, to: string): Relation {
    if (from === to) return 'same page';
    if (withoutLanguage(from) === withoutLanguage(to)) return 'other language';
    if (this.#isRest(from) !== this.#isRest(to)) return 'REST/gRPC';
    return 'other page';
  }

  #isRest(path: string): boolean {
    const layout = this.#layouts.get(path);
    return layout === 'rest-method' || layout === 'rest-method-legacy';
  }
}

/** A page's path without its language folder (`en/`, `ru/`): the page whatever its language. */
export const withoutLanguage = (path: string): string => path.replace(/^(?:en|ru)\//, '');
