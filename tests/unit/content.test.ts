import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { countries1997 } from "../../src/build/basemap";
import { buildData, readGeoDir, validateProject } from "../../src/build/load-project";
import { content } from "../../src/content/content";

const project = validateProject({ content, geo: readGeoDir(resolve(import.meta.dirname, "../../geo")) });
const data = buildData(project, countries1997());
const lines = (route: string) => data.lines.features.filter((f) => f.properties.route === route);
const line = (id: string) => {
  const found = data.lines.features.find((f) => f.properties.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found.properties;
};

/** CIE L* (0–100) of a #rrggbb colour: how light it looks, which is what survives greyscale. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

describe("the content and geo files", () => {
  it("validate with the schema and every route has lines", () => {
    for (const route of project.content.routes) expect(lines(route.id).length).toBeGreaterThan(0);
  });

  it("route colours stay apart in greyscale (lightness differs by 10 L* or more)", () => {
    const ls = project.content.routes.map((r) => lightness(r.colour)).sort((a, b) => a - b);
    for (let i = 1; i < ls.length; i++) expect(ls[i] - ls[i - 1]).toBeGreaterThanOrEqual(10);
  });

  it("quotations are short", () => {
    for (const r of project.content.routes)
      for (const q of r.article.quotes) expect(q.text.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it("computes the countries each line crosses, in order, from the 1997 basemap", () => {
    expect(line("caucasus-btc").countries).toEqual(["Azerbaijan", "Georgia", "Turkey"]);
    expect(line("caucasus-baku-supsa").countries).toEqual(["Azerbaijan", "Georgia"]);
    expect(line("caucasus-baku-batumi-rail").countries).toEqual(["Azerbaijan", "Georgia"]);
    expect(line("russia-cpc").countries).toEqual(["Kazakhstan", "Russia"]);
    expect(line("russia-baku-khasavyurt").countries).toEqual(["Azerbaijan", "Russia"]);
    expect(line("russia-dagestan-bypass").countries).toEqual(["Russia"]);
    expect(line("iran-kti-pipeline").countries).toEqual(["Kazakhstan", "Turkmenistan", "Iran"]);
    expect(line("east-asia-atasu-alashankou").countries).toEqual(["Kazakhstan", "China"]);
    expect(line("east-asia-kenkiyak-atyrau").countries).toEqual(["Kazakhstan"]);
    expect(line("caucasus-aktau-baku-tanker").countries).toEqual(["Kazakhstan", "Azerbaijan"]);
  });

  it("drawn lengths run somewhat shorter than the published ones (straight segments between waypoints)", () => {
    for (const f of data.lines.features) {
      const p = f.properties.publishedLength;
      if (!p || p.covers) continue;
      const published = typeof p.km === "number" ? p.km : p.km[0];
      // The brief: a line through the waypoints runs 5–15% shorter; allow 0–25% either way of rounding.
      expect(f.properties.drawnKm / published).toBeGreaterThan(0.75);
      expect(f.properties.drawnKm / published).toBeLessThan(1.05);
    }
  });

  it("draws each line the way its oil flows, from its first place to its last", () => {
    // Kenkiyak–Atyrau ran west, away from China; the line to China runs east.
    expect([line("east-asia-kenkiyak-atyrau").from, line("east-asia-kenkiyak-atyrau").to]).toEqual([
      "Kenkiyak",
      "Atyrau",
    ]);
    expect([line("east-asia-atasu-alashankou").from, line("east-asia-atasu-alashankou").to]).toEqual([
      "Atasu",
      "Alashankou",
    ]);
    expect([line("caucasus-baku-batumi-rail").from, line("caucasus-baku-batumi-rail").to]).toEqual(["Baku", "Batumi"]);
    expect(line("iran-aktau-neka-swap").to).toBe("Neka");
  });

  it("gives each route bounds that contain all its lines", () => {
    for (const route of project.content.routes) {
      const [w, s, e, n] = data.routeBounds[route.id];
      for (const f of lines(route.id))
        for (const [x, y] of f.geometry.coordinates) {
          expect(x).toBeGreaterThanOrEqual(w);
          expect(x).toBeLessThanOrEqual(e);
          expect(y).toBeGreaterThanOrEqual(s);
          expect(y).toBeLessThanOrEqual(n);
        }
    }
  });
});
