/**
 * A blog's landscape frame (the README's 720x405 snippet, a 16:9 slot in a post): wide enough
 * for the office floor and the levers side by side, too short to stack them with a useful floor.
 * The run screen there keeps the floor, the first levers, Play week and the week's figures in
 * view together (run-frame.css keys on the class this sets).
 */

/**
 * 560 px wide and up, 544 px high or less (in rem, so a larger default font moves it too): up to a
 * 16:9 frame 960 px wide, where stacking would leave the floor under a third of the frame.
 */
export const FRAME_WIDE_QUERY = '(min-width: 35rem) and (max-height: 34rem)';

/**
 * Marks `screen` with `vt-frame-wide` while its window matches the query, and tells `onChange`
 * (now, and on each change). Returns how to stop watching.
 */
export function watchFrameWide(screen: HTMLElement, onChange: (wide: boolean) => void): () => void {
  const win = screen.ownerDocument.defaultView;
  if (!win?.matchMedia) return () => {};
  const query = win.matchMedia(FRAME_WIDE_QUERY);
  const apply = (): void => {
    screen.classList.toggle('vt-frame-wide', query.matches);
    onChange(query.matches);
  };
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
