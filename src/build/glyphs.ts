import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Font stacks the map style may name in text-font, and the bundled WOFF each is made from. */
export const FONT_STACKS = {
  "noto-sans-regular": "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff",
  "noto-sans-bold": "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff",
} as const;

type Fontnik = {
  range(opts: { font: Buffer; start: number; end: number }, cb: (err: Error | null, pbf: Buffer) => void): void;
};

/** MapLibre asks for glyphs in blocks of 256 code points: the block starts needed to draw these texts. */
export function glyphRangesFor(texts: Iterable<string>): number[] {
  const starts = new Set<number>();
  for (const text of texts) for (const ch of text) starts.add(Math.floor((ch.codePointAt(0) ?? 0) / 256) * 256);
  return [...starts].sort((a, b) => a - b);
}

/** One glyph PBF (signed-distance-field glyphs, MapLibre's format) per font stack and range. */
export async function buildGlyphs(ranges: number[]): Promise<{ path: string; data: Buffer }[]> {
  // fontnik is a native addon (prebuilt binaries ship in its npm tarball), loaded only at build time.
  const fontnik = require("fontnik") as Fontnik;
  const out: { path: string; data: Buffer }[] = [];
  for (const [stack, file] of Object.entries(FONT_STACKS)) {
    const font = readFileSync(require.resolve(file));
    for (const start of ranges) {
      const end = start + 255;
      const data = await new Promise<Buffer>((resolve, reject) =>
        fontnik.range({ font, start, end }, (err, pbf) => (err ? reject(err) : resolve(pbf))),
      );
      out.push({ path: `${stack}/${start}-${end}.pbf`, data });
    }
  }
  return out;
}
