import type { Capacity, Content, LineMode, PublishedLength, StatusEntry } from "../content/schema";
import { periodStart } from "../content/timeline";
import type { LineLook } from "../map/line-styles";
import { Cite } from "./cite";
import { formatCapacity, formatPartialDate, formatPublishedLength } from "./format";

/** "Operating (pipeline)", or "Not yet planned" before a line's first entry. */
export function statusText(content: Content, look: LineLook | null, mode: LineMode): string {
  if (!look) return "Not yet planned";
  return `${content.statusLabels[look.status]} (${content.modeLabels[mode]})`;
}

/** When the status in force began, what happened then, and the source that says so. */
export function SinceNote({ content, entry }: { content: Content; entry: StatusEntry }) {
  return (
    <span className="since">
      {" "}
      — since {formatPartialDate(entry.date)}: {entry.event}
      <Cite content={content} ids={entry.sources} />
    </span>
  );
}

/** A published length with its source, or "none published" (the tables' cell). */
export function PublishedLengthCited({ content, length }: { content: Content; length: PublishedLength | null }) {
  if (!length) return <>none published</>;
  return (
    <>
      {formatPublishedLength(length)}
      <Cite content={content} ids={length.sources} />
    </>
  );
}

export function capacityText(c: Capacity): string {
  return `${formatCapacity(c)}, ${c.what}${c.from ? ` (from ${formatPartialDate(c.from)})` : ""}`;
}

/**
 * A line's dated status history, each entry with its source. Entries after the article are
 * marked later, so hindsight never reads as the article's word.
 */
export function LineHistory({
  content,
  history,
  articleDay,
}: {
  content: Content;
  history: readonly StatusEntry[];
  articleDay: number;
}) {
  return (
    <ol className="line-history">
      {history.map((e) => {
        const later = periodStart(e.date) > articleDay;
        return (
          <li key={`${e.date}-${e.status}`} className={later ? "is-later" : undefined}>
            <span className="date">{formatPartialDate(e.date)}</span> <strong>{content.statusLabels[e.status]}</strong>:{" "}
            {e.event}
            <Cite content={content} ids={e.sources} />
            {later && <span className="later-tag"> later</span>}
          </li>
        );
      })}
    </ol>
  );
}
