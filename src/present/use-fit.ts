import { type RefObject, useLayoutEffect } from "react";

/** The smallest text scale the fitter will use: 0.45 of the slide's own size, never less. */
export const MIN_FIT = 0.45;

/** How much wider (in % of the window) the caption column may grow before its text shrinks. */
export const WIDEN_STEPS = [0, 5, 10, 15] as const;

/**
 * Whether a box holds its content: no vertical overflow (1 px of grace for subpixel layout).
 * Exported for tests; the fitter reads the live box.
 */
export function holds(box: { scrollHeight: number; clientHeight: number }): boolean {
  return box.scrollHeight <= box.clientHeight + 1;
}

/**
 * The largest scale in [min, 1] at which `fits(scale)` holds, by bisection to within 1%: the
 * caption, answer and key shrink together, just enough, when a slide has more to say than the
 * window has room for. `fits` must be monotonic (smaller text never overflows more).
 */
export function largestFit(fits: (scale: number) => boolean, min = MIN_FIT): number {
  if (fits(1)) return 1;
  let lo = min;
  let hi = 1;
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Keeps everything in `ref`'s box visible without scrolling: sets `--fit` (a text scale) on the
 * box to the largest that fits, again whenever the box changes size (a window resize, full
 * screen, zoom) or a web font arrives. `data-fitted` says when the box has been fitted to what it
 * shows now, so tests (and screenshots) wait for the event rather than a time.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    let frame = 0;
    let lastWidth = -1;
    let lastHeight = -1;
    const refit = () => {
      // First give the words more of the window (up to WIDEN_STEPS' last, in % of the window),
      // keeping their size; only then make them smaller.
      box.style.setProperty("--fit", "1");
      for (const widen of WIDEN_STEPS) {
        box.style.setProperty("--widen", String(widen));
        if (holds(box)) break;
      }
      const scale = largestFit((s) => {
        box.style.setProperty("--fit", String(s));
        return holds(box);
      });
      box.style.setProperty("--fit", String(scale));
      lastWidth = box.clientWidth;
      lastHeight = box.clientHeight;
      // What was fitted, for anyone debugging a slide that shrank.
      box.dataset.fittedFor = String(key);
      box.dataset.fitted = "true";
    };
    refit();
    // Refit when the box's own size changes; the fitting itself only changes its content.
    const resized = new ResizeObserver(() => {
      if (box.clientWidth === lastWidth && box.clientHeight === lastHeight) return;
      box.dataset.fitted = "false";
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(refit);
    });
    resized.observe(box);
    const fonts = document.fonts;
    const loading = () => {
      box.dataset.fitted = "false";
    };
    const loaded = () => refit();
    fonts?.addEventListener("loading", loading);
    fonts?.addEventListener("loadingdone", loaded);
    fonts?.addEventListener("loadingerror", loaded);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      fonts?.removeEventListener("loading", loading);
      fonts?.removeEventListener("loadingdone", loaded);
      fonts?.removeEventListener("loadingerror", loaded);
    };
  }, [ref, key]);
}
