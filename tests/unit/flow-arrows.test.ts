import { describe, expect, it } from "vitest";
import { ARROW_EDGE, ARROW_SIZE, arrowDistanceField, arrowsAlong } from "../../src/map/flow-arrows";

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

  it("are one distance field: coloured inside the outline, white along it, clear beyond it", () => {
    const field = arrowDistanceField();
    // MapLibre paints a field's alpha: the colour above 0.75, the halo down to 0.75 minus its
    // width over 8 px, nothing below.
    const colourFrom = 0.75 * 255;
    const haloFrom = (0.75 - ARROW_EDGE / 8) * 255;
    // Alpha at (x, y) px from the image's centre; the arrow points along +x.
    const alpha = (x: number, y: number) =>
      field.data[(Math.floor(field.height / 2 + y) * field.width + Math.floor(field.width / 2 + x)) * 4 + 3];
    expect(field.width).toBeGreaterThan(ARROW_SIZE);
    expect(field.height).toBe(field.width);
    // In the chevron's body, between its notch and its tip: coloured.
    expect(alpha(2, 0)).toBeGreaterThan(colourFrom);
    // Just past its tip (0.42 × 90% of the size ahead of the centre): on the white edge.
    const tip = 0.42 * 0.9 * ARROW_SIZE;
    expect(alpha(tip + 0.5, 0)).toBeGreaterThan(haloFrom);
    expect(alpha(tip + 0.5, 0)).toBeLessThan(colourFrom);
    // In the notch behind the centre and in the corners: clear.
    expect(alpha(-7, 0)).toBeLessThan(haloFrom);
    expect(alpha(-field.width / 2, -field.height / 2)).toBe(0);
  });
});
