import { describe, expect, it } from "vitest";
import { MAX_BYTES, outsideRegion, type ReadResult, readGeoJson, swapLines } from "../../src/import/validate";
import { cases, REGION } from "../corpus/import-cases";

type Read = Extract<ReadResult, { ok: true }>;

/** Further checks on some accepted inputs, by case name. */
const checks: Record<string, (r: Read) => void> = {
  "HTML and script in properties stay plain text": (r) =>
    expect(r.lines[0].name).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script>'),
  "swapped axes, latitudes impossible as written": (r) =>
    expect(swapLines(r.lines)[0].coordinates).toEqual([
      [76.9, 43.2],
      [116.4, 39.9],
    ]),
  "a very long name is cut": (r) => expect(r.lines[0].name?.length).toBe(201),
  "__proto__ in properties does nothing": () => expect(({} as Record<string, unknown>).polluted).toBeUndefined(),
  "a line across the antimeridian is cut there, not drawn back across the world": (r) =>
    expect(r.lines.map((l) => l.coordinates)).toEqual([
      [
        [179.5, 45],
        [180, 45.25],
      ],
      [
        [-180, 45.25],
        [-179.5, 45.5],
        [-178, 46],
      ],
    ]),
};

describe("importing GeoJSON: the corpus of bad and hostile inputs", () => {
  it("has at least 40 malformed or hostile inputs", () => {
    expect(
      cases.filter((c) => "refused" in c || c.problems || c.swapped || checks[c.name]).length,
    ).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(c.name, () => {
      const input = typeof c.input === "function" ? c.input() : c.input;
      const result = readGeoJson(input, REGION);
      if ("refused" in c) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.message).toMatch(c.refused);
          // Said once, and never the browser's own wording or a JavaScript type name.
          expect(result.message).not.toMatch(/not valid JSON.*not valid JSON|undefined|a undefined/);
        }
      } else {
        expect(result.ok, result.ok ? "" : result.message).toBe(true);
        if (!result.ok) return;
        expect(result.lines).toHaveLength(c.lines);
        expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual(
          (c.problems ?? []).map((re) => expect.stringMatching(re)),
        );
        expect(result.looksSwapped).toBe(c.swapped ?? false);
        checks[c.name]?.(result);
      }
    });
  }

  it("refuses by size before reading a byte of a file over the limit", () => {
    const result = readGeoJson(new Uint8Array(MAX_BYTES + 1), REGION);
    expect(result.ok).toBe(false);
  });

  it("knows a file whose lines all lie outside the map's region, so the dialog can say so", () => {
    const at = (coordinates: [number, number][]) => ({ coordinates });
    expect(
      outsideRegion(
        [
          at([
            [100, 0],
            [101, 1],
          ]),
        ],
        REGION,
      ),
    ).toBe(true);
    expect(
      outsideRegion(
        [
          at([
            [100, 0],
            [101, 1],
          ]),
          at([
            [50, 40],
            [51, 41],
          ]),
        ],
        REGION,
      ),
    ).toBe(false);
    expect(
      outsideRegion(
        [
          at([
            [20, 40],
            [30, 41],
          ]),
        ],
        REGION,
      ),
    ).toBe(false);
  });
});
