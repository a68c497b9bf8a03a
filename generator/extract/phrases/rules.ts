import { compareDecimal, normalizeDecimal } from './decimal.ts';
import type { FactsBuilder, Target } from './facts.ts';

/**
 * Every bound phrase renders one protobuf validation option (`length`, `value`, `size`), whose
 * syntax is `<=N`, `>=N`, `<N`, `>N`, `N`, `N-M` or `a,b,c`. A phrase row reads its words into
 * this relation and the row's operands; the helpers here apply it.
 */
export type Relation = 'le' | 'ge' | 'lt' | 'gt' | 'eq' | 'range' | 'set';

export interface Rule {
  relation: Relation;
  operands: string[];
}

const RELATION_WORDS: ReadonlyArray<[RegExp, Relation]> = [
  [/^(?:less than or equal to|меньше или равн[оа])$/i, 'le'],
  [/^(?:greater than or equal to|больше или равн[оа])$/i, 'ge'],
  [/^(?:less than|меньше)$/i, 'lt'],
  [/^(?:greater than|больше)$/i, 'gt'],
  [/^(?:equal to|exactly|равн[оа])$/i, 'eq'],
];

/** The relation a phrase's words name ("greater than or equal to", "меньше"). */
export function relationOf(words: string): Relation {
  const normalized = words.replace(/\s+/g, ' ').trim();
  for (const [pattern, relation] of RELATION_WORDS) if (pattern.test(normalized)) return relation;
  throw new Error(`phrase table names an unknown relation '${words}'`);
}

const OPTION_RULE = /^(<=|>=|<|>|==?)?([^,<>=]+)$/;
const RANGE = /^([-−]?[^-−–,]+)[-–]([-−]?[^,]+)$/;

/** A validation option as the 2025 pages print it: "The value must satisfy: 1m-10m." */
export function parseOptionRule(text: string): Rule | null {
  const rule = text.trim();
  if (rule.includes(',')) return { relation: 'set', operands: rule.split(',').map((item) => item.trim()) };
  const single = OPTION_RULE.exec(rule);
  const range = single?.[1] ? null : RANGE.exec(rule);
  if (range?.[1] && range[2]) return { relation: 'range', operands: [range[1], range[2]] };
  if (!single?.[2]) return null;
  const relation = ({ '<=': 'le', '>=': 'ge', '<': 'lt', '>': 'gt' } as const)[single[1] as '<='] ?? 'eq';
  return { relation, operands: [single[2].trim()] };
}

/** Lengths and item counts: whole numbers, so "less than N" is simply N - 1. */
export function applyCount(facts: FactsBuilder, target: Target, kind: 'Length' | 'Items', rule: Rule): void {
  const [a = NaN, b = NaN] = rule.operands.map(Number);
  switch (rule.relation) {
    case 'le':
      return facts.count(target, kind, undefined, a);
    case 'lt':
      return facts.count(target, kind, undefined, a - 1);
    case 'ge':
      return facts.count(target, kind, a, undefined);
    case 'gt':
      return facts.count(target, kind, a + 1, undefined);
    case 'eq':
      return facts.count(target, kind, a, a);
    case 'range':
      return facts.count(target, kind, a, b);
    case 'set':
      throw new Error('a length or count is never stated as a set');
  }
}

const DURATION = /^\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d)$/;

/**
 * A field value's bound. Numbers become model bounds; Durations ("1m to 10m") are kept as the
 * option rule; anything else is a constraint the table does not understand.
 */
export function applyValue(facts: FactsBuilder, rule: Rule, sentence: string, offset: number): void {
  if (rule.relation === 'set') return applyValueSet(facts, rule.operands, sentence, offset);
  const numbers = rule.operands.map(normalizeDecimal);
  if (numbers.every((value): value is string => value !== null)) return applyNumbers(facts, rule.relation, numbers);
  if (rule.operands.every((operand) => DURATION.test(operand))) return facts.durationRule(renderRule(rule));
  facts.notUnderstood(sentence, offset);
}

function applyNumbers(facts: FactsBuilder, relation: Relation, [a = '', b = '']: string[]): void {
  switch (relation) {
    case 'le':
      return facts.bound('maximum', a);
    case 'lt':
      return facts.bound('exclusiveMaximum', a);
    case 'ge':
      return facts.bound('minimum', a);
    case 'gt':
      return facts.bound('exclusiveMinimum', a);
    case 'eq':
      facts.bound('minimum', a);
      return facts.bound('maximum', a);
    case 'range':
      facts.bound('minimum', a);
      return facts.bound('maximum', b);
    case 'set':
      return;
  }
}

/** A set of allowed numbers is kept whole; its least and greatest member also bound the value. */
export function applyValueSet(facts: FactsBuilder, operands: string[], sentence: string, offset: number): void {
  const numbers = operands.map(normalizeDecimal);
  if (!numbers.every((value): value is string => value !== null)) {
    if (operands.every((operand) => DURATION.test(operand))) return facts.durationRule(operands.join(','));
    return facts.notUnderstood(sentence, offset);
  }
  if (numbers.length === 1) return applyNumbers(facts, 'eq', numbers);
  const sorted = [...numbers].sort(compareDecimal);
  facts.allowedValues(numbers);
  facts.bound('minimum', sorted[0] ?? '');
  facts.bound('maximum', sorted[sorted.length - 1] ?? '');
}

function renderRule({ relation, operands: [a, b] }: Rule): string {
  switch (relation) {
    case 'le':
      return `<=${a}`;
    case 'ge':
      return `>=${a}`;
    case 'lt':
      return `<${a}`;
    case 'gt':
      return `>${a}`;
    case 'range':
      return `${a}-${b}`;
    default:
      return `${a}`;
  }
}
