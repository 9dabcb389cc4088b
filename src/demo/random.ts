/** A small seeded PRNG for generated repositories (the demo team, the bench). */

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): the same sequence on every machine for
 * a seed. Returns a function giving numbers in [0, 1).
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
