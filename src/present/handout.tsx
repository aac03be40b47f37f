import { useEffect, useRef, useState } from "react";
import type { BuiltData, Content } from "../content/schema";
import { stepDay } from "../content/timeline";
import { lineLook } from "../map/line-styles";
import { Cite, fullCitation } from "../panel/cite";
import { articleCitation, formatKm } from "../panel/format";
import { PublishedLengthCited, statusText } from "../panel/line-status";
import { LineSwatch } from "../panel/line-swatch";
import { Quote } from "../panel/quote";
import { formatParagraphs } from "./deck";

type Props = {
  /** Called once every picture has decoded: the handout is complete and can be printed. */
  onReady(): void;
  content: Content;
  data: BuiltData;
  /** Route id → picture of the map framed on it (data URL), or null without WebGL. */
  images: Record<string, string | null>;
};

/**
 * The printed handout: a title page, then one page per route with its map, the obstacle the
 * article names with the quotation and ¶ citation, its lines, and the sources. Hidden on
 * screen; shown only by the print stylesheet.
 */
export default function Handout({ content, data, images, onReady }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const pictures = [...(root.current?.querySelectorAll("img") ?? [])];
    let live = true;
    void Promise.all(pictures.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (!live) return;
      setReady(true);
      onReady();
    });
    return () => {
      live = false;
    };
  }, [onReady]);
  return (
    <div className="handout" data-testid="handout" ref={root} data-ready={ready ? "true" : undefined}>
      <section className="handout-page handout-title">
        <h1>{content.title}</h1>
        <p className="handout-subtitle">{content.subtitle}</p>
        <p>
          Based on: <cite>{articleCitation(content)}</cite>. Borders and statuses as in {content.article.asOf}.
        </p>
        <h2>The routes</h2>
        <ol>
          {content.routes.map((r) => (
            <li key={r.id}>
              <strong>{r.name}</strong>: {r.summary}
            </li>
          ))}
        </ol>
        <h2>How to read the maps</h2>
        <p>
          Each route has its own colour and its name along its lines. Solid lines existed in 1997; long dashes were
          under construction; medium dashes were agreed but not built; short dashes were only proposed; dots are
          crossings by tanker; dash-dot is rail. Arrowheads point the way the oil flows.
        </p>
        <h2>Three kinds of statement</h2>
        <p>
          Quotation marks and ¶ numbers mark the article's own words. Everything else is our summary or background from
          other sources; anything after November 1997 is marked as later.
        </p>
      </section>
      {content.routes.map((route) => {
        const lines = data.lines.features.filter((f) => f.properties.route === route.id);
        const articleDay = stepDay(content.timeline[0]);
        const image = images[route.id];
        const paragraphs = route.article.quotes.map((q) => q.paragraph);
        return (
          <section key={route.id} className="handout-page handout-route">
            <h2>{route.name}</h2>
            {image ? (
              <img src={image} alt={`Map of the ${route.name}, as in ${content.article.asOf}`} />
            ) : (
              <p className="handout-no-map">(The map picture needs WebGL, which this browser did not provide.)</p>
            )}
            <h3>The obstacle the article names ({formatParagraphs(paragraphs)})</h3>
            <p>{route.article.obstacle}</p>
            <p>In the article's own words ({articleCitation(content)}):</p>
            {route.article.quotes.map((q) => (
              <Quote key={`${q.paragraph}-${q.text}`} quote={q} content={content} cite={false} />
            ))}
            <h3>The lines, as in {content.article.asOf}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Status</th>
                  <th scope="col">Published length</th>
                  <th scope="col">Drawn line</th>
                </tr>
              </thead>
              <tbody>
                {lines.map(({ properties: p }) => {
                  const look = lineLook(p, articleDay);
                  return (
                    <tr key={p.id}>
                      <td>
                        {look && <LineSwatch style={look.style} colour={route.colour} width={30} />} {p.name}
                      </td>
                      <td>
                        {statusText(content, look, p.mode)}
                        {look && <Cite content={content} ids={look.entry.sources} />}
                      </td>
                      <td>
                        <PublishedLengthCited content={content} length={p.publishedLength} />
                      </td>
                      <td>approx. {formatKm(p.drawnKm)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="handout-source">
              Sources: {articleCitation(content)}; numbered sources [1]–[{content.sources.length}] are listed on the
              last page; map from Natural Earth (public domain), borders of {content.article.asOf}. Drawn lengths are
              measured on simplified lines and are approximate.
            </p>
          </section>
        );
      })}
      <section className="handout-page handout-sources">
        <h2>Sources</h2>
        <p>
          <cite>{articleCitation(content)}</cite>: quotations are its own words, cited by paragraph (¶).
        </p>
        <ol className="bibliography">
          {content.sources.map((s) => (
            <li key={s.id}>
              {fullCitation(s)}
              {s.url && <>. {s.url}</>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
