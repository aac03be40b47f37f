import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGeoDir, validateProject } from "../../src/build/load-project";
import { content as contentFile } from "../../src/content/content";
import { contentSchema } from "../../src/content/schema";
import { statusAt, stepDay } from "../../src/content/timeline";
import {
  epilogueChanges,
  formatParagraphs,
  groupChanges,
  type LineChange,
  needsWideMap,
  presentationKey,
  slideStep,
  slideSteps,
} from "../../src/present/deck";

const content = contentSchema.parse(contentFile);
const project = validateProject({ content: contentFile, geo: readGeoDir(resolve(import.meta.dirname, "../../geo")) });

describe("presentation keys", () => {
  const act = (key: string, buffer = "") => presentationKey(key, buffer).action?.type;

  it("moves on with →, ↓, Space, PageDown and Enter, and back with ←, ↑, PageUp and Backspace", () => {
    for (const key of ["ArrowRight", "ArrowDown", " ", "PageDown", "Enter"]) expect(act(key), key).toBe("next");
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]) expect(act(key), key).toBe("prev");
    expect(act("Home")).toBe("first");
    expect(act("End")).toBe("last");
  });

  it("jumps to a typed slide number on Enter", () => {
    let buffer = "";
    for (const key of ["1", "2"]) buffer = presentationKey(key, buffer).buffer;
    expect(presentationKey("Enter", buffer).action).toEqual({ type: "goto", slide: 11 });
  });

  it("blanks with B, leaves with Escape after cancelling a typed number, and has effects for F and S", () => {
    expect(act("b")).toBe("toggle-blank");
    expect(act("B")).toBe("toggle-blank");
    expect(act("Escape")).toBe("exit-present");
    expect(presentationKey("Escape", "3")).toEqual({ buffer: "", handled: true });
    expect(presentationKey("f", "").effect).toBe("fullscreen");
    expect(presentationKey("S", "").effect).toBe("presenter-view");
    expect(presentationKey("x", "").handled).toBe(false);
  });
});

describe("the deck", () => {
  it("follows the article: title, oil, one slide per route, reasons, conclusion, then epilogues", () => {
    const kinds = content.deck.map((s) => s.kind);
    expect(kinds[0]).toBe("title");
    expect(kinds.filter((k) => k === "route")).toHaveLength(content.routes.length);
    const conclusion = kinds.indexOf("conclusion");
    expect(kinds[conclusion - 1]).toBe("reasons");
    expect(kinds.slice(conclusion + 1).every((k) => k === "epilogue")).toBe(true);
    const routeSlides = content.deck.filter((s) => s.kind === "route").map((s) => s.highlight);
    expect(routeSlides).toEqual(content.routes.map((r) => r.id));
  });

  it("epilogue slides step forward through the time lens; the article's slides show its date", () => {
    const stepIndex = (s: (typeof content.deck)[number]) => content.timeline.findIndex((t) => t.id === s.date);
    const epilogues = content.deck.filter((s) => s.kind === "epilogue");
    expect(epilogues.length).toBeGreaterThanOrEqual(2);
    const order = epilogues.map(stepIndex);
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]))).toBe(true);
    for (const s of content.deck.filter((s) => s.kind !== "epilogue")) expect(slideStep(s, content).id).toBe("1997-11");
  });

  it("gives every route slide a reveal, and every slide two or three questions", () => {
    for (const s of content.deck) {
      if (s.kind === "route") expect(s.reveal).toBe(true);
      expect(s.questions.length).toBeGreaterThanOrEqual(2);
      expect(s.questions.length).toBeLessThanOrEqual(3);
    }
    expect(slideSteps(content.deck)).toEqual(content.deck.map((s) => (s.kind === "route" ? 2 : 1)));
  });

  it("cites the paragraphs the story needs", () => {
    const cited = (id: string) => content.deck.find((s) => s.id === id)?.paragraphs;
    expect(cited("oil-is-the-basis")).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(cited("three-reasons")).toEqual([5, 6, 13, 14, 15, 16, 17, 18]);
    expect(cited("difficult-and-fragile")).toEqual([19, 20]);
  });

  it("formats paragraph runs", () => {
    expect(formatParagraphs([6, 7, 8, 9, 10, 11])).toBe("¶6–¶11");
    expect(formatParagraphs([5, 6, 13, 14, 15, 16, 17, 18])).toBe("¶5–¶6, ¶13–¶18");
    expect(formatParagraphs([13])).toBe("¶13");
  });
});

