import { useEffect, useId, useRef, useState } from "react";
import type { Content } from "../content/schema";
import type { RouteEntry } from "../panel/route-entry";
import type { Action } from "../state/app-state";
import { LIMITS } from "../store/saved-format";
import type { TeacherSlide } from "../store/user-route";
import type { LessonSlide } from "./deck";

type Props = {
  content: Pick<Content, "timeline">;
  /** Every slide of the lesson, in order, hidden ones too. */
  lesson: readonly LessonSlide[];
  /** The teacher's own slides, by id (what the edit forms change). */
  slides: Readonly<Record<string, TeacherSlide>>;
  routes: readonly RouteEntry[];
  /** Whether the teacher has changed the order or hidden a slide. */
  customised: boolean;
  /** A slide to open for editing at once (one just added). */
  editing: string | null;
  /** Adds the map's current view as a new slide; returns its id. */
  onAddView(): string;
  /** The map's current view, for "Use the map's view now" on a slide of one's own. */
  currentView(): Pick<TeacherSlide, "bounds" | "visible" | "highlight" | "date">;
  dispatch(action: Action): void;
  onClose(): void;
};

/** Where a slide comes from, in the words the list shows. */
function origin(s: LessonSlide): string {
  if (s.mine) return "Added by your teacher: not in the article";
  if (s.slide.kind === "teacher") return "Your added route: not in the article";
  return "From the article";
}

/**
 * The slide editor: the lesson's slides in order, to reorder (drag, or Move up / Move down),
 * hide from the presentation, and, for the teacher's own slides, edit or delete. The article's
 * slides can be hidden and moved, never rewritten. "Add this view as a slide" captures the map.
 */
export default function SlideEditor({
  content,
  lesson,
  slides,
  routes,
  customised,
  editing,
  onAddView,
  currentView,
  dispatch,
  onClose,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<string | null>(editing);
  const [said, setSaid] = useState("");
  const [dragged, setDragged] = useState<string | null>(null);
  // The control to focus after the list re-renders (a moved row, a new slide's title).
  const focusNext = useRef<string | null>(editing ? `slide-title-${editing}` : null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  useEffect(() => {
    if (!focusNext.current) return;
    const target = document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
  });
  const shownCount = lesson.filter((s) => !s.hidden).length;
  const nameOf = (id: string) => routes.find((r) => r.id === id)?.name ?? null;
  const move = (s: LessonSlide, to: number, control: string) => {
    dispatch({ type: "move-slide", id: s.slide.id, to });
    focusNext.current = control;
    setSaid(`Moved “${s.slide.title}” to position ${to + 1} of ${lesson.length}.`);
  };
  return (
    <dialog
      ref={dialog}
      className="export-dialog slide-editor"
      aria-labelledby="slide-editor-title"
      onClose={onClose}
      data-testid="slide-editor"
    >
      <header className="table-head">
        <h2 id="slide-editor-title">Slides of this lesson</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> the slide editor</span>
        </button>
      </header>
      <div className="export-body">
        <p className="editor-intro">
          Drag a slide, or use its arrows, to change the order. Hidden slides are skipped when you present. The
          article's slides can be moved and hidden, never rewritten.
        </p>
        <p className="editor-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              const id = onAddView();
              setOpen(id);
              focusNext.current = `slide-title-${id}`;
              setSaid("Added the map's view as a new slide. Give it a title and a caption.");
            }}
          >
            Add this view as a slide
          </button>{" "}
          <button
            type="button"
            disabled={!customised}
            onClick={() => {
              dispatch({ type: "reset-deck" });
              setSaid("The usual order restored, and every slide shown again.");
            }}
          >
            Restore the usual order
          </button>
        </p>
        <ol className="slide-list">
          {lesson.map((s, i) => {
            const id = s.slide.id;
            const mineSlide = slides[id];
            return (
              <li
                key={id}
                className={`slide-row${s.hidden ? " is-hidden" : ""}${dragged === id ? " is-dragged" : ""}`}
                draggable
                data-slide-id={id}
                onDragStart={(e) => {
                  setDragged(id);
                  e.dataTransfer.effectAllowed = "move";
                  e.dataTransfer.setData("text/plain", id);
                }}
                onDragEnd={() => setDragged(null)}
                onDragOver={(e) => {
                  if (!dragged) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = "move";
                }}
                onDrop={(e) => {
                  e.preventDefault();
                  const from = lesson.find((x) => x.slide.id === dragged);
                  setDragged(null);
                  if (from && from.slide.id !== id) move(from, i, `slide-up-${from.slide.id}`);
                }}
              >
                <div className="slide-row-head">
                  <span className="slide-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="slide-row-title">
                    <strong>{s.slide.title}</strong>
                    <span className={`slide-origin${s.mine || s.slide.kind === "teacher" ? " is-mine" : ""}`}>
                      {origin(s)}
                    </span>
                    {s.hidden && <span className="slide-hidden-tag">Hidden from the presentation</span>}
                  </span>
                  <span className="slide-row-controls">
                    <button
                      type="button"
                      id={`slide-up-${id}`}
                      aria-label={`Move “${s.slide.title}” up`}
                      disabled={i === 0}
                      onClick={() => move(s, i - 1, `slide-up-${id}`)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`slide-down-${id}`}
                      aria-label={`Move “${s.slide.title}” down`}
                      disabled={i === lesson.length - 1}
                      onClick={() => move(s, i + 1, `slide-down-${id}`)}
                    >
                      ↓
                    </button>
                    <label className="slide-shown">
                      <input
                        type="checkbox"
                        aria-label={`Shown: ${s.slide.title}`}
                        checked={!s.hidden}
                        // The presentation keeps at least one slide.
                        disabled={!s.hidden && shownCount <= 1}
                        onChange={(e) => {
                          dispatch({ type: "hide-slide", id, hidden: !e.target.checked });
                          setSaid(`“${s.slide.title}” ${e.target.checked ? "shown" : "hidden"} in the presentation.`);
                        }}
                      />{" "}
                      Shown
                    </label>
                    {mineSlide && (
                      <button
                        type="button"
                        aria-expanded={open === id}
                        aria-controls={`slide-form-${id}`}
                        onClick={() => setOpen(open === id ? null : id)}
                      >
                        Edit<span className="visually-hidden"> “{s.slide.title}”</span>
                      </button>
                    )}
                  </span>
                </div>
                {mineSlide && open === id && (
                  <SlideForm
                    slide={mineSlide}
                    content={content}
                    nameOf={nameOf}
                    currentView={currentView}
                    dispatch={dispatch}
                    onDeleted={() => {
                      setOpen(null);
                      setSaid(`Deleted “${mineSlide.title}”.`);
                      focusNext.current = "slide-editor-title";
                    }}
                    onSaid={setSaid}
                  />
                )}
              </li>
            );
          })}
        </ol>
        <p className="visually-hidden" role="status" aria-live="polite">
          {said}
        </p>
      </div>
    </dialog>
  );
}

