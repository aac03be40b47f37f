import { useEffect, useRef } from "react";
import type { BuiltData, Content } from "../content/schema";
import { statusPhrase, stepDay, type TimelineStep } from "../content/timeline";
import { lineLook } from "../map/line-styles";
import { formatParagraphs } from "../present/deck";
import { formatKm, formatPublishedLength } from "./format";
import { statusText } from "./line-status";

type Props = {
  content: Content;
  data: BuiltData;
  /** The date the map shows: when later than the article, its statuses sit beside 1997's. */
  step: TimelineStep;
  onClose(): void;
};

/**
 * The map as text, and a comparison grid: every route side by side (obstacle, lines, countries,
 * lengths, status then and later), then every line with where it runs. A modal dialog, so focus
 * moves into it and Escape closes it.
 */
export default function RoutesTable({ content, data, step, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const linesOf = (routeId: string) => data.lines.features.filter((f) => f.properties.route === routeId);
  const countriesOf = (routeId: string) => [...new Set(linesOf(routeId).flatMap((f) => f.properties.countries))];
  const { asOf } = content.article;
  const articleDay = stepDay(content.timeline[0]);
  const later = step.id !== content.timeline[0].id;
  type Props = (typeof data.lines.features)[number]["properties"];
  const statusOn = (p: Props, day: number) => statusText(content, lineLook(p, day), p.mode);
  return (
    <dialog ref={dialog} className="routes-table" aria-labelledby="table-title" onClose={onClose}>
      <header className="table-head">
        <h2 id="table-title">Routes table</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> the routes table</span>
        </button>
      </header>
      <div className="table-scroll">
        <table className="compare">
          <caption>The four routes side by side, as in {asOf}, with what came later</caption>
          <thead>
            <tr>
              <td />
              {content.routes.map((r) => (
                <th key={r.id} scope="col" style={{ borderTopColor: r.colour }}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Obstacle the article names</th>
              {content.routes.map((r) => (
                <td key={r.id}>
                  {r.article.obstacle}{" "}
                  <span className="para">({formatParagraphs(r.article.quotes.map((q) => q.paragraph))})</span>
                  {r.article.quotes.map((q) => (
                    <q key={q.text} className="table-quote">
                      {q.text}
                    </q>
                  ))}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Lines</th>
              {content.routes.map((r) => (
                <td key={r.id}>
                  <ul>
                    {linesOf(r.id).map((f) => (
                      <li key={f.properties.id}>{f.properties.name}</li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Countries crossed</th>
              {content.routes.map((r) => (
                <td key={r.id}>{countriesOf(r.id).join(", ")}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Published lengths</th>
              {content.routes.map((r) => (
                <td key={r.id}>
                  <ul>
                    {linesOf(r.id).map(({ properties: p }) => (
                      <li key={p.id}>
                        {p.name}: {p.publishedLength ? formatPublishedLength(p.publishedLength) : "none published"}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Status in {asOf}</th>
              {content.routes.map((r) => (
                <td key={r.id}>
                  <ul>
                    {linesOf(r.id).map(({ properties: p }) => (
                      <li key={p.id}>
                        {p.name}: {statusOn(p, articleDay).toLowerCase()}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
            {later && (
              <tr className="later-row" data-testid="table-status-at-date">
                <th scope="row">Status {statusPhrase(step)} (later)</th>
                {content.routes.map((r) => (
                  <td key={r.id}>
                    <ul>
                      {linesOf(r.id).map(({ properties: p }) => (
                        <li key={p.id}>
                          {p.name}: {statusOn(p, stepDay(step)).toLowerCase()}
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            )}
            <tr className="later-row">
              <th scope="row">Later (after the article)</th>
              {content.routes.map((r) => (
                <td key={r.id}>
                  <ul>
                    {r.after1997.map((a) => (
                      <li key={`${a.date}-${a.text}`}>
                        <strong>{a.date}</strong>: {a.text}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>

        <table className="all-lines">
          <caption>
            Every line, as in {asOf}
            {later && <> and {step.label}</>}
          </caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              <th scope="col">Line</th>
              <th scope="col">From</th>
              <th scope="col">Via</th>
              <th scope="col">To</th>
              <th scope="col">Status, {asOf}</th>
              {later && <th scope="col">Status {statusPhrase(step)} (later)</th>}
              <th scope="col">Countries crossed</th>
              <th scope="col">Published length</th>
              <th scope="col">Drawn line (approx.)</th>
            </tr>
          </thead>
          <tbody>
            {content.routes.flatMap((r) =>
              linesOf(r.id).map(({ properties: p }) => (
                <tr key={p.id}>
                  <td>{r.name}</td>
                  <th scope="row">{p.name}</th>
                  <td>{p.from ?? "—"}</td>
                  <td>{p.via.length ? p.via.join(", ") : "—"}</td>
                  <td>{p.to ?? "—"}</td>
                  <td>{statusOn(p, articleDay)}</td>
                  {later && <td className="later-value">{statusOn(p, stepDay(step))}</td>}
                  <td>{p.countries.join(", ")}</td>
                  <td>
                    {p.publishedLength
                      ? `${formatPublishedLength(p.publishedLength)} (${p.publishedLength.source})`
                      : "none published"}
                  </td>
                  <td>{formatKm(p.drawnKm)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
