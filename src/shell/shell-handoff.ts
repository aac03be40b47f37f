/**
 * What a person did on the first paint's shell (index.html) before the app started is carried
 * over to the app when it replaces the shell, so the second before it starts loses nothing:
 * - a button pressed then (kept by frame.ts's inline script) is pressed again, once, so a quick
 *   "Present" or "Add a route" still happens;
 * - focus on a button a keyboard user has tabbed to moves to the app's same button, instead of
 *   back to the top of the page. (The header's buttons are the shell's only controls: its time
 *   lens is hidden until the app draws it.)
 */

declare global {
  interface Window {
    /** The words of a button pressed on the first paint before the app started (frame.ts). */
    __caspianEarlyClick?: string;
  }
}

/** The words of a button, which name the same button in the shell and in the app. */
function buttonWords(element: EventTarget | null): string | null {
  return element instanceof HTMLButtonElement ? element.textContent?.trim() || null : null;
}

/**
 * Follows focus in `root`'s shell (its child marked data-shell) until the app replaces it; then
 * focuses the app's button of the same words, unless focus has gone somewhere else meanwhile,
 * and presses the button pressed on the shell, if any. Call before the app's first render.
 */
export function handOverShell(root: HTMLElement): void {
  const shell = root.querySelector<HTMLElement>("[data-shell]");
  if (!shell) return;
  let focused = shell.contains(document.activeElement) ? buttonWords(document.activeElement) : null;
  shell.addEventListener("focusin", (event) => {
    focused = buttonWords(event.target);
  });
  // Focus that leaves for another element (not for nothing, as when the shell is taken away).
  shell.addEventListener("focusout", (event) => {
    if (event.relatedTarget instanceof Node && !shell.contains(event.relatedTarget)) focused = null;
  });
  const observer = new MutationObserver(() => {
    if (shell.isConnected) return;
    observer.disconnect();
    const appButton = (words: string | null | undefined) =>
      words ? [...root.querySelectorAll("button")].find((button) => buttonWords(button) === words) : undefined;
    const active = document.activeElement;
    if (!active || active === document.body) appButton(focused)?.focus();
    const pressed = window.__caspianEarlyClick;
    window.__caspianEarlyClick = undefined;
    appButton(pressed)?.click();
  });
  observer.observe(root, { childList: true });
}
