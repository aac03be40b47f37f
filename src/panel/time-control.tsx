import { useEffect, useRef, useState } from "react";
import type { Content } from "../content/schema";
import { labelledTicks, type TimelineStep, tickPositions } from "../content/timeline";
import type { Action } from "../state/app-state";
import { MONTHS } from "./format";

/** A tick's label under the slider, in two short lines: ["Nov", "1997"], ["", "2009"], ["Today", "(2023)"]. */
function tickLabel(step: TimelineStep, todayYear: number): [string, string] {
  if (step.date === "today") return [step.label, `(${todayYear})`];
  const [y, m] = step.date.split("-").map(Number);
  return [m === undefined ? "" : MONTHS[m - 1].slice(0, 3), String(y)];
}

type Props = {
  content: Content;
  /** The latest year our sources reach: what "Today" shows. */
  todayYear: number;
  step: TimelineStep;
  byCapacity: boolean;
  dispatch(action: Action): void;
};

/** A tick label's width in px, with room between neighbours. */
const TICK_LABEL_PX = 52;
/** The slider's resolution: positions are in thousandths of the time span. */
const SLIDER_MAX = 1000;

/**
 * The time lens: a slider over the dates that changed the map, from the article's date to
 * today, its stops spaced by time (arrow keys, Page Up and Down step from date to date, Home and
 * End go to the ends), and the line-width switch.
 */
export function TimeControl({ content, todayYear, step, byCapacity, dispatch }: Props) {
  const steps = content.timeline;
  const index = steps.indexOf(step);
  const positions = tickPositions(steps, todayYear);
  const track = useRef<HTMLOListElement>(null);
  const [trackPx, setTrackPx] = useState(600);
  useEffect(() => {
    const el = track.current;
    if (!el) return;
    const seen = new ResizeObserver(() => setTrackPx(el.clientWidth || 600));
    seen.observe(el);
    return () => seen.disconnect();
  }, []);
  const labelled = labelledTicks(positions, index, TICK_LABEL_PX / Math.max(1, trackPx));
  const go = (i: number) => {
    const to = Math.max(0, Math.min(steps.length - 1, i));
    if (to !== index) dispatch({ type: "set-date", date: steps[to].id });
  };
  // A position on the track goes to the nearest date.
  const nearest = (value: number) => {
    let best = 0;
    positions.forEach((p, i) => {
      if (Math.abs(p * SLIDER_MAX - value) < Math.abs(positions[best] * SLIDER_MAX - value)) best = i;
    });
    return best;
  };
  const now = step.date === "today" ? `${step.label} (sources reach ${todayYear})` : step.label;
  return (
    <section className="time-control" aria-labelledby="time-label">
      <div className="time-main">
        <label id="time-label" htmlFor="time-slider" className="time-label">
          Date shown
        </label>
        {/* Plain text, not a live region: the slider's value text already speaks each change. */}
        <p className="time-now" data-testid="time-now">
          <strong>{now}</strong>: {step.event}
        </p>
      </div>
      <div className="time-track">
        <input
          id="time-slider"
          type="range"
          min={0}
          max={SLIDER_MAX}
          step={1}
          value={Math.round(positions[index] * SLIDER_MAX)}
          aria-valuetext={`${now}: ${step.event}`}
          onChange={(e) => go(nearest(Number(e.currentTarget.value)))}
          onKeyDown={(e) => {
            // Keys step from date to date, not by a thousandth of the span.
            const to = {
              ArrowRight: index + 1,
              ArrowUp: index + 1,
              PageUp: index + 1,
              ArrowLeft: index - 1,
              ArrowDown: index - 1,
              PageDown: index - 1,
              Home: 0,
              End: steps.length - 1,
            }[e.key];
            if (to === undefined) return;
            e.preventDefault();
            go(to);
          }}
        />
        <ol ref={track} className="time-ticks" aria-hidden="true">
          {steps.map((s, i) => {
            const [month, year] = tickLabel(s, todayYear);
            const classes = [i === index ? "is-current" : "", labelled[i] ? "" : "is-quiet"].filter(Boolean).join(" ");
            return (
              <li key={s.id} className={classes || undefined} style={{ "--at": positions[i] } as React.CSSProperties}>
                <span>{month}</span>
                <span>{year}</span>
              </li>
            );
          })}
        </ol>
      </div>
      <label className="capacity-switch">
        <input type="checkbox" checked={byCapacity} onChange={() => dispatch({ type: "toggle-capacity" })} />
        Line width shows capacity
      </label>
    </section>
  );
}

/**
 * Over the map whenever it shows a date after the article, so hindsight never passes for the
 * article's own picture. The button goes back to the article's date.
 */
export function LaterBanner({
  step,
  article,
  onBack,
}: {
  step: TimelineStep;
  /** The article's own step, which the button returns to. */
  article: TimelineStep;
  /** Absent in presentation mode, where slides set the date. */
  onBack?: () => void;
}) {
  const when = step.date === "today" ? "today" : step.label;
  return (
    <div className="date-banner" data-map-overlay data-testid="date-banner">
      <p>
        <span className="banner-long">Showing {when} — after the article</span>
        {/* A slide's narrow map in a small window: the date and "later" alone (styles.css). */}
        <span className="banner-short">{when.charAt(0).toUpperCase() + when.slice(1)} (later)</span>
      </p>
      {onBack && (
        <button type="button" onClick={onBack}>
          Back to {article.label}
        </button>
      )}
    </div>
  );
}
