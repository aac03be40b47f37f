/**
 * The one-file app can carry a lesson: "Download this lesson" saves the app's page with the
 * lesson file's text in a data block (a script element of type application/json, which no
 * browser runs and the page's policy need not allow). Opening that file offers the lesson.
 */
export const LESSON_BLOCK_ID = "caspian-lesson";

const BLOCK = new RegExp(`\\n?<script type="application/json" id="${LESSON_BLOCK_ID}">[\\s\\S]*?</script>`, "g");

/** The page with `lesson` (a lesson file's text) inside it, or with none; any earlier one goes. */
export function withLesson(html: string, lesson: string | null): string {
  const bare = html.replace(BLOCK, "");
  if (lesson === null) return bare;
  if (!bare.includes("</body>")) throw new Error("the app's page has no </body>");
  // "\u003c" is "<" to a JSON reader, so no "</script>" in a note can end the block early.
  const block = `<script type="application/json" id="${LESSON_BLOCK_ID}">${lesson.replaceAll("<", "\\u003c")}</script>`;
  const at = bare.lastIndexOf("</body>");
  return `${bare.slice(0, at)}\n${block}${bare.slice(at)}`;
}

/** The lesson text a page carries, or null. */
export function lessonInPage(doc: Pick<Document, "getElementById">): string | null {
  const el = doc.getElementById(LESSON_BLOCK_ID);
  return el?.textContent ?? null;
}
