import { describe, expect, it } from "vitest";
import { adoptRemote, applyChanges, changesSince, EMPTY, type Snapshot } from "../../src/store/merge";
import type { Note, UserRoute } from "../../src/store/user-route";

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

/** Storage as the merge sees it: the main record's ids and notes. */
const write = (stored: { ids: string[]; notes: Record<string, unknown> }, base: Snapshot, local: Snapshot) =>
  applyChanges(stored, changesSince(base, local));

describe("two tabs saving into one store", () => {
  it("a tab opened earlier writing a note keeps the route another tab added", () => {
    const gas = route("user-gas");
    // Tab A added the gas line: storage holds it.
    const stored = write({ ids: [], notes: {} }, EMPTY, { routes: [gas], notes: {} });
    expect(stored.ids).toEqual(["user-gas"]);
    // Tab B, opened before, knows nothing of it and types a note.
    const after = write(stored, EMPTY, { routes: [], notes: { iran: note("Ask about sanctions") } });
    expect(after.ids).toEqual(["user-gas"]);
    expect(after.notes).toEqual({ iran: note("Ask about sanctions") });
  });

  it("notes typed in two tabs on two routes are both kept; a note removed in one goes", () => {
    const base: Snapshot = { routes: [], notes: { iran: note("old") } };
    let stored = { ids: [] as string[], notes: { iran: note("old") } as Record<string, unknown> };
    stored = write(stored, base, { routes: [], notes: { iran: note("old"), russia: note("from A") } });
    stored = write(stored, base, { routes: [], notes: {} });
    expect(stored.notes).toEqual({ russia: note("from A") });
  });

  it("a route deleted in one tab stays deleted when the other tab, which did not touch it, saves", () => {
    const a = route("user-a");
    const b = route("user-b");
    const base: Snapshot = { routes: [a, b], notes: {} };
    let stored = { ids: ["user-a", "user-b"], notes: {} as Record<string, unknown> };
    stored = write(stored, base, { routes: [b], notes: {} }); // tab 1 deletes a
    stored = write(stored, base, { routes: [a, { ...b, name: "renamed" }], notes: {} }); // tab 2 renames b
    expect(stored.ids).toEqual(["user-b"]);
  });

  it("a tab shown another tab's save adopts it, keeping its own unwritten edits", () => {
    const a = route("user-a");
    const b = route("user-b");
    const base: Snapshot = { routes: [a, b], notes: { iran: note("base") } };
    const renamedHere = { ...a, name: "mine" };
    const local: Snapshot = { routes: [renamedHere, b], notes: { iran: note("typing") } };
    const remote: Snapshot = { routes: [a, route("user-c")], notes: { iran: note("theirs"), russia: note("new") } };
    const got = adoptRemote(base, local, remote);
    // b was deleted there and not touched here: gone. c is new there: shown. a was edited here: kept.
    expect(got.routes.map((r) => [r.id, r.name])).toEqual([
      ["user-a", "mine"],
      ["user-c", "user-c"],
    ]);
    expect(got.notes).toEqual({ iran: note("typing"), russia: note("new") });
  });

  it("a note keyed __proto__ stays a note, and no object's prototype changes", () => {
    const got = applyChanges({ ids: [], notes: {} }, { routes: [], removed: [], notes: [["__proto__", note("x")]] });
    expect(Object.hasOwn(got.notes, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(got.notes)).toBe(Object.prototype);
  });
});
