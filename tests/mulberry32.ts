/**
 * mulberry32: a seeded PRNG for tests that make their own random choices (the soak's policies,
 * the fuzzer's actions), apart from the sim's own. Self-contained, so the fuzzer can also install
 * it in the page from its source text.
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
