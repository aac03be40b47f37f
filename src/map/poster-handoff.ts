/**
 * The poster of the opening view that index.html paints first (src/build/shell.tsx). It is taken
 * here, when the modules load and before React's first render replaces #root's children; the map
 * puts it back in its own box in the same task (a layout effect, so no frame goes without it) and
 * removes it once MapLibre has drawn, or at once when the page opens on another view.
 */
import { placePoster } from "./frame";

const poster: HTMLElement | null = typeof document === "undefined" ? null : document.getElementById("map-poster");

/** Shows the poster in the map's box until dropPoster(). */
export function adoptPoster(box: HTMLElement): void {
  if (poster && poster.parentElement !== box) box.appendChild(poster);
  placePoster(poster);
}

/** Whether the poster stands in the map's box, over the live map. */
export function posterShown(): boolean {
  return poster?.isConnected === true;
}

export function dropPoster(): void {
  poster?.remove();
}

/**
 * Keeps the poster on the live map's own frame until it goes: if the map's box changes size after
 * it started (a web font arriving changes the header's height), MapLibre keeps its centre and zoom
 * rather than framing again, so the poster follows the map's projection of the opening bounds.
 */
export function followMap(
  map: { project(p: [number, number]): { x: number; y: number } },
  bounds: readonly number[],
): void {
  const fit = poster?.querySelector<HTMLElement>(".map-poster-fit");
  if (!fit || !poster?.isConnected) return;
  const [w, s, e, n] = bounds;
  const a = map.project([w, n]);
  const b = map.project([e, s]);
  fit.style.left = `${a.x}px`;
  fit.style.top = `${a.y}px`;
  fit.style.width = `${b.x - a.x}px`;
  fit.style.height = `${b.y - a.y}px`;
}
