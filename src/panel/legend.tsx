import type { BuiltData, Content } from "../content/schema";
import { LINE_STYLES, type LineStyleKey, lineStyleKey } from "../map/line-styles";
import { LineSwatch } from "./line-swatch";

type Props = {
  content: Content;
  data: BuiltData;
  /** Given: list only these routes and the line styles their lines use (a slide's key). */
  visible?: Record<string, boolean>;
};

function LegendBody({ content, data, visible }: Props) {
  const routes = content.routes.filter((r) => !visible || visible[r.id]);
  const used = new Set(
    data.lines.features
      .filter((f) => !visible || visible[f.properties.route])
      .map((f) => lineStyleKey(f.properties.status1997, f.properties.mode)),
  );
  const styles = (Object.keys(LINE_STYLES) as LineStyleKey[]).filter((k) => !visible || used.has(k));
  return (
    <div className="legend-body">
      {routes.length > 0 && (
        <>
          <h3>Routes</h3>
          <ul>
            {routes.map((r) => (
              <li key={r.id}>
                <LineSwatch style="existing" colour={r.colour} />
                <span>{r.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {styles.length > 0 && (
        <>
          <h3>Status in {content.article.asOf}</h3>
          <ul>
            {styles.map((key) => (
              <li key={key}>
                <LineSwatch style={key} colour="#3b3b3b" />
                <span>{LINE_STYLES[key].label}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="legend-symbols">
        <li>
          <svg width={44} height={14} aria-hidden="true" focusable="false">
            <circle cx={22} cy={7} r={5} fill="#fff" stroke="#2b2926" strokeWidth={2} />
          </svg>
          <span>Capital in 1997</span>
        </li>
        <li>
          <svg width={44} height={14} aria-hidden="true" focusable="false">
            <line x1={4} y1={7} x2={40} y2={7} stroke="#8d8577" strokeWidth={1.6} strokeDasharray="5 2.5" />
          </svg>
          <span>Border, {content.article.asOf}</span>
        </li>
      </ul>
    </div>
  );
}

/** Map key over the map's lower right in the explorer: route colours and the line-style language. */
export function Legend({ content, data }: Omit<Props, "visible">) {
  return (
    <details className="legend" open data-map-overlay>
      <summary>Key</summary>
      <LegendBody content={content} data={data} />
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