describe("slides whose map needs the width", () => {
  const slide = (camera: (typeof content.deck)[number]["camera"]) => ({ ...content.deck[0], camera });
  const maxBounds = content.view.maxBounds;

  it("are the slides that frame the whole region", () => {
    const wide = content.deck.filter((s) => needsWideMap(s, maxBounds)).map((s) => s.id);
    expect(wide).toEqual(content.deck.filter((s) => "bounds" in s.camera).map((s) => s.id));
    expect(wide.length).toBeGreaterThan(3);
  });

  it("not a slide framed on a route, nor a teacher's close-up", () => {
    expect(needsWideMap(slide({ route: content.routes[0].id }), maxBounds)).toBe(false);
    // The Caucasus, about 10° across: a narrow column still shows it whole.
    expect(needsWideMap(slide({ bounds: [38, 38, 50, 44] }), maxBounds)).toBe(false);
  });

  it("depends on how tall a map maxBounds allows", () => {
    const region = slide({ bounds: [34, 28, 87, 54] });
    expect(needsWideMap(region, [24, 13, 115, 66])).toBe(true);
    // With the whole of Web Mercator to show, even the region fits a narrow column.
    expect(needsWideMap(region, [-180, -85, 180, 85])).toBe(false);
  });
});

describe("the list of what changed", () => {
  const change = (id: string, from: string, to: string, after: LineChange["after"], route = "r"): LineChange => ({
    id,
    name: `${from}–${to}`,
    route,
    from,
    to,
    before: "agreed",
    after,
  });

  it("groups changes by the status they end in", () => {
    expect(
      groupChanges([
        change("a", "A", "B", "halted"),
        change("x", "X", "Y", "operating"),
        change("c", "P", "Q", "halted"),
      ]),
    ).toEqual([
      { after: "halted", names: ["A–B", "P–Q"] },
      { after: "operating", names: ["X–Y"] },
    ]);
  });

  it("reads three or more joined sections of a route as one run, in whatever order they come", () => {
    const names = groupChanges([
      change("c", "C", "D", "halted"),
      change("a", "A", "B", "halted"),
      change("z", "Y", "Z", "halted", "other"),
      change("b", "B", "C", "halted"),
    ])[0].names;
    expect(names).toEqual(["A to D (3 sections)", "Y–Z"]);
  });

  it("keeps two joined sections, sections of other routes, and sections with another status apart", () => {
    expect(groupChanges([change("a", "A", "B", "halted"), change("b", "B", "C", "halted")])[0].names).toEqual([
      "A–B",
      "B–C",
    ]);
    const mixed = groupChanges([
      change("a", "A", "B", "halted"),
      change("b", "B", "C", "halted", "other"),
      change("c", "C", "D", "halted"),
      change("d", "D", "E", "operating"),
    ]);
    expect(mixed.flatMap((g) => g.names)).toEqual(["A–B", "B–C", "C–D", "D–E"]);
  });
});

describe("epilogue slides say what changed", () => {
  const deck = content.deck;
  const lines = project.lines;
  const epilogues = deck.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === "epilogue");

  it("compares each epilogue with the previous one, the first with the article", () => {
    expect(epilogues.length).toBeGreaterThan(1);
    const first = epilogueChanges(deck, epilogues[0].i, content, lines);
    expect(first?.since.id).toBe(content.timeline[0].id);
    const second = epilogueChanges(deck, epilogues[1].i, content, lines);
    expect(second?.since.id).toBe(epilogues[0].s.date);
  });

  it("lists exactly the lines whose status differs between the two dates", () => {
    for (const { s, i } of epilogues) {
      const result = epilogueChanges(deck, i, content, lines);
      if (!result) throw new Error("no changes for an epilogue");
      const to = stepDay(content.timeline.find((t) => t.id === s.date) ?? content.timeline[0]);
      const from = stepDay(result.since);
      const expected = lines
        .filter((l) => statusAt(l.properties.history, from) !== statusAt(l.properties.history, to))
        .map((l) => l.properties.id);
      expect(result.changes.map((c) => c.id)).toEqual(expected);
      expect(result.changes.length).toBeGreaterThan(0);
      for (const c of result.changes) expect(c.before).not.toBe(c.after);
    }
  });

  it("after 1997: the Tengiz–Novorossiysk pipeline went from agreed to operating", () => {
    const first = epilogueChanges(deck, epilogues[0].i, content, lines);
    expect(first?.changes.find((c) => c.id === "russia-cpc")).toMatchObject({ before: "agreed", after: "operating" });
  });

  it("says nothing on other slides", () => {
    deck.forEach((s, i) => {
      if (s.kind !== "epilogue") expect(epilogueChanges(deck, i, content, lines)).toBeNull();
    });
  });
});
