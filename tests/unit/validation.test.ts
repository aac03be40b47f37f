import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, readGeoDir, validateProject } from "../../src/build/load-project";
import { content } from "../../src/content/content";

const root = resolve(import.meta.dirname, "../..");
const geo = readGeoDir(join(root, "geo"));

function problemsOf(files: Parameters<typeof validateProject>[0]): string[] {
  try {
    validateProject(files);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}

function editedRouteFile(edit: (fc: { features: { properties: Record<string, unknown> }[] }) => void): string {
  const fc = JSON.parse(geo["iran.geojson"]);
  edit(fc);
  return JSON.stringify(fc);
}

describe("content validation names the file and the field", () => {
  it("accepts the real content", () => {
    expect(problemsOf({ content, geo })).toEqual([]);
  });

  it("rejects an unknown status, a missing source and a malformed date in a line's history", () => {
    const bad = editedRouteFile((fc) => {
      const history = fc.features[1].properties.history as Record<string, unknown>[];
      history[0].status = "rumoured";
      delete history[1].sources;
      history[2].date = "2010-13";
    });
    const problems = problemsOf({ content, geo: { ...geo, "iran.geojson": bad } });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^geo\/iran\.geojson: features\[1\]\.properties\.history\[0\]\.status: /);
    expect(problems[1]).toMatch(/^geo\/iran\.geojson: features\[1\]\.properties\.history\[1\]\.sources: /);
    expect(problems[2]).toBe(
      "geo/iran.geojson: features[1].properties.history[2].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
    );
  });

  it("refuses a dated entry, a capacity or a later event with no source, and a source not in the bibliography", () => {
    const bad = editedRouteFile((fc) => {
      const swap = fc.features[1].properties;
      (swap.history as Record<string, unknown>[])[0].sources = [];
      (swap.capacity as Record<string, unknown>[])[0].sources = ["my-memory"];
    });
    const routes = structuredClone(content.routes) as unknown as { after1997: Record<string, unknown>[] }[];
    delete routes[0].after1997[0].sources;
    const problems = problemsOf({ content: { ...content, routes }, geo: { ...geo, "iran.geojson": bad } });
    expect(problems).toEqual([
      "src/content/content.ts: routes[0].after1997[0].sources: Invalid input: expected array, received undefined",
      "geo/iran.geojson: features[1].properties.history[0].sources: a fact must name at least one source from the bibliography (content.sources)",
    ]);
    const unknown = problemsOf({
      content,
      geo: { ...geo, "iran.geojson": bad.replace('"sources":[]', '"sources":["ogj-2003-04-07"]') },
    });
    expect(unknown).toEqual([
      'geo/iran.geojson: features[1].properties.capacity[0].sources: unknown source "my-memory" (not in content.sources)',
    ]);
  });

  it("lists no source that nothing cites", () => {
    const sources = [...content.sources, { id: "padding", title: "An unread book", by: "Nobody", date: "2001" }];
    expect(problemsOf({ content: { ...content, sources }, geo })).toEqual([
      `src/content/content.ts: sources[${content.sources.length}]: "padding" is cited by no fact`,
    ]);
  });

  it("rejects a history out of date order", () => {
    const bad = editedRouteFile((fc) => {
      const history = fc.features[1].properties.history as Record<string, unknown>[];
      history[2].date = "1999";
    });
    expect(problemsOf({ content, geo: { ...geo, "iran.geojson": bad } })).toEqual([
      "geo/iran.geojson: features[1].properties.history[2]: dates out of order: 1999 comes after 2001-03",
    ]);
  });

  it("a history must reach back to the article unless the line is marked as planned later", () => {
    const late = editedRouteFile((fc) => {
      const history = fc.features[0].properties.history as Record<string, unknown>[];
      history.splice(0, 1);
    });
    expect(problemsOf({ content, geo: { ...geo, "iran.geojson": late } })).toEqual([
      "geo/iran.geojson: features[0].properties.history[0].date: the first entry must be on or before the article (1997-11-24); for a line first planned later, set plannedAfterArticle: true",
    ]);
    const marked = editedRouteFile((fc) => {
      (fc.features[0].properties.history as unknown[]).splice(0, 1);
      fc.features[0].properties.plannedAfterArticle = true;
    });
    expect(problemsOf({ content, geo: { ...geo, "iran.geojson": marked } })).toEqual([]);
    const wrongly = editedRouteFile((fc) => {
      fc.features[0].properties.plannedAfterArticle = true;
    });
    expect(problemsOf({ content, geo: { ...geo, "iran.geojson": wrongly } })).toEqual([
      "geo/iran.geojson: features[0].properties.plannedAfterArticle: the history starts before the article, so the line existed as a plan",
    ]);
  });

  it("checks the timeline: it starts on the article's date, and slides name known steps", () => {
    const timeline = structuredClone(content.timeline);
    timeline[0].date = "1997-12";
    const deck = structuredClone(content.deck) as unknown as Record<string, unknown>[];
    deck[0].date = "2050";
    deck[1].date = "2009";
    const problems = problemsOf({ content: { ...content, timeline, deck }, geo });
    expect(problems).toEqual([
      "src/content/content.ts: timeline[0].date: the first step is the article's date, 1997-11-24",
      'src/content/content.ts: deck[0].date: unknown timeline step "2050"',
      "src/content/content.ts: deck[1].later: a slide showing a date after the article must be marked later",
    ]);
  });

  it("rejects latitude out of range", () => {
    const fc = JSON.parse(geo["russia.geojson"]);
    fc.features[0].geometry.coordinates[2] = [51.5, 149.4];
    const problems = problemsOf({ content, geo: { ...geo, "russia.geojson": JSON.stringify(fc) } });
    expect(problems.join("\n")).toContain("geo/russia.geojson: features[0].geometry.coordinates[2][1]:");
  });

  it("rejects a line whose route is not in the content file", () => {
    const bad = editedRouteFile((fc) => {
      fc.features[0].properties.route = "siberia";
    });
    const problems = problemsOf({ content, geo: { ...geo, "iran.geojson": bad } });
    expect(problems.join("\n")).toContain('geo/iran.geojson: features[0].properties.route: unknown route "siberia"');
  });

  it("rejects a file that is not JSON", () => {
    const problems = problemsOf({ content, geo: { ...geo, "iran.geojson": '{"type": "FeatureCollection", ' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^geo\/iran\.geojson: not valid JSON/);
  });

  it("rejects a content route with no lines", () => {
    const { "iran.geojson": _dropped, ...withoutIran } = geo;
    const problems = problemsOf({ content, geo: withoutIran });
    // The sources only the Iran lines cited are then unused, and are listed after it.
    expect(problems[0]).toBe(
      'src/content/content.ts: routes[0].id: route "iran" has no lines in any geo/*.geojson file',
    );
  });

  it("rejects a long quotation and a bad colour in the content file", () => {
    const routes = structuredClone(content.routes);
    routes[2].article.quotes[0].text = "word ".repeat(30).trim();
    routes[3].colour = "purple";
    const problems = problemsOf({ content: { ...content, routes }, geo });
    expect(problems).toContain(
      "src/content/content.ts: routes[2].article.quotes[0].text: quotations stay short: 20 words at most",
    );
    expect(problems).toContain("src/content/content.ts: routes[3].colour: must be a #rrggbb colour");
  });

  it("checks that slides name known routes and that an epilogue is marked later", () => {
    const deck = structuredClone(content.deck) as unknown as Record<string, unknown>[];
    deck[2].highlight = "atlantis";
    deck[3].camera = { route: "atlantis" };
    deck[deck.length - 1].later = false;
    const problems = problemsOf({ content: { ...content, deck }, geo });
    expect(problems).toContain('src/content/content.ts: deck[2].highlight: unknown route "atlantis"');
    expect(problems).toContain('src/content/content.ts: deck[3].camera.route: unknown route "atlantis"');
    expect(problems).toContain(
      `src/content/content.ts: deck[${deck.length - 1}].later: an epilogue is about events after the article and must be marked later`,
    );
  });

  it("makes the build step exit non-zero with the file and field named", () => {
    const dir = mkdtempSync(join(tmpdir(), "caspian-geo-"));
    cpSync(join(root, "geo"), dir, { recursive: true });
    const path = join(dir, "caucasus.geojson");
    writeFileSync(path, readFileSync(path, "utf8").replace('"mode": "rail"', '"mode": "camel"'));
    let stderr = "";
    let status = 0;
    try {
      execFileSync(join(root, "node_modules/.bin/tsx"), ["src/build/prepare.ts", "--geo", dir, "--check"], {
        cwd: root,
        stdio: "pipe",
      });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toContain("geo/caucasus.geojson: features[0].properties.mode:");
  }, 30_000);
});
