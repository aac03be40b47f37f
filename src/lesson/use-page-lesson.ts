import { useEffect, useRef } from "react";
import { readLessonInWorker } from "../import/import-client";
import { lessonInPage } from "../platform/app-file";
import type { Saved } from "../store/user-route";

/** Read once, as the page starts: a one-file app saved with "Download this lesson" carries one. */
const carried = typeof document === "undefined" ? null : lessonInPage(document);

const SEEN = "caspian-routes:page-lessons-seen";

/** A short fingerprint of the carried lesson (FNV-1a, 32 bits, with the length): not security. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}-${text.length.toString(36)}`;
}

/** Whether this browser has had this lesson offered or opened before; marks it so. */
function seenBefore(text: string): boolean {
  try {
    const seen: unknown = JSON.parse(localStorage.getItem(SEEN) ?? "[]");
    const list = Array.isArray(seen) ? seen.filter((s) => typeof s === "string") : [];
    const mark = fingerprint(text);
    if (list.includes(mark)) return true;
    localStorage.setItem(SEEN, JSON.stringify([...list, mark].slice(-50)));
  } catch {
    // No storage to remember in: the lesson is offered on each opening (never lost).
  }
  return false;
}

/**
 * The lesson inside this page, once storage has been read (to compare and merge with it): read in
 * the worker with a lesson file's checks, then opened at once when nothing is here yet, left alone
 * when it is what is here already, and otherwise offered with the choice to merge or replace.
 * Once only per browser: a student who reopens the file and has changed the lesson since is not
 * asked again each time.
 */
export function usePageLesson(
  ready: boolean,
  here: () => Saved,
  builtIn: readonly string[],
  handlers: { open(lesson: Saved, message: string): void; offer(lesson: Saved): void; say(text: string): void },
) {
  const done = useRef(false);
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!ready || carried === null || done.current) return;
    done.current = true;
    void Promise.all([import("./lesson-file"), import("./merge-lesson")]).then(async ([file, merge]) => {
      const read = await readLessonInWorker(new TextEncoder().encode(carried).buffer, builtIn).catch((e: Error) => ({
        ok: false as const,
        message: e.message,
      }));
      const { open, offer, say } = latest.current;
      if (!read.ok) {
        say(`The lesson inside this file could not be opened: ${read.message}`);
        return;
      }
      const mine = here();
      if (file.writeLesson(mine) === file.writeLesson(read.lesson) || seenBefore(carried)) return;
      const count = merge.countLesson(mine);
      if (count.routes + count.notes + count.slides === 0 && !count.edits)
        open(read.lesson, `This file brought its lesson: ${merge.describeCount(merge.countLesson(read.lesson))}.`);
      else offer(read.lesson);
    });
  }, [ready, here, builtIn]);
}
