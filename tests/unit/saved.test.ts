import { describe, expect, it } from "vitest";
import { SAVED_VERSION } from "../../src/store/saved-format";
import { readSaved } from "../../src/store/user-route";
// The same saved route as a lesson file holds (one shape for both).
import { route } from "../corpus/lesson-cases";

describe("reading saved routes and notes", () => {
  it("reads the current version whole: the main record and each route's own record", () => {
    const got = readSaved(
      {
        version: SAVED_VERSION,
        routes: ["user-gas"],
        notes: { iran: { text: "Ask about sanctions", updated: "2026-11-29T10:00:00Z" } },
      },
      { "user-gas": route("user-gas") },
    );
    expect(got.problems).toEqual([]);
    expect(got.damaged).toBe(false);
    expect(got.routes.map((r) => r.id)).toEqual(["user-gas"]);
    expect(got.notes.iran.text).toBe("Ask about sanctions");
  });

  it("migrates version 1: one record with the routes inline, and notes as bare text", () => {
    const got = readSaved({ version: 1, routes: [route("user-gas")], notes: { iran: "Ask about sanctions" } });
    expect(got.problems).toEqual([]);
    expect(got.routes.map((r) => r.id)).toEqual(["user-gas"]);
    expect(got.notes.iran).toEqual({ text: "Ask about sanctions", updated: "" });
  });

  it("keeps what can be read of damaged data and says what was left out", () => {
    const got = readSaved(
      {
        version: SAVED_VERSION,
        routes: ["user-gas", "user-bad", "user-gas", "user-gone"],
        notes: { iran: { text: "ok", updated: "" }, russia: 42 },
      },
      { "user-gas": route("user-gas"), "user-bad": { ...route("user-bad", "Broken line"), lines: "garbage" } },
    );
    expect(got.routes.map((r) => r.id)).toEqual(["user-gas"]);
    expect(got.notes).toEqual({ iran: { text: "ok", updated: "" } });
    expect(got.damaged).toBe(true);
    expect(got.problems).toEqual([
      "Saved route 2 (“Broken line”) is damaged.",
      "Saved route 3 (“Gas line”) is damaged.",
      "Saved route 4 is missing.",
      "The saved note on “russia” is damaged.",
    ]);
  });

  it("never throws on junk, and leaves a newer version's data alone", () => {
    for (const junk of [42, "text", [], { version: "2" }, { version: 2, routes: {} }]) {
      const got = readSaved(junk);
      expect(got.routes).toEqual([]);
      expect(got.damaged || got.problems.length > 0).toBe(true);
    }
    expect(readSaved(undefined)).toMatchObject({ routes: [], problems: [], damaged: false });
    const newer = readSaved({ version: 99, routes: [route("user-gas")], notes: {} });
    expect(newer).toMatchObject({ newer: true, routes: [] });
    expect(newer.problems[0]).toMatch(/newer version .* leaves them untouched/);
  });

  it("reads a version 1 record as migrated, to be written in today's layout before anything else", () => {
    expect(readSaved({ version: 1, routes: [route("user-gas")], notes: {} }).migrated).toBe(true);
    expect(readSaved({ routes: [route("user-gas")], notes: {} }).migrated).toBe(true);
    expect(readSaved({ version: SAVED_VERSION, routes: [], notes: {} }).migrated).toBe(false);
  });

  it("takes an impossible version for damage, not for a newer app, so saving never stops for good", () => {
    for (const version of [Number.POSITIVE_INFINITY, Number.NaN, -1, 0, 2.5, 1e300]) {
      const got = readSaved({ version, routes: [], notes: {} });
      expect(got.newer, String(version)).toBe(false);
      expect(got.damaged, String(version)).toBe(true);
    }
  });

  it("migrates version 2 (no slides yet): routes and notes kept, no slides, the usual deck", () => {
    const got = readSaved(
      { version: 2, routes: ["user-gas"], notes: { iran: { text: "Ask", updated: "" } } },
      { "user-gas": route("user-gas") },
    );
    expect(got).toMatchObject({ migrated: true, damaged: false, problems: [], slides: {} });
    expect(got.deck).toEqual({ order: [], hidden: [] });
    expect(got.routes.map((r) => r.id)).toEqual(["user-gas"]);
    expect(got.notes.iran.text).toBe("Ask");
  });

  it("a damaged slide or deck order costs nothing else", () => {
    const good = {
      id: "mine-good",
      title: "Pipelines today",
      caption: "Where the oil goes now.",
      notes: "",
      questions: ["Which route carries most?"],
      answer: "",
      bounds: [40, 35, 60, 50],
      visible: ["iran"],
      highlight: null,
      date: null,
    };
    const got = readSaved(
      {
        version: SAVED_VERSION,
        routes: ["user-gas"],
        notes: { iran: { text: "Ask", updated: "" } },
        slides: { "mine-good": good, "mine-bad": { ...good, id: "mine-bad", title: "Broken", bounds: "x" } },
        deck: { order: "garbage" },
      },
      { "user-gas": route("user-gas") },
    );
    expect(Object.keys(got.slides)).toEqual(["mine-good"]);
    expect(got.routes.map((r) => r.id)).toEqual(["user-gas"]);
    expect(got.notes.iran.text).toBe("Ask");
    expect(got.deck).toEqual({ order: [], hidden: [] });
    expect(got.problems).toEqual([
      "Your saved slide “Broken” is damaged.",
      "The saved order of the slides is damaged: the usual order is shown.",
    ]);
  });
});
