import type { Capacity, Content, LineStatus, StatusEntry } from "./schema";

/**
 * Status on a date: pure functions shared by the build (each line's 1997 status), the map, the
 * panel and the tests. Days are counted from 1970-01-01 (UTC).
 */
export type TimelineStep = Content["timeline"][number];

const MS_PER_DAY = 86_400_000;

function day(year: number, monthIndex: number, date: number): number {
  return Date.UTC(year, monthIndex, date) / MS_PER_DAY;
}

/** First day of a YYYY, YYYY-MM or YYYY-MM-DD period: when a dated event starts to count. */
export function periodStart(date: string): number {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return day(y, m - 1, d);
}

/** Last day of the period: what a timeline step shows ("2009" shows the end of 2009). */
export function periodEnd(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  if (d !== undefined) return day(y, m - 1, d);
  if (m !== undefined) return day(y, m, 0);
  return day(y, 11, 31);
}

/** Whether a step is after the article (the timeline's first step is the article's own date). */
export function isAfterArticle(step: Pick<TimelineStep, "id">, timeline: readonly Pick<TimelineStep, "id">[]): boolean {
  return step.id !== timeline[0].id;
}

/** "in May 2006", or "today": for "Status in May 2006" and "Status today". */
export function statusPhrase(step: Pick<TimelineStep, "date" | "label">): string {
  return step.date === "today" ? "today" : `in ${step.label}`;
}

/** The day a step shows; "today" comes after every dated entry. */
export function stepDay(step: Pick<TimelineStep, "date">): number {
  return step.date === "today" ? Number.POSITIVE_INFINITY : periodEnd(step.date);
}

/** The entry in force on `onDay`: the latest on or before it; null before the line's first entry. */
export function entryAt(history: readonly StatusEntry[], onDay: number): StatusEntry | null {
  let found: StatusEntry | null = null;
  for (const entry of history) if (periodStart(entry.date) <= onDay) found = entry;
  return found;
}

export function statusAt(history: readonly StatusEntry[], onDay: number): LineStatus | null {
  return entryAt(history, onDay)?.status ?? null;
}

/** Halted and cancelled lines are drawn faded and named on the map. */
export function isInactive(status: LineStatus): boolean {
  return status === "halted" || status === "cancelled";
}

/** The capacity figure that holds on `onDay`, if any (a plan's undated figure always holds). */
export function capacityAt(capacity: readonly Capacity[], onDay: number): Capacity | null {
  let found: Capacity | null = null;
  for (const c of capacity) if (c.from === undefined || periodStart(c.from) <= onDay) found = c;
  return found;
}

/** Barrels of crude in a tonne: the usual conversion for a medium crude. */
export const BARRELS_PER_TONNE = 7.33;

/** Million tonnes a year, whatever unit the figure was published in. */
export function mtPerYear(c: Pick<Capacity, "value" | "unit">): number {
  return c.unit === "Mt/year" ? c.value : (c.value * 365) / BARRELS_PER_TONNE / 1e6;
}

/** The latest year any line's status or capacity in our sources speaks of: what "today" means. */
export function latestFactYear(
  lines: readonly { properties: { history: readonly { date: string }[]; capacity: readonly { from?: string }[] } }[],
): number {
  let year = 0;
  for (const { properties: p } of lines) {
    for (const h of p.history) year = Math.max(year, Number(h.date.slice(0, 4)));
    for (const c of p.capacity) if (c.from) year = Math.max(year, Number(c.from.slice(0, 4)));
  }
  return year;
}

/**
 * Where each step's tick sits along the time lens, from 0 (the article) to 1 (today), spaced by
 * time: 2001 to 2006 takes more room than May to July 2006. "Today" sits at the end of the
 * latest year our sources reach.
 */
export function tickPositions(steps: readonly Pick<TimelineStep, "date">[], todayYear: number): number[] {
  const dayOf = (s: Pick<TimelineStep, "date">) =>
    s.date === "today" ? periodEnd(String(todayYear)) : periodEnd(s.date);
  const first = dayOf(steps[0]);
  const span = Math.max(1, dayOf(steps[steps.length - 1]) - first);
  return steps.map((s) => Math.min(1, Math.max(0, (dayOf(s) - first) / span)));
}

/**
 * Which tick labels to print so none crowds another: the first, the last and the current always;
 * others from the left when at least `gap` (a fraction of the track) from every label kept.
 */
export function labelledTicks(positions: readonly number[], current: number, gap: number): boolean[] {
  const keep = positions.map((_, i) => i === 0 || i === positions.length - 1 || i === current);
  const far = (i: number) => positions.every((p, j) => !keep[j] || j === i || Math.abs(p - positions[i]) >= gap);
  for (let i = 1; i < positions.length - 1; i++) if (!keep[i] && far(i)) keep[i] = true;
  // A fixed label crowding another fixed one (the current beside the last): the current wins.
  return keep.map((k, i) => k && (i === current || Math.abs(positions[i] - positions[current]) >= gap));
}
