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

export function dropPoster(): void {
  poster?.remove();
}
