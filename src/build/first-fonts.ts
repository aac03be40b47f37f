/**
 * The first paint's fonts (hosted build, vite.config.ts: inlineStyles). The upright Noto Sans
 * faces, regular and bold, are what the first paint's text is set in. They travel inside the page
 * and are handed to the browser by a small script in the head, as font data (the FontFace API),
 * not as @font-face rules with data: URLs: Chromium decodes a rule's font only once layout asks
 * for it, in a task of its own, so the first layout (the poster's script measures the map, in the
 * middle of parsing) was done in fallback fonts, with a sandbox call to the browser process for
 * each system font and size, and done again when the fonts arrived. Font data given to a FontFace
 * is decoded at once. The poster drawn at 72 against 98 ms, the two builds side by side (21 fresh
 * pages each, 1280x800, 1 December).
 */

/**
 * An upright @font-face rule of a stylesheet with a WOFF2 source (href); files: every file the
 * rule names (the WOFF2 and its WOFF fallback).
 */
export type UprightFace = { rule: string; family: string; weight: string; href: string; files: string[] };

export function uprightFaces(css: string): UprightFace[] {
  const faces: UprightFace[] = [];
  for (const rule of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    if (!/font-style:\s*normal/.test(rule)) continue;
    const href = /url\(([^)]+\.woff2)\)/.exec(rule)?.[1];
    const family = /font-family:\s*([^;}]+)/
      .exec(rule)?.[1]
      .trim()
      .replace(/^["']|["']$/g, "");
    const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1] ?? "400";
    const files = [...rule.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    if (href && family) faces.push({ rule, family, weight, href, files });
  }
  return faces;
}

/**
 * The head script that adds the faces, each from its WOFF2 file's bytes in base64. Without
 * scripts the page's text falls back to the system's sans-serif. The bytes come from
 * Uint8Array.fromBase64 where the browser has it (Chromium 140+, Firefox 133+, Safari 18.2+):
 * about 0.1 ms for the two faces' 35 KB against 1.2–2.4 ms for atob and a loop over the
 * characters, which older browsers still run (timed in a fresh page, 1 December).
 */
export function firstFontsScript(faces: { family: string; weight: string; base64: string }[]): string {
  const list = JSON.stringify(faces.map((f) => [f.family, f.weight, f.base64]));
  return `for (const [family, weight, data] of ${list}) {
  let bytes;
  if (Uint8Array.fromBase64) bytes = Uint8Array.fromBase64(data);
  else {
    const text = atob(data);
    bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  }
  document.fonts.add(new FontFace(family, bytes, { weight, style: "normal", display: "swap" }));
}`;
}
