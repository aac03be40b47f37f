import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { subsetGlyphs } from "../../src/build/glyphs";
import { content } from "../../src/content/content";
import type { BuiltData } from "../../src/content/schema";
import generated from "../../src/generated/data.json";
import { labelTexts } from "../../src/map/labels";

const data = generated as unknown as BuiltData;
const used = new Set([...labelTexts(data, content).join("")].map((ch) => ch.codePointAt(0) ?? 0));
const file = (stack: string) => new Uint8Array(readFileSync(`public/generated/glyphs/${stack}/0-255.pbf`));

describe("the built-in labels' glyph subsets", () => {
  for (const stack of ["noto-sans-regular", "noto-sans-bold"]) {
    const full = file(stack);
    const labels = file(`${stack}-labels`);

    it(`${stack}: keeping every code point gives the file back byte for byte`, () => {
      const all = new Set(Array.from({ length: 0x10000 }, (_, i) => i));
      expect(Buffer.from(subsetGlyphs(full, all)).equals(Buffer.from(full))).toBe(true);
    });

    it(`${stack}-labels: exactly the labels' characters, a third of the bytes or less`, () => {
      expect(Buffer.from(subsetGlyphs(full, used)).equals(Buffer.from(labels))).toBe(true);
      expect(labels.length).toBeLessThan(full.length / 3);
      // Each character the labels use is there: leaving any one out makes the file smaller.
      for (const code of used) {
        if (code === 32) continue; // a space has no bitmap, but keeps its advance
        const without = new Set([...used].filter((c) => c !== code));
        expect(subsetGlyphs(labels, without).length, String.fromCodePoint(code)).toBeLessThan(labels.length);
      }
    });
  }
});
