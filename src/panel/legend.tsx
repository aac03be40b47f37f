import type { Content } from "../content/schema";
import { LINE_STYLES, type LineStyleKey } from "../map/line-styles";
import { LineSwatch } from "./line-swatch";

/** Map key: route colours and the line-style language. Shown over the map's lower right. */
export function Legend({ content }: { content: Content }) {
  return (
    <details className="legend" open>
      <summary>Key</summary>
      <div className="legend-body">
        <h3>Routes</h3>
        <ul>
          {content.routes.map((r) => (
            <li key={r.id}>
              <LineSwatch style="existing" colour={r.colour} />
              <span>{r.name}</span>
            </li>
          ))}
        </ul>
        <h3>Status in {content.article.asOf}</h3>
        <ul>
          {(Object.keys(LINE_STYLES) as LineStyleKey[]).map((key) => (
            <li key={key}>
              <LineSwatch style={key} colour="#3b3b3b" />
              <span>{LINE_STYLES[key].label}</span>
            </li>
          ))}
        </ul>
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
    </details>
  );
}
