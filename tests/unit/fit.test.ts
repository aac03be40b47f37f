import { describe, expect, it } from "vitest";
import { holds, largestFit, MIN_FIT } from "../../src/present/use-fit";

describe("fitting a slide's words to its column", () => {
  it("keeps full size when everything fits", () => {
    expect(largestFit(() => true)).toBe(1);
  });

  it("finds the largest scale that fits, to within 1%", () => {
    // Content 1.6 times the box's height at full size: fits at 1 / 1.6 = 0.625.
    const scale = largestFit((s) => holds({ scrollHeight: 1600 * s, clientHeight: 1000 }));
    expect(scale).toBeLessThanOrEqual(0.625);
    expect(scale).toBeGreaterThan(0.615);
  });

  it("never goes below the floor, however long the slide", () => {
    expect(largestFit(() => false)).toBe(MIN_FIT);
  });

  it("allows a pixel of subpixel rounding, no more", () => {
    expect(holds({ scrollHeight: 801, clientHeight: 800 })).toBe(true);
    expect(holds({ scrollHeight: 803, clientHeight: 800 })).toBe(false);
  });
});
