import type { Content } from "../content/schema";
import type { TimelineStep } from "../content/timeline";
import type { Action } from "../state/app-state";
import { MONTHS } from "./format";

/** A tick's label under the slider, in two short lines: ["Nov", "1997"], ["", "2009"], ["", "Today"]. */
function tickLabel(step: TimelineStep): [string, string] {
  if (step.date === "today") return ["", step.label];
  const [y, m] = step.date.split("-").map(Number);
  return [m === undefined ? "" : MONTHS[m - 1].slice(0, 3), String(y)];
}

type Props = {
  content: Content;
  step: TimelineStep;
  byCapacity: boolean;
  dispatch(action: Action): void;
};

/**
 * The time lens: a slider over the dates that changed the map, from the article's date to
 * today (arrow keys, Home and End work as on any slider), and the line-width switch.
 */
export function TimeControl({ content, step, byCapacity, dispatch }: Props) {
  const steps = content.timeline;
  const index = steps.indexOf(step);
  return (
    <section className="time-control" aria-labelledby="time-label">
      <div className="time-main">
        <label id="time-label" htmlFor="time-slider" className="time-label">
          Date shown
        </label>
        {/* Plain text, not a live region: the slider's value text already speaks each change. */}
        <p className="time-now" data-testid="time-now">
          <strong>{step.label}</strong>: {step.event}
        </p>
      </div>
      <div className="time-track">
        <input
          id="time-slider"
          type="range"
          min={0}
          max={steps.length - 1}
          step={1}
          value={index}
          aria-valuetext={`${step.label}: ${step.event}`}
          onChange={(e) => dispatch({ type: "set-date", date: steps[Number(e.currentTarget.value)].id })}
        />
        <ol className="time-ticks" aria-hidden="true" style={{ "--steps": steps.length } as React.CSSProperties}>
          {steps.map((s, i) => {
            const [month, year] = tickLabel(s);
            return (
              <li
                key={s.id}
                className={i === index ? "is-current" : undefined}
                style={{ "--i": i } as React.CSSProperties}
              >
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
  return (
    <div className="date-banner" data-map-overlay-top data-testid="date-banner">
      <p>Showing {step.date === "today" ? "today" : step.label} — after the article</p>
      {onBack && (
        <button type="button" onClick={onBack}>
          Back to {article.label}
        </button>
      )}
    </div>
  );
}
