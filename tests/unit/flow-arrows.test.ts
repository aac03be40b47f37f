import { describe, expect, it } from "vitest";
import { arrowsAlong, colourOfArrowImage, flowArrowImageId } from "../../src/map/flow-arrows";

describe("flow arrows", () => {
  it("point along the line, from its first point towards its last", () => {
    // West-flowing, like Kenkiyak–Atyrau: x decreases, so every arrow points at 180°.
    const west = arrowsAlong(
      [
        [300, 50],
        [0, 50],
      ],
      100,
    );
    expect(west.map((a) => a.x)).toEqual([250, 150, 50]);
    expect(west.every((a) => Math.abs(a.angle) === 180)).toBe(true);
    // Down the screen (south): 90°.
    expect(
      arrowsAlong(
        [
          [0, 0],
          [0, 100],
        ],
        100,
      ),
    ).toEqual([{ x: 0, y: 50, angle: 90 }]);
  });

  it("follow each segment of a bent line, and give even a short line one arrow", () => {
    const bent = arrowsAlong(
      [
        [0, 0],
        [100, 0],
        [100, 100],
      ],
      100,
    );
    expect(bent).toEqual([
      { x: 50, y: 0, angle: 0 },
      { x: 100, y: 50, angle: 90 },
    ]);
    expect(
      arrowsAlong(
        [
          [0, 0],
          [10, 0],
        ],
        100,
      ),
    ).toEqual([{ x: 5, y: 0, angle: 0 }]);
    expect(
      arrowsAlong(
        [
          [5, 5],
          [5, 5],
        ],
        100,
      ),
    ).toEqual([]);
  });

  it("name one image per route colour, and know their own names only", () => {
    expect(flowArrowImageId("#B58300")).toBe("flow-arrow-b58300");
    expect(colourOfArrowImage("flow-arrow-b58300")).toBe("#b58300");
    expect(colourOfArrowImage("marker-15")).toBeNull();
  });
});
