import { useEffect, useRef, useState } from "react";
import { download } from "../export/picture";
import { readLessonInWorker } from "../import/import-client";
import type { Saved } from "../store/user-route";
import { readLesson, writeLesson } from "./lesson-file";
import { lessonFragment, lessonFromFragment, MAX_LINK_BYTES } from "./lesson-link";
import { countLesson, describeCount, mergeLesson } from "./merge-lesson";

type Props = {
  /** The lesson here now: what the teacher made. */
  lesson: Saved;
  /** The app's own route ids (notes and slides may name them). */
  builtIn: readonly string[];
  /** A lesson brought by a link's fragment, still to be read (its "lesson=" value). */
  fromLink: string | null;
  /** A lesson read already (the one this app file carries), to offer as a link's is. */
  offered?: Saved;
  /** Puts a lesson in place of the one here (merged already, if the teacher chose to merge). */
  onOpen(lesson: Saved, message: string): void;
  onClose(): void;
};

/** The file name a saved lesson gets: the day it was saved, so a teacher can tell them apart. */
const fileName = () => `caspian-routes-lesson-${new Date().toISOString().slice(0, 10)}.json`;

type Opened = { lesson: Saved; from: string };

/**
 * Save the lesson as one file, share a small one as a link, or open a lesson file (or the one a
 * link brought). Opening never replaces what is here unasked: the teacher chooses to add it to
 * this lesson or to replace this lesson, and sees first what each choice means.
 */
export default function LessonDialog({ lesson, builtIn, fromLink, offered, onOpen, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState<{ url: string } | { tooBig: number } | null>(null);
  const [reading, setReading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(offered ? { lesson: offered, from: "this file" } : null);
  const [said, setSaid] = useState("");
  const choice = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  useEffect(() => {
    if (opened) choice.current?.focus();
  }, [opened]);
  // A lesson from a link: read here (it is small), with the same checks as a file.
  useEffect(() => {
    if (fromLink === null) return;
    let live = true;
    void lessonFromFragment(fromLink).then((got) => {
      if (!live) return;
      if ("problem" in got) {
        setRefusal(got.problem);
        return;
      }
      const read = readLesson(got.text, builtIn);
      if (read.ok) setOpened({ lesson: read.lesson, from: "the link you opened" });
      else setRefusal(`The lesson in this link could not be opened: ${read.message}`);
    });
    return () => {
      live = false;
    };
  }, [fromLink, builtIn]);

  const here = countLesson(lesson);
  const empty = here.routes + here.notes + here.slides === 0 && !here.edits;

  const save = () => {
    const name = fileName();
    download(new Blob([writeLesson(lesson)], { type: "application/json" }), name);
    setSaid(`Saved ${describeCount(here)} as ${name}.`);
  };

  const makeLink = async () => {
    const { fragment, bytes } = await lessonFragment(writeLesson(lesson));
    if (bytes > MAX_LINK_BYTES) {
      setLink({ tooBig: bytes });
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
    setLink({ url });
  };

  const openFile = async (file: File) => {
    setRefusal(null);
    setOpened(null);
    setReading(true);
    try {
      const got = await readLessonInWorker(await file.arrayBuffer(), builtIn);
      if (got.ok) setOpened({ lesson: got.lesson, from: `“${file.name}”` });
      else setRefusal(`“${file.name}” could not be opened: ${got.message}`);
    } catch (e) {
      setRefusal(`“${file.name}” could not be read (${String((e as Error)?.message ?? e)}).`);
    } finally {
      setReading(false);
    }
  };

  const theirs = opened ? countLesson(opened.lesson) : null;
  return (
    <dialog
      ref={dialog}
      className="export-dialog lesson-dialog"
      aria-labelledby="lesson-title"
      onClose={onClose}
      data-testid="lesson-dialog"
    >
      <header className="table-head">
        <h2 id="lesson-title">Lesson</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> lesson</span>
        </button>
      </header>
      <div className="export-body">
        {opened && theirs ? (
          <section aria-labelledby="lesson-choice">
            <h3 id="lesson-choice" ref={choice} tabIndex={-1}>
              Open the lesson from {opened.from}
            </h3>
            <p>
              It holds {describeCount(theirs, "its own slide order")}. Here you have {describeCount(here)}.
            </p>
            <ul className="lesson-choices">
              <li>
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    const merged = mergeLesson(lesson, opened.lesson, builtIn);
                    onOpen(merged.lesson, `Lesson added to yours. ${merged.message}`);
                  }}
                >
                  Add it to this lesson
                </button>
                <p>
                  Its routes, notes and slides join yours. Nothing of yours is removed or changed: where you already
                  wrote a note on a route, yours is kept; your slide order stays, and its slides go at the end.
                </p>
              </li>
              <li>
                <button
                  type="button"
                  className={empty ? "primary" : "danger"}
                  onClick={() => onOpen(opened.lesson, `Lesson opened: ${describeCount(theirs, "its slide order")}.`)}
                >
                  Replace this lesson with it
                </button>
                <p>
                  {empty
                    ? "You have made nothing here yet, so nothing is lost."
                    : `Your ${describeCount(here)} are removed from this browser and the lesson's take their place. Save your lesson first if you may want it back.`}
                </p>
                {!empty && (
                  <button type="button" onClick={save}>
                    Save my lesson first
                  </button>
                )}
              </li>
              <li>
                <button type="button" onClick={() => dialog.current?.close()}>
                  Cancel: open nothing
                </button>
              </li>
            </ul>
          </section>
        ) : (
          <>
            <section aria-labelledby="lesson-save">
              <h3 id="lesson-save">Save this lesson</h3>
              <p>
                One file with everything you made: {describeCount(here)}. Open it on another computer, or send it to a
                colleague. The article's own content is always in the app.
              </p>
              <button type="button" className="primary" onClick={save}>
                Save lesson file
              </button>{" "}
              <button type="button" onClick={() => void makeLink()}>
                Share as a link
              </button>
              {link && "url" in link && (
                <div className="lesson-link">
                  <label htmlFor="lesson-link">Link to this lesson (the lesson travels inside it, to no server)</label>
                  <input id="lesson-link" readOnly value={link.url} onFocus={(e) => e.target.select()} />
                  <button
                    type="button"
                    onClick={() =>
                      void navigator.clipboard
                        ?.writeText(link.url)
                        .then(() => setSaid("Link copied."))
                        .catch(() => setSaid("Copy the link from the box above."))
                    }
                  >
                    Copy link
                  </button>
                </div>
              )}
              {link && "tooBig" in link && (
                <p className="refusal" role="alert">
                  This lesson is {Math.ceil(link.tooBig / 1024)} KB even compressed, too large for a link (up to{" "}
                  {MAX_LINK_BYTES / 1024} KB). Save it as a file and send the file instead.
                </p>
              )}
            </section>
            <section aria-labelledby="lesson-open">
              <h3 id="lesson-open">Open a lesson</h3>
              <label className="file-pick">
                Choose a lesson file (.json)
                <input
                  type="file"
                  accept=".json,application/json"
                  disabled={reading}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = "";
                    if (file) void openFile(file);
                  }}
                />
              </label>
              {reading && <p role="status">Reading the lesson…</p>}
            </section>
          </>
        )}
        {refusal && (
          <p className="refusal" role="alert">
            {refusal}
          </p>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {said}
        </p>
      </div>
    </dialog>
  );
}
