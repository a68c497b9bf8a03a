/**
 * Exact arithmetic on the decimal strings the docs state as bounds. int64 limits such as
 * 9223372036854775807 do not survive a round trip through `number`, so nothing here does one.
 */

const DECIMAL = /^([-+]?)(\d+)(?:\.(\d+))?$/;

/** `−5` (U+2212) and `+5` as the model writes them: `-5`, `5`; leading zeros dropped. */
export function normalizeDecimal(text: string): string | null {
  const match = DECIMAL.exec(text.replace('\u2212', '-'));
  if (!match) return null;
  const integer = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const magnitude = fraction ? `${integer}.${fraction}` : integer;
  return match[1] === '-' && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

/** Sign of `a - b` for two normalized decimals. */
export function compareDecimal(a: string, b: string): number {
  const negativeA = a.startsWith('-');
  const negativeB = b.startsWith('-');
  if (negativeA !== negativeB) return negativeA ? -1 : 1;
  const magnitude = compareMagnitude(negativeA ? a.slice(1) : a, negativeB ? b.slice(1) : b);
  return negativeA ? -magnitude : magnitude;
}

function compareMagnitude(a: string, b: string): number {
  const [integerA = '', fractionA = ''] = a.split('.');
  const [integerB = '', fractionB = ''] = b.split('.');
  if (integerA.length !== integerB.length) return integerA.length < integerB.length ? -1 : 1;
  if (integerA !== integerB) return integerA < integerB ? -1 : 1;
  const width = Math.max(fractionA.length, fractionB.length);
  const paddedA = fractionA.padEnd(width, '0');
  const paddedB = fractionB.padEnd(width, '0');
  return paddedA === paddedB ? 0 : paddedA < paddedB ? -1 : 1;
}

/**
 * The nearest integer strictly above (`direction` 1) or below (-1) a normalized decimal:
 * what "greater than N" / "less than N" mean for an integral field.
 */
export function nextInteger(value: string, direction: 1 | -1): string {
  const [integerText = '0', fraction = ''] = value.split('.');
  const truncated = BigInt(integerText);
  if (fraction === '') return (truncated + BigInt(direction)).toString();
  const negative = value.startsWith('-');
  if (direction === 1) return (negative ? truncated : truncated + 1n).toString();
  return (negative ? truncated - 1n : truncated).toString();
}
