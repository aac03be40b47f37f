import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { packLines, transferOf, unpackLines } from "../../src/import/packed-lines";
import type { MeasuredLine } from "../../src/import/worker-protocol";

const line = fc.record({
  id: fc.string({ minLength: 1 }),
  name: fc.option(fc.string(), { nil: null }),
  coordinates: fc.array(
    fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
    { minLength: 2, maxLength: 40 },
  ),
  drawnKm: fc.nat(),
  countries: fc.array(fc.string(), { maxLength: 3 }),
  hints: fc.constant(null),
}) as fc.Arbitrary<MeasuredLine>;

describe("measured lines crossing from the import worker", () => {
  it("arrive exactly as measured: every position, name and figure, in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.integer({ min: 1, max: 50 }), async (lines, slice) => {
        const back = await unpackLines(packLines(lines), slice);
        // toEqual compares numbers with Object.is, so this is exact to the bit, -0 included.
        expect(back).toEqual(lines);
      }),
    );
  });

  it("move their positions as transferable buffers, not as a copy of every little array", () => {
    const packed = packLines([
      {
        id: "a",
        name: null,
        coordinates: [
          [50, 40],
          [51, 41],
          [52, 42],
        ],
        drawnKm: 1,
        countries: [],
        hints: null,
      },
    ]);
    expect(transferOf(packed)).toEqual([packed.xy.buffer, packed.ends.buffer]);
    expect(packed.lines[0]).not.toHaveProperty("coordinates");
    expect(Array.from(packed.xy)).toEqual([50, 40, 51, 41, 52, 42]);
  });

  it("are rebuilt a slice at a time, giving the page back between slices", async () => {
    vi.useFakeTimers();
    try {
      const lines = Array.from({ length: 4 }, (_, i) => ({
        id: `l${i}`,
        name: null,
        coordinates: Array.from({ length: 10 }, (_, j) => [i, j] as [number, number]),
        drawnKm: 0,
        countries: [],
        hints: null,
      }));
      let done = false;
      const pending = unpackLines(packLines(lines), 10).then((r) => {
        done = true;
        return r;
      });
      // Nothing finishes until the page has had its turns: one pause after each slice of 10.
      await vi.advanceTimersToNextTimerAsync();
      expect(done).toBe(false);
      await vi.runAllTimersAsync();
      expect(await pending).toEqual(lines);
    } finally {
      vi.useRealTimers();
    }
  });
});
