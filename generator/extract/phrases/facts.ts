import type { Constraints } from '../../model/ir.ts';
import { compareDecimal } from './decimal.ts';

/**
 * Constraints as a description states them. `exclusiveMinimum` / `exclusiveMaximum` come from
 * "Value must be greater / less than N"; they are not model keys: whether `> 0` means
 * `minimum: "1"` depends on the field's type, which the description does not know.
 * `resolveValueBounds` turns them into model bounds once the caller knows the type.
 */
export interface StatedConstraints extends Constraints {
  exclusiveMinimum?: string;
  exclusiveMaximum?: string;
}

export interface DescriptionFacts {
  required: boolean;
  constraints: StatedConstraints;
  /** Limits on each key of a map field ("for each key", "each map key"). */
  mapKey?: Constraints;
  /**
   * Limits on each value ("for each value", "each map value", "each element"). On a map these
   * bind the map's values; on a repeated field the docs use the same words for each element.
   */
  mapValue?: Constraints;
  default?: string;
  /**
   * Defaults stated in separate list items ("* For `MAX_PEAK`: … default value is 0.7. * For
   * `LUFS`: … default value is -19."): the default depends on another field, so none is kept.
   */
  caseDefaults?: string[];
  oneofFields?: string[];
  deprecated?: boolean;
  /** "Value must be one of 0, 5 or 100." — the set; its least and greatest also bound `constraints`. */
  allowedValues?: string[];
  /**
   * A bound on a Duration in the validation-option syntax the generator renders
   * ("1m-10m", ">=1s", "0,5s"); the field builder makes it `minDuration` / `maxDuration`.
   */
  durationRule?: string;
  /** "The elements must be unique." */
  uniqueItems?: boolean;
  /** Sentences that look like generated constraints but match no phrase form. */
  unparsed: Array<{ text: string; offset: number }>;
  /**
   * Two phrases that state different values for a key that cannot hold both (pattern, default,
   * oneof), or bounds that exclude each other; `offset` is where the dropped statement starts
   * (0 for bounds that exclude each other, as no one statement is at fault).
   */
  conflicts: Array<{ key: string; kept: string; dropped: string; offset: number }>;
}

/** Whose limit a phrase states: the field's, each map key's, or each value's / element's. */
export type Target = 'field' | 'key' | 'value';

type CountKey = 'Length' | 'Items';

/** Collects what the phrases of one description state, tightening bounds stated twice. */
export class FactsBuilder {
  required = false;
  /** The description the phrases were matched in, by the offsets the rows report. */
  constructor(private readonly text = '') {}

  private readonly field: StatedConstraints = {};
  private key: Constraints | undefined;
  private value: Constraints | undefined;
  private readonly patternSource = new Map<Target, { rank: number; offset: number }>();
  private defaultValue: string | undefined;
  private defaultAt = 0;
  private caseDefaults: string[] | undefined;
  private oneof: string[] | undefined;
  private deprecated = false;
  private allowed: string[] | undefined;
  private duration: string | undefined;
  private unique = false;
  readonly unparsed: Array<{ text: string; offset: number }> = [];
  private readonly unparsedAt = new Set<number>();
  private readonly conflicts: DescriptionFacts['conflicts'] = [];

  /** A length or an item count: `min` / `max` inclusive, either may be absent. */
  count(target: Target, kind: CountKey, min: number | undefined, max: number | undefined): void {
    const constraints = this.constraintsOf(target);
    if (min !== undefined) {
      const key = `min${kind}` as const;
      constraints[key] = Math.max(constraints[key] ?? min, min);
    }
    if (max !== undefined) {
      const key = `max${kind}` as const;
      constraints[key] = Math.min(constraints[key] ?? max, max);
    }
  }

  /** Numeric bounds of the field's value, as normalized decimal strings. */
  bound(key: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum', value: string): void {
    const current = this.field[key];
    const lower = key === 'minimum' || key === 'exclusiveMinimum';
    if (current === undefined || (lower ? compareDecimal(value, current) > 0 : compareDecimal(value, current) < 0)) {
      this.field[key] = value;
    }
  }

  allowedValues(values: string[]): void {
    this.allowed ??= values;
  }

  durationRule(rule: string): void {
    this.duration ??= rule;
  }

  uniqueItems(): void {
    this.unique = true;
  }

  markDeprecated(): void {
    this.deprecated = true;
  }

