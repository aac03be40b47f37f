import { describe, expect, it } from "vitest";
import { readLesson, writeLesson } from "../../src/lesson/lesson-file";
import { fragmentLesson, lessonFragment, lessonFromFragment, MAX_LINK_BYTES } from "../../src/lesson/lesson-link";
import { mergeLesson } from "../../src/lesson/merge-lesson";
import type { Saved } from "../../src/store/user-route";
import { BUILT_IN, lesson, route, slide } from "../corpus/lesson-cases";

const read = (v: unknown): Saved => {
  const got = readLesson(JSON.stringify(v), BUILT_IN);
  if (!got.ok) throw new Error(got.message);
  return got.lesson;
};

describe("a lesson in a link", () => {
  it("goes into the fragment and comes back as the same text", async () => {
    const text = writeLesson(read(lesson()));
    const { fragment, bytes } = await lessonFragment(text);
    expect(bytes).toBeLessThan(MAX_LINK_BYTES);
    const value = fragmentLesson(`#${fragment}`);
    expect(value).not.toBeNull();
    expect(await lessonFromFragment(value ?? "")).toEqual({ text });
  });

  it("says so, in plain words, when the link is damaged or would expand past its limit", async () => {
    expect(await lessonFromFragment("not*base64")).toMatchObject({ problem: expect.stringMatching(/damaged/) });
    const { fragment } = await lessonFragment("x");
    expect(await lessonFromFragment(fragment.slice(7, -1))).toMatchObject({ problem: expect.any(String) });
    const bomb = await lessonFragment(" ".repeat(3 * 1024 * 1024));
    expect(bomb.bytes).toBeLessThan(MAX_LINK_BYTES);
    expect(await lessonFromFragment(bomb.fragment.slice(7))).toEqual({
      problem: "The lesson in this link is larger than a link may carry, so it was not opened.",
    });
    expect(fragmentLesson("#other=1")).toBeNull();
  });
});

describe("merging a lesson into the one here", () => {
  it("adds new routes and slides, keeps one already here once, copies a different one with the same id, keeps the teacher's notes", () => {
    const here = read(lesson({ routes: [route("user-gas")], slides: [slide("mine-a")] }));
    const other = read(
      lesson({
        routes: [route("user-gas"), route("user-oil", "Oil line")],
        notes: { iran: { text: "Theirs", updated: "" }, "user-oil": { text: "On oil", updated: "" } },
        slides: [slide("mine-a", "Their slide"), slide("mine-b")],
      }),
    );
    const { lesson: merged, message } = mergeLesson(here, other, BUILT_IN);
    expect(merged.routes.map((r) => r.id)).toEqual(["user-gas", "user-oil"]);
    expect(merged.notes.iran.text).toBe("Ask about sanctions");
    expect(merged.notes["user-oil"].text).toBe("On oil");
    expect(Object.keys(merged.slides).sort()).toEqual(["mine-a", "mine-a-2", "mine-b"]);
    expect(merged.slides["mine-a"].title).toBe("Where the pipelines meet");
    expect(merged.deck).toEqual(here.deck);
    expect(message).toMatch(/1 route added\. 1 route was here already\. 2 slides added at the end\./);

    const changed = read(lesson({ routes: [{ ...route("user-gas"), name: "Other gas" }], slides: [] }));
    const again = mergeLesson(here, changed, BUILT_IN).lesson;
    expect(again.routes.map((r) => r.name)).toEqual(["Gas line", "Other gas"]);
    expect(new Set(again.routes.map((r) => r.id)).size).toBe(2);
  });
});
