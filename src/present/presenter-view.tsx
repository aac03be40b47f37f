import { lazy, Suspense, useEffect, useState } from "react";
import type { BuiltData, Content, Slide } from "../content/schema";
import { stepDay } from "../content/timeline";
import type { Action, AppState } from "../state/app-state";
import { formatParagraphs, isRevealed, routeBounds, slideBounds, slideStep, slideSteps, slideVisible } from "./deck";

const StaticMap = lazy(() => import("../map/static-map"));

type Props = {
  content: Content;
  data: BuiltData;
  /** The slides, with one for each imported route. */
  deck: readonly Slide[];
  state: Pick<AppState, "deck" | "blank" | "userRoutes">;
  /** The projected window has left the presentation (or closed). */
  ended: boolean;
  /** The projected window never answered: this browser keeps the two windows apart. */
  unreachable: boolean;
  basemapUrl: string;
  dispatch(action: Action): void;
};

/**
 * A still picture of a slide's map, drawn as SVG from the same data: the teacher sees what the
 * class sees (and what comes next) without a second live map flying in this window.
 */
function SlidePicture({
  content,
  data,
  slide,
  state,
  basemapUrl,
  label,
}: Pick<Props, "content" | "data" | "state" | "basemapUrl"> & { slide: Slide; label: string }) {
  const ids = [...content.routes.map((r) => r.id), ...state.userRoutes.map((r) => r.id)];
  const boundsOf = (id: string) => routeBounds(id, data, content, state.userRoutes);
  return (
    <figure className="presenter-picture" aria-label={label}>
      <Suspense fallback={<div className="presenter-picture-wait" />}>
        <StaticMap
          data={data}
          content={content}
          basemapUrl={basemapUrl}
          visible={slideVisible(slide, ids)}
          lens={{ day: stepDay(slideStep(slide, content)), byCapacity: false }}
          userRoutes={state.userRoutes}
          selected={slide.highlight}
          hovered={null}
          bbox={slideBounds(slide, boundsOf)}
          onSelect={() => undefined}
        />
      </Suspense>
    </figure>
  );
}

function useElapsed(): [string, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return [text, () => setStart(Date.now())];
}

/**
 * The teacher's second window: the current slide's notes and questions, what comes next, the
 * time, and the controls. It moves the projected window through the shared channel; the
 * projected window never shows any of this.
 */
export default function PresenterView({ content, data, deck, state, ended, unreachable, basemapUrl, dispatch }: Props) {
  const { slide, step } = state.deck;
  const s = deck[slide];
  const next = deck[slide + 1];
  const steps = slideSteps(deck)[slide] ?? 1;
  const pendingReveal = !isRevealed(s, step);
  const route = s.reveal ? (content.routes.find((r) => r.id === s.highlight) ?? null) : null;
  // A teacher's slide reveals the teacher's answer; the article's, the route's obstacle.
  const answer = s.reveal ? (s.answer?.trim() ? s.answer : (route?.article.obstacle ?? null)) : null;
  const hiddenThing = s.answer?.trim() ? "answer" : "obstacle";
  const [elapsed, resetClock] = useElapsed();
  return (
    <div className="presenter">
      <header className="presenter-head">
        <h1>Presenter view</h1>
        <p className="presenter-progress">
          Slide {slide + 1} of {deck.length}
        </p>
        <p className="presenter-clock">
          Elapsed <time>{elapsed}</time>{" "}
          <button type="button" onClick={resetClock}>
            Reset
          </button>
        </p>
      </header>
      {unreachable && !ended && (
        <p className="presenter-ended" role="status">
          This window cannot reach the presentation window: this browser keeps them apart (some browsers do for an app
          opened from a file). Move the slides in the presentation window itself; this one will not follow.
        </p>
      )}
      {ended && (
        <p className="presenter-ended" role="status">
          Presentation ended: the projected window has left the slides.{" "}
          <button type="button" onClick={() => window.close()}>
            Close this window
          </button>
        </p>
      )}
      <main className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <p className="kind-tag">Now showing{state.blank ? " (screen blanked)" : ""}</p>
          <h2 id="presenter-current-title">{s.title}</h2>
          {s.reveal && (
            <p className="presenter-step">
              {pendingReveal
                ? `Reveal 0 of ${steps - 1}: ${hiddenThing} hidden, students predict`
                : `Reveal ${step} of ${steps - 1}: ${hiddenThing} revealed`}
            </p>
          )}
          <SlidePicture
            content={content}
            data={data}
            slide={s}
            state={state}
            basemapUrl={basemapUrl}
            label={`The map the class sees now: ${s.title}`}
          />
          <p className="presenter-caption">{s.caption}</p>
          {s.paragraphs.length > 0 && <p className="slide-cite">{formatParagraphs(s.paragraphs)}</p>}
          {answer && (
            <p className="presenter-answer">
              <strong>{pendingReveal ? "The answer, still hidden on screen:" : "Revealed:"}</strong> {answer}
            </p>
          )}
        </section>
        <section className="presenter-notes" aria-labelledby="presenter-notes-title">
          <h2 id="presenter-notes-title">Notes</h2>
          {s.kind === "teacher" && <p className="teacher-banner">Added by you: not in the article</p>}
          <p>{s.notes || "No notes for this slide."}</p>
          {s.questions.length > 0 && (
            <>
              <h3>Questions for the class</h3>
              <ol>
                {s.questions.map((q, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a teacher may write the same question twice
                  <li key={`${i}-${q}`}>{q}</li>
                ))}
              </ol>
            </>
          )}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">Next</h2>
          <p className="presenter-next-title">
            {pendingReveal
              ? s.answer?.trim()
                ? "Reveal: your answer"
                : "Reveal: the obstacle the article names"
              : next
                ? next.title
                : "End of the slides"}
          </p>
          {!pendingReveal && next && (
            <SlidePicture
              content={content}
              data={data}
              slide={next}
              state={state}
              basemapUrl={basemapUrl}
              label={`The next slide's map: ${next.title}`}
            />
          )}
        </section>
      </main>
      <nav className="presenter-controls" aria-label="Slide controls">
        <button type="button" onClick={() => dispatch({ type: "prev" })}>
          Previous
        </button>
        <button type="button" onClick={() => dispatch({ type: "next" })}>
          Next
        </button>
        <button type="button" aria-pressed={state.blank} onClick={() => dispatch({ type: "toggle-blank" })}>
          {state.blank ? "Show the screen" : "Blank the screen"}
        </button>
        <label>
          Go to{" "}
          <select value={slide} onChange={(e) => dispatch({ type: "goto", slide: Number(e.target.value) })}>
            {deck.map((d, i) => (
              <option key={d.id} value={i}>
                {i + 1}. {d.title}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </div>
  );
}