  /**
   * Where the same description states a pattern twice (2025 pages repeat the old sentence
   * below the new one), the higher `rank` wins; a real difference is reported.
   */
  pattern(target: Target, pattern: string, rank: number, offset: number): void {
    const constraints = this.constraintsOf(target);
    const current = constraints.pattern;
    const source = this.patternSource.get(target) ?? { rank: -1, offset };
    const replaces = current === undefined || rank > source.rank;
    if (current !== undefined && current !== pattern && !sameModuloEscaping(current, pattern)) {
      const key = target === 'field' ? 'pattern' : `${target}.pattern`;
      this.conflicts.push(
        replaces ? { key, kept: pattern, dropped: current, offset: source.offset } : { key, kept: current, dropped: pattern, offset },
      );
    }
    if (replaces) {
      constraints.pattern = pattern;
      this.patternSource.set(target, { rank, offset });
    }
  }

  setDefault(value: string, offset: number): void {
    if (this.caseDefaults) {
      if (!this.caseDefaults.includes(value)) this.caseDefaults.push(value);
      return;
    }
    if (this.defaultValue !== undefined && this.defaultValue !== value) {
      if (inSeparateListItems(this.text, this.defaultAt, offset)) {
        this.caseDefaults = [this.defaultValue, value];
        this.defaultValue = undefined;
      } else this.conflicts.push({ key: 'default', kept: this.defaultValue, dropped: value, offset });
      return;
    }
    this.defaultValue = value;
    this.defaultAt = offset;
  }

  oneofFields(fields: string[], offset: number): void {
    if (this.oneof && this.oneof.join(',') !== fields.join(',')) {
      this.conflicts.push({ key: 'oneof', kept: this.oneof.join(', '), dropped: fields.join(', '), offset });
      return;
    }
    this.oneof = fields;
  }

  notUnderstood(text: string, offset: number): void {
    if (this.unparsedAt.has(offset)) return;
    this.unparsedAt.add(offset);
    this.unparsed.push({ text, offset });
  }

  build(): DescriptionFacts {
    this.reportContradictions();
    const facts: DescriptionFacts = { required: this.required, constraints: this.field, unparsed: this.unparsed, conflicts: this.conflicts };
    if (this.key) facts.mapKey = this.key;
    if (this.value) facts.mapValue = this.value;
    if (this.defaultValue !== undefined) facts.default = this.defaultValue;
    if (this.caseDefaults) facts.caseDefaults = this.caseDefaults;
    if (this.oneof) facts.oneofFields = this.oneof;
    if (this.deprecated) facts.deprecated = true;
    if (this.allowed) facts.allowedValues = this.allowed;
    if (this.duration !== undefined) facts.durationRule = this.duration;
    if (this.unique) facts.uniqueItems = true;
    return facts;
  }

  private constraintsOf(target: Target): Constraints {
    if (target === 'field') return this.field;
    if (target === 'key') return (this.key ??= {});
    return (this.value ??= {});
  }

  /** A lower bound above an upper one cannot both hold; say so rather than emit it silently. */
  private reportContradictions(): void {
    for (const [name, constraints] of [['', this.field], ['key.', this.key], ['value.', this.value]] as const) {
      if (!constraints) continue;
      for (const kind of ['Length', 'Items'] as const) {
        const min = constraints[`min${kind}`];
        const max = constraints[`max${kind}`];
        if (min !== undefined && max !== undefined && min > max) {
          this.conflicts.push({ key: `${name}min${kind}`, kept: String(min), dropped: `max${kind} ${max}`, offset: 0 });
        }
      }
    }
    const { minimum, maximum } = this.field;
    if (minimum !== undefined && maximum !== undefined && compareDecimal(minimum, maximum) > 0) {
      this.conflicts.push({ key: 'minimum', kept: minimum, dropped: `maximum ${maximum}`, offset: 0 });
    }
  }
}

/** The 2025 generator prints a pattern's backslashes doubled (as protobuf source escapes them). */
function sameModuloEscaping(a: string, b: string): boolean {
  return a.replaceAll('\\\\', '\\') === b.replaceAll('\\\\', '\\');
}

/** A list item starts between the two offsets: each statement belongs to its own case. */
const LIST_ITEM = /\n[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]/;

function inSeparateListItems(text: string, a: number, b: number): boolean {
  return LIST_ITEM.test(text.slice(Math.min(a, b), Math.max(a, b)));
}
