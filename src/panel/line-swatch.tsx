import { LINE_STYLES, type LineStyleKey } from "../map/line-styles";

/** A short sample of a map line, drawn with the same dash pattern as the map (units: line widths). */
export function LineSwatch({ style, colour, width = 44 }: { style: LineStyleKey; colour: string; width?: number }) {
  const stroke = 5;
  const dash = LINE_STYLES[style].dash.map((d) => d * stroke).join(" ");
  return (
    <svg className="swatch" width={width} height={14} viewBox={`0 0 ${width} 14`} aria-hidden="true" focusable="false">
      <line x1={4} y1={7} x2={width - 4} y2={7} stroke="#ffffff" strokeWidth={stroke + 4} strokeLinecap="round" />
      <line
        x1={4}
        y1={7}
        x2={width - 4}
        y2={7}
        stroke={colour}
        strokeWidth={stroke}
        strokeLinecap="round"
        strokeDasharray={dash === `${stroke} 0` ? undefined : dash}
      />
    </svg>
  );
}
