/** The system's wish for less motion, or null where the browser cannot say. */
export function systemReducedMotion(): MediaQueryList | null {
  try {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
  } catch {
    return null;
  }
}
