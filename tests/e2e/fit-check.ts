import type { Page } from "@playwright/test";

/** The classroom screens every slide state must fit, in CSS pixels (200% zoom halves a screen). */
export const SCREENS = [
  { width: 1024, height: 768, name: "older projector" },
  { width: 1280, height: 720, name: "720p projector" },
  { width: 1366, height: 768, name: "school laptop" },
  { width: 1440, height: 900, name: "laptop" },
  { width: 1920, height: 1080, name: "1080p projector" },
  { width: 2560, height: 1440, name: "1440p screen" },
  { width: 3840, height: 2160, name: "4K projector" },
  { width: 640, height: 400, name: "1280×800 at 200% zoom" },
  { width: 683, height: 384, name: "1366×768 at 200% zoom" },
] as const;

/** Small screens where the explorer becomes one column. */
export const SMALL_SCREENS = [
  { width: 640, height: 400, name: "1280×800 at 200% zoom" },
  { width: 683, height: 384, name: "1366×768 at 200% zoom" },
  { width: 375, height: 667, name: "phone" },
] as const;

export type FitProblem = { text: string; problem: string };

/**
 * Every visible text node and control on the page that a person cannot see: outside the window,
 * or under another element (elementFromPoint at its centre hits something that is neither it nor
 * inside it). With `scroll`, each is first scrolled into view (a page that scrolls as one column);
 * without, the page must show everything as it stands.
 */
export async function fitProblems(page: Page, { scroll }: { scroll: boolean }): Promise<FitProblem[]> {
  return page.evaluate((scroll) => {
    const problems: { text: string; problem: string }[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const hidden = (el: Element): boolean => {
      // The skip link waits above the page until a keyboard user tabs to it.
      if (el.closest(".skip-link") && document.activeElement !== el.closest(".skip-link")) return true;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === "none" || s.visibility === "hidden" || Number(s.opacity) === 0) return true;
        // A tooltip that lets the pointer through cannot be hit-tested; it shows over the map.
        if (s.pointerEvents === "none" && e.classList.contains("maplibregl-popup")) return true;
        // Screen-reader-only text: clipped to a pixel on purpose.
        if (s.clip === "rect(0px, 0px, 0px, 0px)" || s.clipPath === "inset(50%)") return true;
        if (e.getAttribute("aria-hidden") === "true" && e.tagName !== "svg") return true;
      }
      return false;
    };
    const covered = (el: Element, x: number, y: number): string | null => {
      const hit = document.elementFromPoint(x, y);
      if (!hit) return "nothing at its centre (off-screen)";
      if (hit === el || el.contains(hit) || hit.contains(el)) return null;
      // A label's text sits over its control: clicking either is the same.
      if (el.closest("label")?.contains(hit)) return null;
      const name = (n: Element) =>
        `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}${n.classList.length ? `.${[...n.classList].join(".")}` : ""}`;
      return `covered by ${name(hit)}`;
    };
    // The caller scrolls first (in scroll mode), then measures: a rect is where it stands now.
    const check = (el: Element, rect: DOMRect, label: string) => {
      // Half a pixel of grace for subpixel layout.
      if (rect.left < -0.5 || rect.top < -0.5 || rect.right > vw + 0.5 || rect.bottom > vh + 0.5) {
        problems.push({
          text: label,
          problem: `outside the ${vw}×${vh} window at ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}`,
        });
        return;
      }
      const why = covered(el, rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (why) problems.push({ text: label, problem: why });
    };
    const root = document.getElementById("root");
    if (!root) return [{ text: "", problem: "no app" }];
    // Text: each line box of each text node, checked against the element that holds it.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const el = node.parentElement;
      if (!text || !el || hidden(el)) continue;
      // Text inside a closed <details> (other than its summary) is not shown.
      const details = el.closest("details");
      if (details && !details.open && !el.closest("summary")) continue;
      if (scroll) el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      for (const rect of rects) {
        const before = problems.length;
        check(el, rect, text.slice(0, 60));
        if (problems.length > before) break;
      }
    }
    // Controls without text (a checkbox, a slider, the map's own buttons).
    for (const el of root.querySelectorAll("button, input, select, textarea, a[href], [role='slider']")) {
      if (hidden(el)) continue;
      if (scroll) el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const label = el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName.toLowerCase();
      check(el, rect, `[${el.tagName.toLowerCase()}] ${label.slice(0, 50)}`);
    }
    if (scroll) window.scrollTo(0, 0);
    return problems;
  }, scroll);
}
