import { useEffect, useRef } from "react";
import type { BuiltData, Content } from "../content/schema";
import { isAfterArticle, statusPhrase, stepDay, type TimelineStep } from "../content/timeline";
import { lineLook } from "../map/line-styles";
import { formatParagraphs } from "../present/deck";
import type { UserRoute } from "../store/user-route";
import { Cite } from "./cite";
import { formatKm, formatPartialDate, formatPublishedLength } from "./format";
import { PublishedLengthCited, statusText } from "./line-status";

type Props = {
  content: Content;
  data: BuiltData;
  /** The date the map shows: when later than the article, its statuses sit beside 1997's. */
  step: TimelineStep;
  /** Routes the teacher imported: columns after the built-in ones, marked as theirs. */
  userRoutes: readonly UserRoute[];
  onClose(): void;
};

/**
 * The map as text, and a comparison grid: every route side by side (obstacle, lines, countries,
 * lengths, status then and later), then every line with where it runs. A modal dialog, so focus
 * moves into it and Escape closes it.
 */
export default function RoutesTable({ content, data, step, userRoutes, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const linesOf = (routeId: string) => data.lines.features.filter((f) => f.properties.route === routeId);
  const countriesOf = (routeId: string) => [...new Set(linesOf(routeId).flatMap((f) => f.properties.countries))];
  const { asOf } = content.article;
  const articleDay = stepDay(content.timeline[0]);
  const later = isAfterArticle(step, content.timeline);
  type Props = (typeof data.lines.features)[number]["properties"];
  const statusOn = (p: Props, day: number) => statusText(content, lineLook(p, day), p.mode);
  /** The source of the status entry in force on a day (none before a line's first entry). */
  const statusCite = (p: Props, day: number) => {
    const look = lineLook(p, day);
    return look ? <Cite content={content} ids={look.entry.sources} /> : null;
  };
  /** A cell for each imported route in a row (what the article cannot say about them). */
  const userCells = (cell: (r: UserRoute) => React.ReactNode) =>
    userRoutes.map((r) => (
      <td key={r.id} className="user-cell">
        {cell(r)}
      </td>
    ));
  const none = () => "—";
  return (
    <dialog ref={dialog} className="routes-table" aria-labelledby="table-title" onClose={onClose}>
      <header className="table-head">
        <h2 id="table-title">Routes table</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> the routes table</span>
        </button>
      </header>
      {/* The tables scroll in here, under their header rows: focusable, so the keyboard scrolls it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-labelledby="table-title">
        <table className="compare">
          <caption>
            The {content.routes.length} routes of the article side by side, as in {asOf}, with what came later
            {userRoutes.length > 0 && <>, and the routes you added</>}
          </caption>
          <thead>
            <tr>
              <td />
              {content.routes.map((r) => (
                <th key={r.id} scope="col" style={{ borderTopColor: r.colour }}>
                  {r.name}
                </th>
              ))}
              {userRoutes.map((r) => (
                <th key={r.id} scope="col" style={{ borderTopColor: r.colour }}>
                  {r.name} <span className="added-tag">added by you</span>
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
              {userCells((r) => (r.obstacle.trim() ? `Your note: ${r.obstacle}` : "Not in the article"))}
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
              {userCells((r) => (
                <ul>
                  {r.lines.slice(0, 20).map((l) => (
                    <li key={l.id}>{l.name ?? "Unnamed line"}</li>
                  ))}
                </ul>
              ))}
            </tr>
            <tr>
              <th scope="row">Countries crossed</th>
              {content.routes.map((r) => (
                <td key={r.id}>{countriesOf(r.id).join(", ")}</td>
              ))}
              {userCells((r) => [...new Set(r.lines.flatMap((l) => l.countries))].join(", ") || "—")}
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
              {userCells((r) => `approx. ${formatKm(r.lines.reduce((t, l) => t + l.drawnKm, 0))} drawn`)}
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
              {userCells(none)}
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
                {userCells(none)}
              </tr>
            )}
            <tr className="later-row">
              <th scope="row">Later (after the article)</th>
              {content.routes.map((r) => (
                <td key={r.id}>
                  <ul>
                    {r.after1997.map((a) => (
                      <li key={`${a.date}-${a.text}`}>
                        <strong>{formatPartialDate(a.date)}</strong>: {a.text}
                        <Cite content={content} ids={a.sources} />
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
              {userCells(none)}
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
                  <td>
                    {statusOn(p, articleDay)}
                    {statusCite(p, articleDay)}
                  </td>
                  {later && (
                    <td className="later-value">
                      {statusOn(p, stepDay(step))}
                      {statusCite(p, stepDay(step))}
                    </td>
                  )}
                  <td>{p.countries.join(", ")}</td>
                  <td>
                    <PublishedLengthCited content={content} length={p.publishedLength} />
                  </td>
                  <td>{formatKm(p.drawnKm)}</td>
                </tr>
              )),
            )}
            {userRoutes.flatMap((r) =>
              r.lines.slice(0, 200).map((l) => (
                <tr key={l.id} className="user-row">
                  <td>
                    {r.name} <span className="added-tag">added by you</span>
                  </td>
                  <th scope="row">{l.name ?? "Unnamed line"}</th>
                  <td>—</td>
                  <td>—</td>
                  <td>—</td>
                  <td>—</td>
                  {later && <td>—</td>}
                  <td>{l.countries.join(", ") || "—"}</td>
                  <td>—</td>
                  <td>{formatKm(l.drawnKm)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>
    </dialog>
  );
}
