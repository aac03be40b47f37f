import type { LineMode, LineStatus } from "../content/schema";

/**
 * The line-style language shared by the map and the legend: a line's status in November 1997
 * sets its dash pattern, except sea crossings (dots) and rail (dash-dot), whose mode says more.
 * Dash lengths are in line widths, as MapLibre's line-dasharray takes them.
 */
export const LINE_STYLES = {
  existing: { label: "Existing pipeline", dash: [1, 0] },
  "under-construction": { label: "Pipeline under construction", dash: [3, 1.2] },
  agreed: { label: "Pipeline agreed, not built", dash: [1.4, 1.4] },
  proposed: { label: "Pipeline proposed", dash: [0.5, 1.6] },
  tanker: { label: "Tanker crossing", dash: [0, 1.8] },
  rail: { label: "Rail", dash: [2.4, 0.9, 0.3, 0.9] },
} as const satisfies Record<string, { label: string; dash: readonly number[] }>;

export type LineStyleKey = keyof typeof LINE_STYLES;

export function lineStyleKey(status: LineStatus, mode: LineMode): LineStyleKey {
  if (mode === "tanker") return "tanker";
  if (mode === "rail") return "rail";
  return status;
}

/** Line width in px at zoom 3 and zoom 7 (interpolated between); thick enough for a projector. */
export const LINE_WIDTH = { z3: 3.5, z7: 7, highlightExtra: 3 } as const;
