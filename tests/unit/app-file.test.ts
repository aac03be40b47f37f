import { describe, expect, it } from "vitest";
import { LESSON_BLOCK_ID, withLesson } from "../../src/platform/app-file";

const page =
  '<!doctype html>\n<html lang="en"><head><script type="module">go()</script></head><body><div id="root"></div></body></html>';
/** What a browser's parser would find in the data block: its text, read as JSON. */
const carried = (html: string) => {
  const m = new RegExp(`<script type="application/json" id="${LESSON_BLOCK_ID}">([\\s\\S]*?)</script>`).exec(html);
  return m ? JSON.parse(m[1]) : null;
};

describe("the app file carrying a lesson", () => {
  it("puts the lesson in a data block before </body>, and reads back the same value", () => {
    const lesson = JSON.stringify({ format: "caspian-routes-lesson", notes: { a: { text: "x" } } });
    const html = withLesson(page, lesson);
    expect(carried(html)).toEqual(JSON.parse(lesson));
    expect(html.indexOf(LESSON_BLOCK_ID)).toBeLessThan(html.indexOf("</body>"));
    // The app's own script is untouched (its hash is in the page's policy).
    expect(html).toContain('<script type="module">go()</script>');
  });

  it("a note with </script> in it cannot end the block early", () => {
    const lesson = JSON.stringify({ note: "</script><script>alert(1)</script>" });
    const html = withLesson(page, lesson);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(carried(html)).toEqual({ note: "</script><script>alert(1)</script>" });
  });

  it("replaces a lesson it already carries, and can take it out", () => {
    const one = withLesson(page, '{"n":1}');
    const two = withLesson(one, '{"n":2}');
    expect(carried(two)).toEqual({ n: 2 });
    expect(two.split(LESSON_BLOCK_ID)).toHaveLength(2);
    expect(withLesson(two, null)).toBe(page);
  });
});
