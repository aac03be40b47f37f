import { useRef } from "react";
import type { BuiltData, Content, Slide } from "../content/schema";
import { SlideLegend } from "../panel/legend";
import { Quote } from "../panel/quote";
import type { RouteEntry } from "../panel/route-entry";
import type { Action } from "../state/app-state";
import {
  epilogueChanges,
  formatParagraphs,
  groupChanges,
  isRevealed,
  needsWideMap,
  slideStep,
  slideVisible,
} from "./deck";
import { useFitText } from "./use-fit";

type Props = {
  content: Content;
  data: BuiltData;
  /** The slides, with one for each imported route. */
  deck: readonly Slide[];
  routes: readonly RouteEntry[];
  slide: number;
  step: number;
  dispatch(action: Action): void;
  onPresenterView(): void;
  onFullscreen(): void;
  onEditSlides(): void;
};

/** The bar across the top of the projected screen: slide title and progress. */
export function PresentBar({ deck, slide }: Pick<Props, "deck" | "slide">) {
  const s = deck[slide];
  const total = deck.length;
  return (
    <header className="present-bar">
      <h1 className="slide-title">{s.title}</h1>
      <p className="progress" aria-live="polite">
        Slide {slide + 1} of {total}
      </p>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Progress through the slides"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={slide + 1}
      >
        <div style={{ width: `${((slide + 1) / total) * 100}%` }} />
      </div>
    </header>
  );
}

/**
 * The caption side of a slide, beside the live map: our caption with its ¶ citations, any
 * quotation, the route's obstacle once revealed, the key, and controls for a mouse.
 */
export function PresentPanel({
  content,
  data,
  deck,
  routes,
  slide,
  step,
  dispatch,
  onPresenterView,
  onFullscreen,
  onEditSlides,
}: Props) {
  const s = deck[slide];
  const route = content.routes.find((r) => r.id === s.highlight) ?? null;
  const revealed = isRevealed(s, step);
  const routeIds = routes.map((r) => r.id);
  const box = useRef<HTMLElement>(null);
  const changed = epilogueChanges(deck, slide, content, data.lines.features);
  const statusName = (status: string | null) =>
    status ? content.statusLabels[status as keyof Content["statusLabels"]] : "Not yet planned";
  // A slide that frames the region keeps the map's width for the names at its ends: its words
  // widen less far (styles.css, .frames-region) before they shrink.
  const framesRegion = needsWideMap(s, content.view.maxBounds);
  // Everything on the slide shows at once: the text shrinks just enough when a slide says a lot.
  useFitText(box, `${s.id}:${step}:${routes.length}`);
  return (
    <aside
      ref={box}
      className={`present-panel${framesRegion ? " frames-region" : ""}`}
      aria-label={`Slide ${slide + 1}: ${s.title}`}
      data-slide={s.id}
    >
      {s.later && <p className="later-banner">After 1997: later than the article</p>}
      {s.kind === "teacher" && <p className="teacher-banner">Added by your teacher: not in the article</p>}
      {s.caption && <p className="caption">{s.caption}</p>}
      {s.paragraphs.length > 0 && (
        <p className="slide-cite">
          <span className="para">{formatParagraphs(s.paragraphs)}</span> {content.article.outlet},{" "}
          {content.article.date}
        </p>
      )}
      {s.quote && <Quote quote={s.quote} content={content} />}
      {changed && changed.changes.length > 0 && (
        <section className="changes" aria-label={`What changed since ${changed.since.label}`}>
          <h2>What changed since {changed.since.label}</h2>
          <ul>
            {groupChanges(changed.changes).map((g) => (
              <li key={g.after ?? "none"}>
                <strong>Now {statusName(g.after).toLowerCase()}:</strong> {g.names.join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.reveal && !s.answer?.trim() && route && (
        <section className={`reveal${revealed ? " is-revealed" : ""}`} aria-live="polite" aria-label="The obstacle">
          {revealed ? (
            <>
              <h2>The obstacle the article names</h2>
              <p>{route.article.obstacle}</p>
              {route.article.quotes.map((q) => (
                <Quote key={`${q.paragraph}-${q.text}`} quote={q} content={content} cite={false} />
              ))}
            </>
          ) : (
            <p className="reveal-hint">Predict first. Next reveals the obstacle the article names.</p>
          )}
        </section>
      )}
      {s.reveal && s.answer?.trim() && (
        <section className={`reveal${revealed ? " is-revealed" : ""}`} aria-live="polite" aria-label="The answer">
          {revealed ? (
            <>
              <h2>Your teacher's answer</h2>
              <p>{s.answer}</p>
            </>
          ) : (
            <p className="reveal-hint">Predict first. Next reveals the answer.</p>
          )}
        </section>
      )}
      <SlideLegend
        content={content}
        data={data}
        step={slideStep(s, content)}
        byCapacity={false}
        routes={routes}
        visible={slideVisible(s, routeIds)}
      />
      <nav className="present-controls" aria-label="Slide controls">
        <button type="button" onClick={() => dispatch({ type: "prev" })} disabled={slide === 0 && step === 0}>
          Previous
        </button>
        <button
          type="button"
          onClick={() => dispatch({ type: "next" })}
          disabled={slide === deck.length - 1 && revealed}
        >
          Next
        </button>
        <button type="button" onClick={onPresenterView}>
          Presenter view
        </button>
        <button type="button" onClick={onFullscreen}>
          Full screen
        </button>
        <button type="button" onClick={onEditSlides} aria-haspopup="dialog">
          Edit slides
        </button>
        <button type="button" onClick={() => dispatch({ type: "exit-present" })}>
          Exit
        </button>
      </nav>
    </aside>
  );
}
