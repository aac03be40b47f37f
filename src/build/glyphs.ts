import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Font stacks the map style may name in text-font, and the bundled WOFF each is made from. */
export const FONT_STACKS = {
  "noto-sans-regular": "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff",
  "noto-sans-bold": "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff",
} as const;

/**
 * The built-in labels' own stacks (src/map/label-fonts.ts): the same glyphs, only those the
 * content's labels use (about 60 of Latin-1's 190), so the first load carries about a quarter of
 * the glyph bytes. Names a teacher types (an imported or drawn route's) use the full stacks above.
 */
export const LABEL_STACK_SUFFIX = "-labels";

type Fontnik = {
  range(opts: { font: Buffer; start: number; end: number }, cb: (err: Error | null, pbf: Buffer) => void): void;
};

/** MapLibre asks for glyphs in blocks of 256 code points: the block starts needed to draw these texts. */
export function glyphRangesFor(texts: Iterable<string>): number[] {
  const starts = new Set<number>();
  for (const text of texts) for (const ch of text) starts.add(Math.floor((ch.codePointAt(0) ?? 0) / 256) * 256);
  return [...starts].sort((a, b) => a - b);
}

/**
 * Keeps only the glyphs whose code points are in `keep`, in a glyph PBF (MapLibre's glyphs.proto:
 * message glyphs { repeated fontstack stacks = 1 }, fontstack { name = 1; range = 2; repeated
 * glyph glyphs = 3 }, glyph { uint32 id = 1; … }). Works on the wire format: the glyphs kept are
 * copied byte for byte, and only the lengths around them are written anew.
 */
export function subsetGlyphs(pbf: Uint8Array, keep: ReadonlySet<number>): Uint8Array {
  const varint = (buf: Uint8Array, at: number): [number, number] => {
    let value = 0;
    let shift = 0;
    let i = at;
    for (;;) {
      const b = buf[i++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return [value, i];
      shift += 7;
    }
  };
  const encodeVarint = (n: number): number[] => {
    const out: number[] = [];
    let v = n;
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
    return out;
  };
  /** The fields of a message: [field number, wire type, raw bytes of the whole field, payload]. */
  const fields = (buf: Uint8Array) => {
    const out: { field: number; raw: Uint8Array; payload: Uint8Array; value: number }[] = [];
    let i = 0;
    while (i < buf.length) {
      const start = i;
      const [key, afterKey] = varint(buf, i);
      const type = key & 7;
      let payload: Uint8Array = new Uint8Array();
      let value = 0;
      if (type === 0) [value, i] = varint(buf, afterKey);
      else if (type === 2) {
        const [len, afterLen] = varint(buf, afterKey);
        payload = buf.subarray(afterLen, afterLen + len);
        i = afterLen + len;
      } else if (type === 5) i = afterKey + 4;
      else if (type === 1) i = afterKey + 8;
      else throw new Error(`glyph PBF: wire type ${type} not expected`);
      out.push({ field: key >> 3, raw: buf.subarray(start, i), payload, value });
    }
    return out;
  };
  const message = (field: number, body: Uint8Array) =>
    Uint8Array.from([...encodeVarint((field << 3) | 2), ...encodeVarint(body.length), ...body]);
  const concat = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  return concat(
    fields(pbf).map((stack) => {
      if (stack.field !== 1) return stack.raw;
      const kept = fields(stack.payload).filter((f) => {
        if (f.field !== 3) return true;
        const id = fields(f.payload).find((g) => g.field === 1)?.value;
        return id !== undefined && keep.has(id);
      });
      return message(1, concat(kept.map((f) => f.raw)));
    }),
  );
}

/**
 * One glyph PBF (signed-distance-field glyphs, MapLibre's format) per font stack and range; and
 * for each stack a "-labels" copy holding only the code points of `labelTexts`.
 */
export async function buildGlyphs(
  ranges: number[],
  labelTexts: Iterable<string> = [],
): Promise<{ path: string; data: Buffer }[]> {
  const used = new Set<number>();
  for (const text of labelTexts) for (const ch of text) used.add(ch.codePointAt(0) ?? 0);
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
      out.push({
        path: `${stack}${LABEL_STACK_SUFFIX}/${start}-${end}.pbf`,
        data: Buffer.from(subsetGlyphs(data, used)),
      });
    }
  }
  return out;
}
