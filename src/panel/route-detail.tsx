import type { BuiltData, Content, RouteContent } from "../content/schema";
import { isAfterArticle, statusPhrase, stepDay, type TimelineStep } from "../content/timeline";
import { lineLook } from "../map/line-styles";
import type { Action } from "../state/app-state";
import type { Note } from "../store/user-route";
import { Cite } from "./cite";
import { DetailShell } from "./detail-shell";
import { flowText, formatKm, formatPartialDate, formatPublishedLength } from "./format";
import { capacityText, LineHistory, SinceNote, statusText } from "./line-status";
import { LineSwatch } from "./line-swatch";
import { NotesEditor } from "./notes-editor";
import { Quote } from "./quote";

type Props = {
  route: RouteContent;
  content: Content;
  data: BuiltData;
  /** The date the map shows; when later than the article, each line's status then is shown too. */
  step: TimelineStep;
  note: Note | undefined;
  saveState: string;
  dispatch(action: Action): void;
  onClose(): void;
};

/**
 * The heart of the app. Four kinds of statement, kept apart: what the article says (our summary
 * plus its own words, cited ¶N), background beyond it (sourced), the lines as drawn (figures
 * computed at build time), and what happened after 1997 (dated, marked as later).
 */
export function RouteDetail({ route, content, data, step, note, saveState, dispatch, onClose }: Props) {
  const lines = data.lines.features.filter((f) => f.properties.route === route.id);
  const articleDay = stepDay(content.timeline[0]);
  const later = isAfterArticle(step, content.timeline);
  return (
    <DetailShell name={route.name} colour={route.colour} onClose={onClose}>
      <section className="detail-section kind-article" aria-labelledby="d-article">
        <p className="kind-tag">The article, {content.article.date}</p>
        <h3 id="d-article">The obstacle it names</h3>
        <p className="obstacle">{route.article.obstacle}</p>
        <p className="own-words-note">Our summary. The article’s own words:</p>
        {route.article.quotes.map((q) => (
          <Quote key={`${q.paragraph}-${q.text}`} quote={q} content={content} />
        ))}
      </section>

      <section className="detail-section kind-background" aria-labelledby="d-background">
        <p className="kind-tag">Background beyond the article</p>
        <h3 id="d-background">Other obstacles</h3>
        <ul>
          {route.background.map((b) => (
            <li key={b.text}>
              {b.text}
              <Cite content={content} ids={b.sources} />
            </li>
          ))}
        </ul>
      </section>

      <section className="detail-section kind-lines" aria-labelledby="d-lines">
        <p className="kind-tag">
          On the map, as in {content.article.asOf}
          {later && <> and {step.label}</>}
        </p>
        <h3 id="d-lines">The lines of this route</h3>
        <ul className="lines">
          {lines.map(({ properties: p }) => {
            const then = lineLook(p, articleDay);
            const now = lineLook(p, stepDay(step));
            return (
              <li key={p.id} data-line={p.id}>
                <h4>
                  {then && <LineSwatch style={then.style} colour={route.colour} faded={then.inactive} />}
                  {p.name}
                </h4>
                <dl>
                  <dt>Status, {content.article.asOf}</dt>
                  <dd>
                    <span data-testid="status-1997">{statusText(content, then, p.mode)}</span>
                    {then && <Cite content={content} ids={then.entry.sources} />}
                  </dd>
                  {later && (
                    <>
                      <dt className="later-term">
                        Status {statusPhrase(step)} <span className="later-tag">later</span>
                      </dt>
                      <dd className="later-value" data-testid="status-at-date">
                        {statusText(content, now, p.mode)}
                        {now && <SinceNote content={content} entry={now.entry} />}
                      </dd>
                    </>
                  )}
                  <dt>Published length</dt>
                  <dd>
                    {p.publishedLength ? (
                      <>
                        {formatPublishedLength(p.publishedLength)}
                        {p.publishedLength.covers && <> ({p.publishedLength.covers})</>}
                        <Cite content={content} ids={p.publishedLength.sources} />
                      </>
                    ) : (
                      "no published figure"
                    )}
                  </dd>
                  <dt>Drawn line</dt>
                  <dd>
                    approx. {formatKm(p.drawnKm)}, measured on the drawn line
                    {p.schematic ? " (a sketch of the path)" : " (straight segments between waypoints)"}
                  </dd>
                  <dt>Direction of flow</dt>
                  <dd data-testid="flow">{flowText(p)}</dd>
                  <dt>Countries crossed</dt>
                  <dd>{p.countries.join(" › ")}</dd>
                  <dt>Capacity</dt>
                  <dd>
                    {p.capacity.length === 0 ? (
                      "no figure in our sources"
                    ) : (
                      <ul className="capacities">
                        {p.capacity.map((c) => (
                          <li key={`${c.from}-${c.value}`}>
                            {capacityText(c)}
                            <Cite content={content} ids={c.sources} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </dl>
                <p className="line-note">{p.note}</p>
                <details className="history">
                  <summary>
                    Status history<span className="visually-hidden"> of {p.name}</span>
                  </summary>
                  <LineHistory content={content} history={p.history} articleDay={articleDay} />
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="detail-section kind-later" aria-labelledby="d-later">
        <p className="kind-tag">Later than the article</p>
        <h3 id="d-later">After 1997</h3>
        <ol className="timeline">
          {route.after1997.map((a) => (
            <li key={`${a.date}-${a.text}`}>
              <span className="date">{formatPartialDate(a.date)}</span> {a.text}
              <Cite content={content} ids={a.sources} />
            </li>
          ))}
        </ol>
      </section>

      <NotesEditor route={route.id} routeName={route.name} note={note} saveState={saveState} dispatch={dispatch} />
    </DetailShell>
  );
}
