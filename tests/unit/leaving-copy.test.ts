import { describe, expect, it } from "vitest";
import {
  COPY_MAX_CHARS,
  forgetCopies,
  keepCopy,
  mergedUpTo,
  type Pending,
  readCopies,
} from "../../src/store/leaving-copy";

/** localStorage's interface over a Map; `full` makes every write throw as a full store does. */
function memoryStorage(full = false): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException("full", "QuotaExceededError");
      m.set(k, String(v));
    },
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

const note: Pending = { ids: [], removed: [], notes: [["caucasus", { text: "typed last", updated: "x" }]] };
const route = { id: "my-line", name: "My line", geometry: { type: "LineString", coordinates: [[50, 45]] } };

describe("the copy a page keeps in localStorage as it is left", () => {
  it("is read back with the route records it carries", () => {
    const s = memoryStorage();
    keepCopy(s, "pending-001", { ...note, ids: ["my-line"] }, [route]);
    const { entries, damaged } = readCopies(s);
    expect(damaged).toEqual([]);
    expect(entries).toEqual([
      {
        key: "pending-001",
        pending: { ...note, ids: ["my-line"], slides: undefined, deck: undefined },
        routes: [["my-line", route]],
      },
    ]);
  });

  it("too large for localStorage, it keeps the notes and leaves the routes to the database", () => {
    const s = memoryStorage();
    const big = { ...route, geometry: { type: "LineString", coordinates: [["x".repeat(COPY_MAX_CHARS)]] } };
    keepCopy(s, "pending-002", { ...note, ids: ["my-line"] }, [big]);
    const [entry] = readCopies(s).entries;
    expect(entry.routes).toEqual([]);
    expect(entry.pending.ids).toEqual([]);
    expect(entry.pending.notes).toEqual(note.notes);
  });

  it("a full or missing store is no error", () => {
    expect(() => keepCopy(memoryStorage(true), "pending-003", note, [])).not.toThrow();
    expect(() => keepCopy(null, "pending-003", note, [])).not.toThrow();
    expect(readCopies(null).entries).toEqual([]);
  });

  it("a copy that cannot be read is kept as text, not dropped", () => {
    const s = memoryStorage();
    s.setItem("caspian-routes:left:pending-004", '{"ids": [');
    expect(readCopies(s).damaged).toEqual([["left-pending-004", '{"ids": [']]);
  });

  it("once merged, a copy is forgotten, and one seen late is never applied again", () => {
    const s = memoryStorage();
    keepCopy(s, "pending-005", note, []);
    const first = readCopies(s);
    forgetCopies(s, first.keys, "pending-005");
    expect(readCopies(s).entries).toEqual([]);
    // Another tab merged pending-006 from the database before this storage showed it.
    forgetCopies(s, [], "pending-006");
    keepCopy(s, "pending-006", note, []);
    const late = readCopies(s);
    expect(late.entries).toEqual([]);
    expect(late.keys).toEqual(["caspian-routes:left:pending-006"]);
    // Newer copies still count.
    keepCopy(s, "pending-007", note, []);
    expect(readCopies(s).entries.map((e) => e.key)).toEqual(["pending-007"]);
  });

  it("leaves other keys of the origin alone", () => {
    const s = memoryStorage();
    s.setItem("someone-else", "1");
    keepCopy(s, "pending-008", note, []);
    forgetCopies(s, readCopies(s).keys, "pending-008");
    expect(s.getItem("someone-else")).toBe("1");
  });
});

describe("the watermark", () => {
  it("says which keys have been merged", () => {
    const s = memoryStorage();
    expect(mergedUpTo(s)).toBe("");
    forgetCopies(s, [], "pending-009");
    expect(mergedUpTo(s)).toBe("pending-009");
    // Never goes back.
    forgetCopies(s, [], "pending-001");
    expect(mergedUpTo(s)).toBe("pending-009");
  });
});
