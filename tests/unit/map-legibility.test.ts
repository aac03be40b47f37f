import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGeoDir, validateProject } from "../../src/build/load-project";
import { content } from "../../src/content/content";
import { periodEnd, statusAt } from "../../src/content/timeline";
import { mapScale } from "../../src/map/frame";
import { routeTip } from "../../src/map/map-view";
import { PALETTE } from "../../src/map/style";

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("map labels read from the back row", () => {
  it("country names are at least 4.5:1 on every land colour", () => {
    expect(contrast(PALETTE.countryText, PALETTE.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(PALETTE.countryText, PALETTE.focusLand)).toBeGreaterThanOrEqual(4.5);
  });

  it("sea names are at least 4.5:1 on the water", () => {
    expect(contrast(PALETTE.seaText, PALETTE.water)).toBeGreaterThanOrEqual(4.5);
  });

  it("presenting on a 1920×1080 projector, the smallest label (13 px) is drawn at 22 px or more", () => {
    expect(13 * mapScale(1920, 1080, true)).toBeGreaterThanOrEqual(22);
    // And in proportion on 4K, never smaller than on a laptop.
    expect(mapScale(3840, 2160, true)).toBeCloseTo(2 * mapScale(1920, 1080, true));
    expect(mapScale(1024, 768, true)).toBeGreaterThanOrEqual(1);
  });
});

describe("a route's tooltip", () => {
  it("names the route and counts its lines by status on the date shown", () => {
    const project = validateProject({ content, geo: readGeoDir(resolve(import.meta.dirname, "../../geo")) });
    const lines = { lines: { type: "FeatureCollection" as const, features: project.lines as never } };
    const tip = routeTip(project.content, lines, "iran", periodEnd("1997-11-24"));
    const own = project.lines.filter((l) => l.properties.route === "iran");
    const counted = [...(tip ?? "").matchAll(/(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(tip?.startsWith("Iran route: ")).toBe(true);
    // Every line planned by then is counted once (the Neka–Rey line came later).
    const planned = own.filter((l) => statusAt(l.properties.history, periodEnd("1997-11-24")) !== null);
    expect(planned.length).toBeLessThan(own.length);
    expect(counted).toBe(planned.length);
    expect(routeTip(project.content, lines, "nowhere", 0)).toBeNull();
  });
});
