/**
 * Long work in the page (the luck replays, the sandbox's sweep) goes one task at a time so the
 * browser can draw and answer input between tasks; this queues the next one.
 */

/**
 * Queues `task` for an idle moment where the browser has idle callbacks (at most 100 ms late,
 * so a busy page still makes progress), else on a timer; returns its cancel.
 */
export function queueIdleTask(task: () => void): () => void {
  // Safari has no idle callbacks, and Node (tests) neither: typed as optional, not assumed.
  const w = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout: 100 });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
