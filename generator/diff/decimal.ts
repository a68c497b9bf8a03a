const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Compares two decimal strings exactly (int64 bounds do not fit in a double): -1, 0 or 1;
 * null if either is not a plain decimal.
 */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 | null {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const magnitude = compareMagnitude(x, y);
  if (!x.negative || magnitude === 0) return magnitude;
  return magnitude === 1 ? -1 : 1;
}

interface Parsed {
  negative: boolean;
  whole: string;
  fraction: string;
}

function parse(text: string): Parsed | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const zero = whole === '0' && fraction === '';
  return { negative: match[1] === '-' && !zero, whole, fraction };
}

function compareMagnitude(x: Parsed, y: Parsed): -1 | 0 | 1 {
  if (x.whole.length !== y.whole.length) return x.whole.length < y.whole.length ? -1 : 1;
  const width = Math.max(x.fraction.length, y.fraction.length);
  const a = x.whole + x.fraction.padEnd(width, '0');
  const b = y.whole + y.fraction.padEnd(width, '0');
  return a === b ? 0 : a < b ? -1 : 1;
}
