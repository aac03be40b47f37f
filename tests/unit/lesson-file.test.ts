import { describe, expect, it } from "vitest";
import { readLesson, writeLesson } from "../../src/lesson/lesson-file";
import { BUILT_IN, LESSON_CASES, lesson } from "../corpus/lesson-cases";

describe("reading lesson files: the corpus", () => {
  for (const c of LESSON_CASES) {
    it(c.name, { timeout: 30_000 }, () => {
      const input = typeof c.input === "function" ? c.input() : c.input;
      const got = readLesson(input, BUILT_IN);
      if ("refused" in c) {
        expect(got.ok).toBe(false);
        if (!got.ok) expect(got.message).toMatch(c.refused);
      } else {
        expect(got.ok, got.ok ? "" : got.message).toBe(true);
        if (got.ok) {
          expect(got.lesson.routes).toHaveLength(c.routes);
          expect(Object.keys(got.lesson.slides)).toHaveLength(c.slides);
          expect(Object.keys(got.lesson.notes)).toHaveLength(c.notes);
        }
      }
    });
  }
});

describe("writing lesson files", () => {
  it("reads back what it wrote, and writing that again gives the same bytes", () => {
    const first = readLesson(JSON.stringify(lesson()), BUILT_IN);
    if (!first.ok) throw new Error(first.message);
    const text = writeLesson(first.lesson);
    const again = readLesson(text, BUILT_IN);
    if (!again.ok) throw new Error(again.message);
    expect(again.lesson).toEqual(first.lesson);
    expect(writeLesson(again.lesson)).toBe(text);
  });

  it("writes notes and slides in one order whatever order they were made in", () => {
    const a = readLesson(JSON.stringify(lesson()), BUILT_IN);
    if (!a.ok) throw new Error(a.message);
    const notes = { russia: { text: "b", updated: "" }, iran: { text: "a", updated: "" } };
    const reversed = { ...a.lesson, notes: { iran: notes.iran, russia: notes.russia } };
    expect(writeLesson({ ...a.lesson, notes })).toBe(writeLesson(reversed));
  });
});
