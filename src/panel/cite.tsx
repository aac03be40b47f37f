import type { BibliographyEntry, Content } from "../content/schema";
import { formatPartialDate } from "./format";

/** A source's number in the Sources list (its place in the bibliography, from 1). */
export function sourceNumber(content: Pick<Content, "sources">, id: string): number {
  return content.sources.findIndex((s) => s.id === id) + 1;
}

export function sourceById(content: Pick<Content, "sources">, id: string): BibliographyEntry | undefined {
  return content.sources.find((s) => s.id === id);
}

/** "[4] MEES, 28 May 2001": short enough to sit beside a fact, enough to look it up. */
export function shortCitation(content: Pick<Content, "sources">, id: string): string {
  const s = sourceById(content, id);
  return s ? `[${sourceNumber(content, id)}] ${s.by}, ${sourceDate(s)}` : `[?] ${id}`;
}

/** The full reference: "Bill Anderson, UPI, “Caspian pipeline skirts trouble spots”, 27 November 2001". */
export function fullCitation(s: BibliographyEntry): string {
  return `${s.by}, “${s.title}”, ${sourceDate(s)}`;
}

/** "[34] Bill Anderson, UPI, “…”, 27 November 2001": a full reference with its number. */
export function numberedReference(content: Pick<Content, "sources">, id: string): string {
  const s = sourceById(content, id);
  return s ? `[${sourceNumber(content, id)}] ${fullCitation(s)}` : `[?] ${id}`;
}

function sourceDate(s: BibliographyEntry): string {
  return s.date ? formatPartialDate(s.date) : "undated";
}

/** The sources behind a fact, named beside it (numbers match the Sources list). */
export function Cite({ content, ids }: { content: Pick<Content, "sources">; ids: readonly string[] }) {
  return (
    <span className="cite">
      {" "}
      (source{ids.length > 1 ? "s" : ""}: {ids.map((id) => shortCitation(content, id)).join("; ")})
    </span>
  );
}