/** The form for one of the teacher's own slides: every change is kept as it is typed. */
function SlideForm({
  slide,
  content,
  nameOf,
  currentView,
  dispatch,
  onDeleted,
  onSaid,
}: {
  slide: TeacherSlide;
  content: Pick<Content, "timeline">;
  nameOf(id: string): string | null;
  currentView: Props["currentView"];
  dispatch(action: Action): void;
  onDeleted(): void;
  onSaid(text: string): void;
}) {
  const uid = useId();
  // The title is kept as typed here: an empty title is not saved (the slide keeps its last one).
  const [title, setTitle] = useState(slide.title);
  const [confirming, setConfirming] = useState(false);
  const patch = (p: Partial<Omit<TeacherSlide, "id">>) => dispatch({ type: "update-slide", id: slide.id, patch: p });
  const questions = [0, 1, 2].map((i) => slide.questions[i] ?? "");
  const shown = slide.visible.map(nameOf).filter((n): n is string => n !== null);
  const date = content.timeline.find((t) => t.id === slide.date) ?? content.timeline[0];
  return (
    <div className="slide-form" id={`slide-form-${slide.id}`}>
      <label htmlFor={`slide-title-${slide.id}`}>Title</label>
      <input
        id={`slide-title-${slide.id}`}
        value={title}
        maxLength={LIMITS.slideTitle}
        required
        onChange={(e) => {
          setTitle(e.target.value);
          if (e.target.value.trim()) patch({ title: e.target.value });
        }}
        onBlur={() => setTitle(slide.title)}
      />
      <label htmlFor={`${uid}-caption`}>Caption (large, under the title)</label>
      <textarea
        id={`${uid}-caption`}
        rows={2}
        value={slide.caption}
        maxLength={LIMITS.caption}
        onChange={(e) => patch({ caption: e.target.value })}
      />
      <fieldset className="slide-questions">
        <legend>Discussion questions (shown in the presenter view)</legend>
        {questions.map((q, i) => (
          <input
            // biome-ignore lint/suspicious/noArrayIndexKey: three fixed places, one per question
            key={i}
            aria-label={`Question ${i + 1}`}
            value={q}
            maxLength={LIMITS.question}
            onChange={(e) => {
              const next = [...questions];
              next[i] = e.target.value;
              // Empty places at the end are not kept.
              while (next.length > 0 && next[next.length - 1].trim() === "") next.pop();
              patch({ questions: next });
            }}
          />
        ))}
      </fieldset>
      <label htmlFor={`${uid}-answer`}>Predict, then reveal: the answer (optional; Next reveals it)</label>
      <textarea
        id={`${uid}-answer`}
        rows={2}
        value={slide.answer}
        maxLength={LIMITS.obstacle}
        onChange={(e) => patch({ answer: e.target.value })}
      />
      <label htmlFor={`${uid}-notes`}>Speaker notes (only in the presenter view)</label>
      <textarea
        id={`${uid}-notes`}
        rows={3}
        value={slide.notes}
        maxLength={LIMITS.note}
        onChange={(e) => patch({ notes: e.target.value })}
      />
      <p className="slide-view-summary">
        Shows {shown.length > 0 ? shown.join(", ") : "no routes"}
        {slide.highlight && nameOf(slide.highlight) ? `, with ${nameOf(slide.highlight)} picked out` : ""}, as of{" "}
        {date.label}.
      </p>
      <p className="editor-actions">
        <button
          type="button"
          onClick={() => {
            patch(currentView());
            onSaid(`“${slide.title}” now shows the map's current view.`);
          }}
        >
          Use the map's view now
        </button>{" "}
        {confirming ? (
          <>
            <strong>Delete “{slide.title}” for good?</strong>{" "}
            <button
              type="button"
              className="danger"
              onClick={() => {
                dispatch({ type: "remove-slide", id: slide.id });
                onDeleted();
              }}
            >
              Yes, delete it
            </button>{" "}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete this slide
          </button>
        )}
      </p>
    </div>
  );
}
