import { describe, expect, it } from "vitest";
import { adoptRemote, applyChanges, changesSince, EMPTY, type Snapshot } from "../../src/store/merge";
import type { DeckEdits, Note, TeacherSlide, UserRoute } from "../../src/store/user-route";

const route = (id: string, name = id): UserRoute => ({
  id,
  name,
  colour: "#00796b",
  dash: "operating",
  obstacle: "",
  fileName: "f.geojson",
  bounds: [0, 0, 1, 1],
  lines: [
    {
      id: `${id}-1`,
      name: null,
      coordinates: [
        [0, 0],
        [1, 1],
      ],
      drawnKm: 1,
      countries: [],
    },
  ],
});
const note = (text: string): Note => ({ text, updated: "" });
const snap = (
  routes: UserRoute[],
  notes: Record<string, Note>,
  slides: Record<string, TeacherSlide> = {},
  deck: DeckEdits = EMPTY.deck,
): Snapshot => ({ routes, notes, slides, deck });
const slide = (id: string, title = id): TeacherSlide => ({
  id,
  title,
  caption: "",
  notes: "",
  questions: [],
  answer: "",
  bounds: [40, 35, 60, 50],
  visible: ["iran"],
  highlight: null,
  date: null,
});
type Stored = Parameters<typeof applyChanges>[0];
const none = (ids: string[] = [], notes: Record<string, unknown> = {}): Stored => ({
  ids,
  notes,
  slides: {},
  deck: EMPTY.deck,
});

/** Storage as the merge sees it: the main record's ids and notes. */
const write = (stored: Stored, base: Snapshot, local: Snapshot) => applyChanges(stored, changesSince(base, local));

describe("two tabs saving into one store", () => {
  it("a tab opened earlier writing a note keeps the route another tab added", () => {
    const gas = route("user-gas");
    // Tab A added the gas line: storage holds it.
    const stored = write(none(), EMPTY, snap([gas], {}));
    expect(stored.ids).toEqual(["user-gas"]);
    // Tab B, opened before, knows nothing of it and types a note.
    const after = write(stored, EMPTY, snap([], { iran: note("Ask about sanctions") }));
    expect(after.ids).toEqual(["user-gas"]);
    expect(after.notes).toEqual({ iran: note("Ask about sanctions") });
  });

  it("notes typed in two tabs on two routes are both kept; a note removed in one goes", () => {
    const base: Snapshot = snap([], { iran: note("old") });
    let stored = none([], { iran: note("old") });
    stored = write(stored, base, snap([], { iran: note("old"), russia: note("from A") }));
    stored = write(stored, base, snap([], {}));
    expect(stored.notes).toEqual({ russia: note("from A") });
  });

  it("a route deleted in one tab stays deleted when the other tab, which did not touch it, saves", () => {
    const a = route("user-a");
    const b = route("user-b");
    const base: Snapshot = snap([a, b], {});
    let stored = none(["user-a", "user-b"]);
    stored = write(stored, base, snap([b], {})); // tab 1 deletes a
    stored = write(stored, base, snap([a, { ...b, name: "renamed" }], {})); // tab 2 renames b
    expect(stored.ids).toEqual(["user-b"]);
  });

  it("a tab shown another tab's save adopts it, keeping its own unwritten edits", () => {
    const a = route("user-a");
    const b = route("user-b");
    const base: Snapshot = snap([a, b], { iran: note("base") });
    const renamedHere = { ...a, name: "mine" };
    const local: Snapshot = snap([renamedHere, b], { iran: note("typing") });
    const remote: Snapshot = snap([a, route("user-c")], { iran: note("theirs"), russia: note("new") });
    const got = adoptRemote(base, local, remote);
    // b was deleted there and not touched here: gone. c is new there: shown. a was edited here: kept.
    expect(got.routes.map((r) => [r.id, r.name])).toEqual([
      ["user-a", "mine"],
      ["user-c", "user-c"],
    ]);
    expect(got.notes).toEqual({ iran: note("typing"), russia: note("new") });
  });

  it("a note keyed __proto__ stays a note, and no object's prototype changes", () => {
    const got = applyChanges(none(), {
      routes: [],
      removed: [],
      notes: [["__proto__", note("x")]],
      slides: [],
      deck: null,
    });
    expect(Object.hasOwn(got.notes, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(got.notes)).toBe(Object.prototype);
  });

  it("slides made in two tabs are both kept; one removed in a tab goes; the latest deck order wins", () => {
    const a = slide("mine-a");
    let stored = write(none(), EMPTY, snap([], {}, { "mine-a": a }));
    const base = snap([], {}, { "mine-a": a });
    // Tab 1 adds a slide; tab 2, which knew only "a", retitles it and reorders the deck.
    stored = write(stored, base, snap([], {}, { "mine-a": a, "mine-b": slide("mine-b") }));
    const order = { order: ["mine-a", "title"], hidden: ["context"] };
    stored = write(stored, base, snap([], {}, { "mine-a": { ...a, title: "Renamed" } }, order));
    expect(Object.keys(stored.slides).sort()).toEqual(["mine-a", "mine-b"]);
    expect((stored.slides["mine-a"] as TeacherSlide).title).toBe("Renamed");
    expect(stored.deck).toEqual(order);
    // Tab 1 deletes "b" (it never touched the order: the order stays tab 2's).
    stored = write(stored, snap([], {}, { "mine-a": a, "mine-b": slide("mine-b") }), snap([], {}, { "mine-a": a }));
    expect(Object.keys(stored.slides)).toEqual(["mine-a"]);
    expect(stored.deck).toEqual(order);
  });

  it("deck edits equal in value are no change (a read from storage makes new objects)", () => {
    const c = changesSince(
      snap([], {}, {}, { order: ["a"], hidden: [] }),
      snap([], {}, {}, { order: ["a"], hidden: [] }),
    );
    expect(c.deck).toBeNull();
    const d = changesSince(
      snap([], {}, {}, { order: ["a"], hidden: [] }),
      snap([], {}, {}, { order: ["a"], hidden: ["a"] }),
    );
    expect(d.deck).toEqual({ order: ["a"], hidden: ["a"] });
  });
});
