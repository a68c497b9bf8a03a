import { performance } from 'node:perf_hooks';

/** An input family: `build(n)` is about n characters long and grows the same hostile shape. */
export interface HostileInput {
  name: string;
  build(n: number): string;
}

export interface Growth {
  small: number;
  large: number;
}

const RUNS = 3;

/** The fastest of a few runs: the others measure the machine's load, not the code. */
function fastest(work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Run time of `work` at n and at 4n characters. */
export function growth(work: (input: string) => void, input: HostileInput, n: number): Growth {
  const small = input.build(n);
  const large = input.build(4 * n);
  work(small); // compiles the code paths, so that the first measurement is not of the JIT
  return { small: fastest(() => work(small)), large: fastest(() => work(large)) };
}

// Linear time grows 4x from n to 4n, quadratic 16x; the floor absorbs timer and GC noise on
// tiny runs (a quadratic case at n = 4,000 takes tens of ms, at 4n over a second).
const RATIO = 9;
const FLOOR_MS = 10;
const CONFIRMATIONS = 2;

const linear = ({ small, large }: Growth): boolean => large <= RATIO * small + FLOOR_MS;

/**
 * The growth of `work` on `input` if it looks super-linear, measured again before it is
 * believed (a collection pause on a shared machine looks like one slow run); else null.
 */
export function superLinearGrowth(work: (input: string) => void, input: HostileInput, n: number): Growth | null {
  let measured = growth(work, input, n);
  for (let again = 0; again < CONFIRMATIONS && !linear(measured); again++) measured = growth(work, input, n);
  return linear(measured) ? null : measured;
}

/** `unit` repeated until the text is about n characters long. */
export const repeatTo = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / Math.max(1, unit.length))));
