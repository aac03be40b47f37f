/**
 * Keyboard focus across the switch from the first paint's shell (index.html) to the app: a
 * keyboard user who has tabbed into the shell's header before the app started finds focus on the
 * same button of the app, not thrown back to the top of the page. (The header's buttons are the
 * shell's only controls: its time lens is hidden until the app draws it.)
 */

/** The words of a focused button, which name the same button in the shell and in the app. */
function buttonWords(element: EventTarget | null): string | null {
  return element instanceof HTMLButtonElement ? element.textContent?.trim() || null : null;
}

/**
 * Follows focus in `root`'s shell (its child marked data-shell) until the app replaces it, then
 * focuses the app's button of the same words, unless focus has gone somewhere else meanwhile.
 * Call before the app's first render.
 */
export function keepShellFocus(root: HTMLElement): void {
  const shell = root.querySelector<HTMLElement>("[data-shell]");
  if (!shell) return;
  let words = shell.contains(document.activeElement) ? buttonWords(document.activeElement) : null;
  shell.addEventListener("focusin", (event) => {
    words = buttonWords(event.target);
  });
  // Focus that leaves for another element (not for nothing, as when the shell is taken away).
  shell.addEventListener("focusout", (event) => {
    if (event.relatedTarget instanceof Node && !shell.contains(event.relatedTarget)) words = null;
  });
  const observer = new MutationObserver(() => {
    if (shell.isConnected) return;
    observer.disconnect();
    const active = document.activeElement;
    if (!words || (active && active !== document.body)) return;
    [...root.querySelectorAll("button")].find((button) => buttonWords(button) === words)?.focus();
  });
  observer.observe(root, { childList: true });
}
