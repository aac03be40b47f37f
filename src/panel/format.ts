import type { Content, PublishedLength } from "../content/schema";

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
