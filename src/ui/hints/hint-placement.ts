/**
 * Where a hint sits and what it points at: the target it names is highlighted, and a floating
 * hint that would cover its target moves to the top of the screen.
 */

export interface HintPlacement {
  /** Highlights `target` (none: nothing), taking the highlight off the one before. */
  pointAt(target: Element | null): void;
  /** Takes the highlight off the target. */
  clearAnchor(): void;
  /** Places the hint clear of its target in the next frame (once, however often asked). */
  schedule(): void;
  /** Forgets a placement asked for and not made yet. */
  cancel(): void;
}

export function hintPlacement(box: HTMLElement): HintPlacement {
  let anchorEl: Element | null = null;
  let placing = 0;

  const clearAnchor = (): void => {
    anchorEl?.classList.remove('vt-hint-target');
    anchorEl = null;
  };

  /**
   * Measured in the next frame, before it is drawn, so the layout read is the one the frame needs
   * anyway, not an extra one in the click that played the week.
   */
  const placeClear = (): void => {
    placing = 0;
    box.classList.remove('vt-hint-top');
    if (!anchorEl || getComputedStyle(box).position !== 'absolute') return;
    const a = anchorEl.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const covers = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (covers) box.classList.add('vt-hint-top');
  };

  return {
    pointAt(target) {
      clearAnchor();
      anchorEl = target;
      target?.classList.add('vt-hint-target');
    },
    clearAnchor,
    schedule() {
      if (!placing) placing = requestAnimationFrame(placeClear);
    },
    cancel() {
      cancelAnimationFrame(placing);
      placing = 0;
    },
  };
}
