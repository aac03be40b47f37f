import type { Capacity, Content, LineMode, StatusEntry } from "../content/schema";
import { periodStart } from "../content/timeline";
import type { LineLook } from "../map/line-styles";
import { formatCapacity, formatPartialDate } from "./format";

/** "Operating (pipeline)", or "Not yet planned" before a line's first entry. */
export function statusText(content: Content, look: LineLook | null, mode: LineMode): string {
  if (!look) return "Not yet planned";
  return `${content.statusLabels[look.status]} (${content.modeLabels[mode]})`;
}

/** A date recalled rather than read in a source is shown as uncertain, in words and a mark. */
export function SourceTag({ content, source }: { content: Content; source: StatusEntry["source"] }) {
  return <span className={`source-tag tag-${source}`}>{content.sourceTags[source]}</span>;
}

/** When the status in force began, and what happened then. */
export function SinceNote({ content, entry }: { content: Content; entry: StatusEntry }) {
  return (
    <span className="since">
      {" "}
      — since {formatPartialDate(entry.date)}
      {entry.source === "recall" && <span className="uncertain"> (date uncertain)</span>}: {entry.event}{" "}
      <SourceTag content={content} source={entry.source} />
    </span>
  );
}

export function capacityText(c: Capacity): string {
  return `${formatCapacity(c)}, ${c.what}${c.from ? ` (from ${formatPartialDate(c.from)})` : ""}`;
}

/**
 * A line's dated status history. Entries after the article are marked later, and recalled
 * dates uncertain, so hindsight never reads as the article's word.
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
            <span className="date">
              {formatPartialDate(e.date)}
              {e.source === "recall" && <span className="uncertain"> (uncertain)</span>}
            </span>{" "}
            <strong>{content.statusLabels[e.status]}</strong>: {e.event}{" "}
            <SourceTag content={content} source={e.source} />
            {later && <span className="later-tag"> later</span>}
          </li>
        );
      })}
    </ol>
  );
}
