import type { Capacity, Content, PublishedLength } from "../content/schema";
import { mtPerYear } from "../content/timeline";

const km = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export function formatKm(value: number): string {
  return `${km.format(value)} km`;
}

export function formatPublishedLength(p: PublishedLength): string {
  const value = typeof p.km === "number" ? formatKm(p.km) : `${km.format(p.km[0])}–${formatKm(p.km[1])}`;
  return p.approximate ? `about ${value}` : value;
}

export function articleCitation(content: Pick<Content, "article">): string {
  const { outlet, title, date } = content.article;
  return `${outlet}, “${title}”, ${date}`;
}

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2009", "July 2006" or "25 October 1997", as precise as the date was recorded. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (m === undefined) return String(y);
  return d === undefined ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

const count = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** "1,000,000 barrels a day (about 50 million tonnes a year)" or "67 million tonnes a year". */
export function formatCapacity(c: Pick<Capacity, "value" | "unit">): string {
  if (c.unit === "Mt/year") return `${count.format(c.value)} million tonnes a year`;
  return `${count.format(c.value)} barrels a day (about ${count.format(mtPerYear(c))} million tonnes a year)`;
}

/** "Kenkiyak → Atyrau": the way oil flows (or was to flow), from the line's end places. */
export function flowText(p: { from: string | null; to: string | null }): string {
  return p.from && p.to ? `${p.from} → ${p.to}` : "as the arrows on the map show";
}
