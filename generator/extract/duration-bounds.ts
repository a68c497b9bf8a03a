/**
 * Duration bounds as the validation option states them ("1m-10m", ">=1s", "<=24h", "5s"), in
 * the model's form: the JSON mapping's seconds (`"60s"`, `"86400s"`), computed exactly.
 */
export interface DurationBounds {
  minDuration?: string;
  maxDuration?: string;
}

const LITERAL = /^(\d+)(?:\.(\d+))?(ns|us|µs|ms|s|m|h|d)$/;
const INCLUSIVE = /^(<=|>=)?([^<>=,]+)$/;
const RANGE = /^([^-,<>=]+)-([^-,<>=]+)$/;

// Each unit as seconds = value × multiplier / 10^shift: every unit is exact in decimal.
const UNITS: Record<string, { multiplier: bigint; shift: number }> = {
  ns: { multiplier: 1n, shift: 9 },
  us: { multiplier: 1n, shift: 6 },
  µs: { multiplier: 1n, shift: 6 },
  ms: { multiplier: 1n, shift: 3 },
  s: { multiplier: 1n, shift: 0 },
  m: { multiplier: 60n, shift: 0 },
  h: { multiplier: 3600n, shift: 0 },
  d: { multiplier: 86400n, shift: 0 },
};

/**
 * The bounds a rule states, or null where the model cannot hold them: an exclusive bound
 * ("<10m") or a set of durations has no v1.1 key.
 */
export function durationBounds(rule: string): DurationBounds | null {
  const range = RANGE.exec(rule);
  if (range) {
    const [min, max] = [seconds(range[1] ?? ''), seconds(range[2] ?? '')];
    return min === null || max === null ? null : { minDuration: min, maxDuration: max };
  }
  const single = INCLUSIVE.exec(rule);
  const value = single ? seconds(single[2] ?? '') : null;
  if (single === null || value === null) return null;
  if (single[1] === '>=') return { minDuration: value };
  if (single[1] === '<=') return { maxDuration: value };
  return { minDuration: value, maxDuration: value };
}

/** `"1.5m"` → `"90s"`, `"500ms"` → `"0.5s"`. */
export function seconds(literal: string): string | null {
  const match = LITERAL.exec(literal.trim());
  const unit = UNITS[match?.[3] ?? ''];
  if (!match || !unit) return null;
  const fraction = match[2] ?? '';
  const scaled = BigInt(`${match[1]}${fraction}`) * unit.multiplier;
  return `${decimal(scaled, fraction.length + unit.shift)}s`;
}

/** `digits / 10^scale` written out, without trailing zeros. */
function decimal(digits: bigint, scale: number): string {
  const text = digits.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}
