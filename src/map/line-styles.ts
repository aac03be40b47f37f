import type { Capacity, LineMode, LineStatus, StatusEntry } from "../content/schema";
import { capacityAt, entryAt, isInactive, mtPerYear } from "../content/timeline";

/**
 * The line-style language shared by the map and the legend: a pipeline's status on the date
 * shown sets its dash pattern, except sea crossings (dots) and rail (dash-dot), whose mode says
 * more. Halted and cancelled lines keep their last pattern, faded, and are named on the map.
 * Dash lengths are in line widths, as MapLibre's line-dasharray takes them.
 */
export const LINE_STYLES = {
  operating: { label: "Pipeline operating", dash: [1, 0] },
  "under-construction": { label: "Pipeline under construction", dash: [3, 1.2] },
  agreed: { label: "Pipeline agreed, not built", dash: [1.4, 1.4] },
  proposed: { label: "Pipeline proposed", dash: [0.5, 1.6] },
  tanker: { label: "Tanker crossing", dash: [0, 1.8] },
  rail: { label: "Rail", dash: [2.4, 0.9, 0.3, 0.9] },
} as const satisfies Record<string, { label: string; dash: readonly number[] }>;

export type LineStyleKey = keyof typeof LINE_STYLES;

/**
 * A style's dash pattern in px for a line `width` px wide, for SVG and canvas (which, unlike
 * MapLibre, take lengths rather than line widths); null for a solid line. Zero-length dashes
 * (dots) get a sliver of length so every renderer draws their round caps.
 */
export function dashPattern(style: LineStyleKey, width: number): number[] | null {
  const dash = LINE_STYLES[style].dash;
  return dash[1] === 0 ? null : dash.map((d) => Math.max(d, 0.01) * width);
}

/** Opacity of a halted or cancelled line (a live line is drawn at 1). */
export const INACTIVE_OPACITY = 0.4;

/** Line width in px at zoom 3 and zoom 7 (interpolated between); thick enough for a projector. */
export const LINE_WIDTH = { z3: 3.5, z7: 7, highlightExtra: 3 } as const;

/**
 * Width multiplier when width shows capacity: grows with the square root of million tonnes a
 * year, so area-like perception stays roughly fair (6 Mt/yr ≈ 1.3×, 67 Mt/yr ≈ 3.1×). Lines
 * with no known figure are drawn thin, and the key says so.
 */
export function capacityWidthFactor(mt: number | null): number {
  return mt === null ? 0.5 : 0.6 + 0.3 * Math.sqrt(mt);
}

export type LineLook = {
  style: LineStyleKey;
  status: LineStatus;
  inactive: boolean;
  /** The history entry in force. */
  entry: StatusEntry;
  capacity: Capacity | null;
  /** Multiplies the line width: 1 unless width shows capacity. */
  widthFactor: number;
};

type LineProps = { history: readonly StatusEntry[]; mode: LineMode; capacity: readonly Capacity[] };

/** The dash a pipeline gets for a status; a stopped line keeps the pattern of what it last was. */
function pipelineStyle(history: readonly StatusEntry[], entry: StatusEntry): LineStyleKey {
  if (!isInactive(entry.status)) return entry.status as LineStyleKey;
  const before = history.slice(0, history.indexOf(entry)).filter((e) => !isInactive(e.status));
  const last = before[before.length - 1]?.status;
  return last && !isInactive(last) ? (last as LineStyleKey) : "proposed";
}

/** How a line is drawn on a day (days since 1970); null before it was even planned. */
export function lineLook(line: LineProps, onDay: number, widthByCapacity = false): LineLook | null {
  const entry = entryAt(line.history, onDay);
  if (!entry) return null;
  const style: LineStyleKey =
    line.mode === "tanker" ? "tanker" : line.mode === "rail" ? "rail" : pipelineStyle(line.history, entry);
  const capacity = capacityAt(line.capacity, onDay);
  return {
    style,
    status: entry.status,
    inactive: isInactive(entry.status),
    entry,
    capacity,
    widthFactor: widthByCapacity ? capacityWidthFactor(capacity ? mtPerYear(capacity) : null) : 1,
  };
}

/**
 * The line styles a key must explain for the lines of `visible` routes as drawn on `onDay`, in
 * the key's order, and the statuses of stopped lines among them (shown faded).
 */
export function stylesInUse(
  lines: readonly { properties: LineProps & { route: string } }[],
  visible: Record<string, boolean> | undefined,
  onDay: number,
): { styles: LineStyleKey[]; stopped: LineStatus[] } {
  const looks = lines
    .filter((f) => !visible || visible[f.properties.route])
    .flatMap((f) => lineLook(f.properties, onDay) ?? []);
  const used = new Set(looks.map((l) => l.style));
  const stopped = [...new Set(looks.filter((l) => l.inactive).map((l) => l.status))] as LineStatus[];
  return { styles: (Object.keys(LINE_STYLES) as LineStyleKey[]).filter((k) => used.has(k)), stopped };
}
