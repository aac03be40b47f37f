import type { IControl } from "maplibre-gl";

/**
 * A map button that goes back to the opening view (a "home" button, as on most web maps).
 * It sits under the zoom buttons and is a real button: Tab reaches it, Enter and Space press it.
 */
export class HomeControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly goHome: () => void) {}

  onAdd(): HTMLElement {
    const box = document.createElement("div");
    box.className = "maplibregl-ctrl maplibregl-ctrl-group home-control";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "home-button";
    button.title = "Show the whole region";
    button.setAttribute("aria-label", "Show the whole region");
    // A house, 20×20 px, drawn in the control's ink colour.
    button.innerHTML =
      '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M3 10 10 3.5 17 10M5.5 8v8.5h3.5v-5h2v5h3.5V8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/></svg>';
    button.addEventListener("click", () => this.goHome());
    box.append(button);
    this.container = box;
    return box;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
