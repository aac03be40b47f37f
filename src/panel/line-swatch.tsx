import { dashPattern, INACTIVE_OPACITY, type LineStyleKey } from "../map/line-styles";

/**
 * A short sample of a map line, drawn with the same dash pattern as the map (units: line
 * widths); faded like a halted line, or wider like a line whose width shows capacity.
 */
export function LineSwatch({
  style,
  colour,
  width = 44,
  faded = false,
  widthFactor = 1,
}: {
  style: LineStyleKey;
  colour: string;
  width?: number;
  faded?: boolean;
  widthFactor?: number;
}) {
  const stroke = 5 * widthFactor;
  const height = Math.max(14, Math.ceil(stroke + 6));
  const y = height / 2;
  const dash = dashPattern(style, stroke)?.join(" ");
  return (
    <svg
      className="swatch"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={4} y1={y} x2={width - 4} y2={y} stroke="#ffffff" strokeWidth={stroke + 4} strokeLinecap="round" />
      <line
        x1={4}
        y1={y}
        x2={width - 4}
        y2={y}
        stroke={colour}
        strokeWidth={stroke}
        strokeLinecap="round"
        strokeDasharray={dash}
        opacity={faded ? INACTIVE_OPACITY : 1}
      />
    </svg>
  );
}
