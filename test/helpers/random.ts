/** A seeded generator (mulberry32), so that a failing run can be replayed from its seed. */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

/**
 * The seed from `variable` when set (to replay a failure, or `random` to explore), else
 * `fallback`: a suite run is the same run every time, so that main stays green or red for a
 * reason, and a new seed is tried on purpose.
 */
export function seedFrom(variable: string, fallback: number): number {
  const given = process.env[variable];
  if (given === undefined || given === '') return fallback;
  if (given === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`${variable} must be an integer or 'random', got '${given}'`);
  return seed;
}
