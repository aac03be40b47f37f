import type { BuiltData, Content } from "../content/schema";
import { isAfterArticle, statusPhrase, stepDay, type TimelineStep } from "../content/timeline";
import { arrowPath } from "../map/flow-arrows";
import { capacityWidthFactor, LINE_STYLES, stylesInUse } from "../map/line-styles";
import { LineSwatch } from "./line-swatch";
import type { RouteEntry } from "./route-entry";

type Props = {
  content: Content;
  data: BuiltData;
  /** Every route, built-in and imported. */
  routes: readonly RouteEntry[];
  /** The date the map shows: the key lists the styles in use on it. */
  step: TimelineStep;
  byCapacity: boolean;
  /** Given: list only these routes and the line styles their lines use (a slide's key). */
  visible?: Record<string, boolean>;
};

/** The key's words for the map's symbols, shared with the PNG export's key. */
export function symbolLabels(content: Pick<Content, "article">) {
  return {
    arrow: "Arrow: the way the oil flows",
    capital: "Capital in 1997",
    border: `Border, ${content.article.asOf}`,
  };
}

/** Sample capacities for the width key, in million tonnes a year. */
const WIDTH_SAMPLES = [5, 25, 65];

function LegendBody({ content, data, routes: all, step, byCapacity, visible }: Props) {
  const routes = all.filter((r) => !visible || visible[r.id]);
  const { styles, stopped } = stylesInUse(data.lines.features, visible, stepDay(step));
  const later = isAfterArticle(step, content.timeline);
  return (
    <div className="legend-body">
      {routes.length > 0 && (
        <div className="legend-routes">
          <h3>Routes</h3>
          <ul>
            {routes.map((r) => (
              <li key={r.id}>
                <LineSwatch style={r.dash} colour={r.colour} />
                <span>
                  {r.name}
                  {r.user && " (added)"}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {styles.length > 0 && (
        <>
          <h3 data-testid="legend-status-heading">
            Status {statusPhrase(step)}
            {later && <span className="later-tag"> (later)</span>}
          </h3>
          <ul data-testid="legend-styles">
            {styles.map((key) => (
              <li key={key}>
                <LineSwatch style={key} colour="#3b3b3b" />
                <span>{LINE_STYLES[key].label}</span>
              </li>
            ))}
            {stopped.map((status) => (
              <li key={status}>
                <LineSwatch style="operating" colour="#3b3b3b" faded />
                <span>{content.statusLabels[status]}: faded</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {byCapacity && (
        <>
          <h3>Width: capacity</h3>
          <ul data-testid="legend-widths">
            {WIDTH_SAMPLES.map((mt) => (
              <li key={mt}>
                <LineSwatch style="operating" colour="#3b3b3b" widthFactor={capacityWidthFactor(mt)} />
                <span>{mt} million tonnes a year</span>
              </li>
            ))}
            <li>
              <LineSwatch style="operating" colour="#3b3b3b" widthFactor={capacityWidthFactor(null)} />
              <span>No figure in our sources</span>
            </li>
          </ul>
        </>
      )}
      <ul className="legend-symbols">
        {/* Arrows are drawn on lines: a map without lines (the title slide) has none to explain. */}
        {styles.length > 0 && (
          <li data-testid="legend-flow">
            <svg width={44} height={14} viewBox="-22 -7 44 14" aria-hidden="true" focusable="false">
              <line x1={-20} y1={0} x2={20} y2={0} stroke="#3b3b3b" strokeWidth={3} />
              <path d={arrowPath(13)} fill="#3b3b3b" stroke="#fff" strokeWidth={1.5} strokeLinejoin="round" />
            </svg>
            <span>{symbolLabels(content).arrow}</span>
          </li>
        )}
        <li>
          <svg width={44} height={14} viewBox="0 0 44 14" aria-hidden="true" focusable="false">
            <circle cx={22} cy={7} r={5} fill="#fff" stroke="#2b2926" strokeWidth={2} />
          </svg>
          <span>{symbolLabels(content).capital}</span>
        </li>
        <li>
          <svg width={44} height={14} viewBox="0 0 44 14" aria-hidden="true" focusable="false">
            <line x1={4} y1={7} x2={40} y2={7} stroke="#8d8577" strokeWidth={1.6} strokeDasharray="5 2.5" />
          </svg>
          <span>{symbolLabels(content).border}</span>
        </li>
      </ul>
    </div>
  );
}

/**
 * Map key over the map's lower right in the explorer: the line-style language and symbols. The
 * route colours are in the route list beside the map (and in this key on a small screen, where the
 * list is further down the page); kept short, it sits over Central Asia, where no route runs.
 */
export function Legend(props: Omit<Props, "visible">) {
  return (
    // Over the map: a framed route keeps clear of it (map/overlay-padding.ts, MAP_OVERLAY).
    <details className="legend" open data-map-overlay>
      <summary>Key</summary>
      <LegendBody {...props} />
    </details>
  );
}

/** The key for one slide, in the presentation's side panel: only what the slide draws. */
export function SlideLegend(props: Required<Props>) {
  return (
    <section className="slide-legend" aria-label="Key">
      <LegendBody {...props} />
    </section>
  );
}
