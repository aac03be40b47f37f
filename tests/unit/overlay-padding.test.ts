import { describe, expect, it } from "vitest";
import { padForOverlays } from "../../src/map/overlay-padding";

const base = { top: 40, bottom: 40, left: 100, right: 100 };
// A 943 × 588 map (a 1366 × 768 laptop's) with the key in its bottom right corner.
const [w, h] = [943, 588];
const key = { left: 680, top: 335, right: 931, bottom: 560 };

describe("framing around what sits over the map", () => {
  it("clears the key on the side that leaves a wide box more room: above it", () => {
    // East Asia: much wider than tall.
    const p = padForOverlays(w, h, base, [key], [0.64, 0.34, 0.74, 0.37]);
    expect(p.bottom).toBe(h - key.top + 8);
    expect(p.right).toBe(base.right);
  });

  it("clears the key on the side that leaves a tall box more room: beside it", () => {
    const p = padForOverlays(w, h, base, [key], [0.6, 0.3, 0.62, 0.4]);
    expect(p.right).toBe(w - key.left + 8);
    expect(p.bottom).toBe(base.bottom);
  });

  it("clears a banner at the top from above", () => {
    const banner = { left: 150, top: 10, right: 460, bottom: 84 };
    const p = padForOverlays(w, h, base, [banner], [0.6, 0.3, 0.7, 0.4]);
    expect(p).toEqual({ ...base, top: 92 });
  });

  it("leaves the padding alone for an overlay off the map, or one no side can clear", () => {
    expect(padForOverlays(w, h, base, [{ left: 950, top: 10, right: 1100, bottom: 60 }], [0.6, 0.3, 0.7, 0.4])).toEqual(
      base,
    );
    // Covers nearly the whole map: clearing it would leave no room for the box.
    const huge = { left: 0, top: 0, right: 900, bottom: 560 };
    expect(padForOverlays(w, h, base, [huge], [0.6, 0.3, 0.7, 0.4])).toEqual(base);
  });
});
