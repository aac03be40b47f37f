import { describe, expect, it } from "vitest";
import { asCopies } from "../../src/import/assemble";
import { notesFromFile } from "../../src/import/notes-from-file";

const note = (text: string) => ({ text, updated: "" });

describe("notes and routes that come back from a file", () => {
  it("restores a file's note only where the teacher has none, and says which were kept", () => {
    const got = notesFromFile(
      { iran: note("mine"), russia: note("same") },
      { iran: note("theirs"), russia: note("same"), caucasus: note("new") },
      new Set(),
    );
    expect(got.apply).toEqual([["caucasus", note("new")]]);
    expect(got.message).toBe(
      "A note from the file was restored. Where you had already written a note (1 route), yours was kept and the file's left out.",
    );
    // Nothing to restore, nothing kept: nothing said (the old message claimed "restored").
    expect(notesFromFile({ iran: note("same") }, { iran: note("same") }, new Set()).message).toBe("");
  });

  it("a route the file replaces takes the file's note", () => {
    const got = notesFromFile({ "user-gas": note("old") }, { "user-gas": note("from file") }, new Set(["user-gas"]));
    expect(got.apply).toEqual([["user-gas", note("from file")]]);
  });

  it("copies get ids of their own, lines included", () => {
    const route = {
      id: "user-gas",
      name: "Gas",
      colour: "#00796b",
      dash: "operating" as const,
      obstacle: "",
      fileName: "f",
      bounds: [0, 0, 1, 1] as [number, number, number, number],
      lines: [
        {
          id: "user-gas-1",
          name: null,
          coordinates: [
            [0, 0],
            [1, 1],
          ] as [number, number][],
          drawnKm: 1,
          countries: [],
        },
      ],
    };
    const [copy] = asCopies([route], new Set(["user-gas"]));
    expect(copy.id).toBe("user-gas-2");
    expect(copy.lines[0].id).toBe("user-gas-2-1");
  });
});
