/**
 * How the map frames a region, as pure functions of sizes in CSS px: the live map (map-view.tsx)
 * and the poster of the opening view (poster.ts) both frame with them. The poster runs them in an
 * inline script before the first paint, from their source text, so each stands alone: no imports,
 * no names from outside except the other functions here.
 */

/**
 * Text and line scale for the map. Exploring: 1 on a 1280 px wide screen, about 1.3 at 1920.
 * Presenting: in proportion to the window like the slide's words, 1.7 on a 1920×1080 projector
 * (place names 13 px × 1.7 = 22 px, readable from the back row), 3.4 on 4K, never under 1.
 */
export function mapScale(width: number, height: number, presenting: boolean): number {
  if (presenting) return Math.min(3.4, Math.max(1, 1.7 * Math.min(width / 1920, height / 1080)));
  return Math.min(1.4, Math.max(1, width / 1280) ** 0.65);
}

/**
 * Padding in px when framing a region in a w × h map: a margin, plus room for the names beside
 * the outermost places ("Atyrau", "Karamay"): about five and a half ems of a 13 px label across,
 * one and a half up and down; at most a fifth of the map across and 15% up and down. (The key
 * sits over Central Asia south of the routes, and a browser test checks it covers no line.)
 */
export function framePadding(w: number, h: number, scale: number) {
  const margin = Math.max(16, Math.min(48, Math.min(w, h) * 0.06));
  const across = Math.min(w * 0.2, margin + 13 * scale * 5.5);
  const upDown = Math.min(h * 0.15, margin + 13 * scale * 1.5);
  return { top: upDown, bottom: upDown, left: across, right: across };
}

/**
 * Where MapLibre draws `bounds` after fitBounds(bounds, { padding }) in a w × h map held inside
 * `maxBounds` (which zooms in, and moves the centre, rather than show anything outside it).
 * Boxes are [x0, y0, x1, y1] in Web Mercator world units (0–1, y down); the result is the
 * bounds' box in px from the map's top left corner.
 */
export function fittedBox(
  w: number,
  h: number,
  padding: { top: number; bottom: number; left: number; right: number },
  bounds: readonly number[],
  maxBounds: readonly number[],
) {
  const [x0, y0, x1, y1] = bounds;
  const [mx0, my0, mx1, my1] = maxBounds;
  // px per world unit: as large as fits inside the padding, and no smaller than maxBounds allows.
  const fit = Math.min((w - padding.left - padding.right) / (x1 - x0), (h - padding.top - padding.bottom) / (y1 - y0));
  const scale = Math.max(fit, w / (mx1 - mx0), h / (my1 - my0));
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const cx = clamp(
    (x0 + x1) / 2 + (padding.right - padding.left) / 2 / scale,
    mx0 + w / 2 / scale,
    mx1 - w / 2 / scale,
  );
  const cy = clamp(
    (y0 + y1) / 2 + (padding.bottom - padding.top) / 2 / scale,
    my0 + h / 2 / scale,
    my1 - h / 2 / scale,
  );
  return {
    left: w / 2 + (x0 - cx) * scale,
    top: h / 2 + (y0 - cy) * scale,
    width: (x1 - x0) * scale,
    height: (y1 - y0) * scale,
    scale,
  };
}

/**
 * Sizes the poster's frame to where the live map will draw the opening bounds, from the boxes in
 * its data-frame attribute ([bounds, maxBounds], world units). Styles go through the CSSOM, which
 * the page's Content-Security-Policy allows (it refuses style attributes in the HTML).
 */
export function placePoster(poster: HTMLElement | null): void {
  if (!poster) return;
  const fit = poster.querySelector<HTMLElement>(".map-poster-fit");
  const padded = poster.querySelector<HTMLElement>(".map-poster-frame");
  const frame = JSON.parse(poster.dataset.frame ?? "null") as number[][] | null;
  if (!fit || !padded || !frame) return;
  const w = poster.clientWidth;
  const h = poster.clientHeight;
  const scale = mapScale(window.innerWidth, window.innerHeight, false);
  const box = fittedBox(w, h, framePadding(w, h, scale), frame[0], frame[1]);
  poster.style.setProperty("--map-scale", String(scale));
  // The stylesheet's frame (for a page without scripts) gives way to the exact one.
  padded.style.inset = "0";
  fit.style.inset = "auto";
  fit.style.margin = "0";
  fit.style.left = `${box.left}px`;
  fit.style.top = `${box.top}px`;
  fit.style.width = `${box.width}px`;
  fit.style.height = `${box.height}px`;
}

/**
 * The id of the hosted build's <template> that holds the app's module preloads, its entry marked
 * data-app-entry (vite.config.ts, paintBeforeScripts): they are fetched only once the poster
 * has been painted.
 */
export const AFTER_FIRST_PAINT = "after-first-paint";

/**
 * The inline script that places the poster before the first paint: the functions above, as text.
 * Once the frame that shows the poster has been painted it marks "caspian:routes-visible" (the
 * benchmark's measure, the same mark as its peer pages) and only then starts the app: it puts
 * the hosted build's module preloads in the head and adds the entry as a script; the one file
 * runs its inline entry itself. A hidden page (a background tab) starts the app at once.
 */
export function placePosterScript(): string {
  // tsx (which runs the build) may wrap functions in __name() to keep their names: a no-op here.
  return `var __name = (f) => f;
${mapScale}
${framePadding}
${fittedBox}
${placePoster}
// A link to a slide (a presentation, or the presenter's window) opens on another shell: rather
// than the explorer's header and poster for a moment, nothing is painted until the app draws it.
const shell = document.querySelector("[data-shell]");
if (shell && new URLSearchParams(location.search).has("slide")) shell.style.display = "none";
// A button pressed on the first paint, before the app has started, is kept by its name: the
// app presses it again as it replaces the shell (shell-handoff.ts), so "Present" pressed at
// once presents.
shell?.addEventListener("click", (e) => {
  const button = e.target.closest && e.target.closest("button");
  if (button) window.__caspianEarlyClick = button.textContent.trim();
});
placePoster(document.getElementById("map-poster"));
let started = false;
const start = () => {
  if (started) return;
  started = true;
  const later = document.getElementById(${JSON.stringify(AFTER_FIRST_PAINT)});
  if (later) document.head.append(document.importNode(later.content, true));
  const entry = document.querySelector("link[data-app-entry]");
  if (!entry) return;
  const script = document.createElement("script");
  script.type = "module";
  script.crossOrigin = "";
  script.src = entry.href;
  document.head.append(script);
};
// A page opened in a background tab paints no frame until it is shown: it starts at once, so
// the app is ready when the teacher switches to it.
if (document.visibilityState === "hidden") start();
requestAnimationFrame(() => setTimeout(() => {
  performance.mark("caspian:routes-visible");
  start();
}));`;
}
