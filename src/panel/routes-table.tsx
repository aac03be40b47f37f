import { useEffect, useRef } from "react";
import type { BuiltData, Content } from "../content/schema";
import { formatParagraphs } from "../present/deck";
import { formatKm, formatPublishedLength } from "./format";

type Props = {
  content: Content;
  data: BuiltData;
  onClose(): void;
};

/**
 * The map as text, and a comparison grid: every route side by side (obstacle, lines, countries,
 * lengths, status then and later), then every line with where it runs. A modal dialog, so focus
 * moves into it and Escape closes it.
 */
export default function RoutesTable({ content, data, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const linesOf = (routeId: string) => data.lines.features.filter((f) => f.properties.route === routeId);
  const countriesOf = (routeId: string) => [...new Set(linesOf(routeId).flatMap((f) => f.properties.countries))];
  const { asOf } = content.article;
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
                        {p.name}: {content.statusLabels[p.status1997].toLowerCase()}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
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
          <caption>Every line, as in {asOf}</caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              <th scope="col">Line</th>
              <th scope="col">From</th>
              <th scope="col">Via</th>
              <th scope="col">To</th>
              <th scope="col">Status, {asOf}</th>
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
                  <td>
                    {content.statusLabels[p.status1997]} ({content.modeLabels[p.mode]})
                  </td>
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
