import type { FeatureCollection } from "geojson";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { BuiltData, Content, RouteContent, Slide } from "../content/schema";
import { stepDay } from "../content/timeline";
import { lineLook } from "../map/line-styles";
import { Cite, fullCitation } from "../panel/cite";
import { articleCitation, formatKm } from "../panel/format";
import { PublishedLengthCited, statusText } from "../panel/line-status";
import { LineSwatch } from "../panel/line-swatch";
import { Quote } from "../panel/quote";
import type { UserRoute } from "../store/user-route";
import { formatParagraphs, routeBounds, slideBounds, slideVisible } from "./deck";

const StaticMap = lazy(() => import("../map/static-map"));

/** What to print: the handout (everything), a worksheet (obstacles hidden), or its teacher's copy. */
export type PrintKind = "handout" | "worksheet" | "teacher";

type Props = {
  kind: PrintKind;
  content: Content;
  data: BuiltData;
  basemapUrl: string;
  /** The slides as presented (the teacher's order, without hidden slides): the pages follow them. */
  deck: readonly Slide[];
  /** The teacher's added routes, drawn on the pages of their slides. */
  userRoutes: readonly UserRoute[];
  /** How many maps are drawn, of how many. */
  onProgress(drawn: number, total: number): void;
  /** Called once every map is drawn: the printout is complete and can be printed. */
  onReady(): void;
  /** The basemap could not be read: the printout cannot be made. */
  onFailed(message: string): void;
};

/** Ruled lines to write on, for a worksheet. */
function WritingLines({ count }: { count: number }) {
  return (
    <div className="writing-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={String(i)} />
      ))}
    </div>
  );
}

/**
 * The printout: a title page with an overview map, then one page per route with its map.
 * - handout: the obstacle the article names with the quotation and ¶ citation, its lines, and
 *   the sources;
 * - worksheet: the obstacle hidden; a prediction, the discussion questions and lines to write on;
 * - teacher: the worksheet with the answers (the obstacle, the quotations) and the teacher's notes.
 * The maps are still SVG drawn from the same data, so nothing moves on the projected screen.
 * Hidden on screen; shown only by the print stylesheet.
 */
export default function Handout({
  kind,
  content,
  data,
  basemapUrl,
  deck,
  userRoutes,
  onProgress,
  onReady,
  onFailed,
}: Props) {
  const [basemap, setBasemap] = useState<FeatureCollection | null>(null);
  const [ready, setReady] = useState(false);
  // The pages after the title page, in the deck's order: each article route whose slide is shown,
  // and each slide the teacher added. A route whose slide the teacher hid is left out.
  const pages = deck.flatMap((s): { slide: Slide; route: RouteContent | null }[] => {
    if (s.kind === "teacher") return [{ slide: s, route: null }];
    const route = s.kind === "route" ? content.routes.find((r) => r.id === s.highlight) : undefined;
    return route ? [{ slide: s, route }] : [];
  });
  // One map on the title page, one per page.
  const total = pages.length + 1;
  const drawnIds = useRef(new Set<string>());
  const latest = useRef({ onProgress, onReady, onFailed });
  latest.current = { onProgress, onReady, onFailed };
  useEffect(() => {
    let live = true;
    latest.current.onProgress(0, total);
    fetch(basemapUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((json: FeatureCollection) => live && setBasemap(json))
      .catch((e: Error) => live && latest.current.onFailed(`The map data could not be read (${e.message}).`));
    return () => {
      live = false;
    };
  }, [basemapUrl, total]);
  const drawn = useCallback(
    (id: string) => {
      drawnIds.current.add(id);
      latest.current.onProgress(drawnIds.current.size, total);
      if (drawnIds.current.size === total) {
        setReady(true);
        latest.current.onReady();
      }
    },
    [total],
  );
  const articleDay = stepDay(content.timeline[0]);
  const lens = { day: articleDay, byCapacity: false };
  const allVisible = Object.fromEntries(content.routes.map((r) => [r.id, true]));
  const map = (id: string, bbox: readonly number[], visible: Record<string, boolean>, label: string) =>
    basemap && (
      <Suspense fallback={null}>
        <div className="handout-map">
          <StaticMap
            data={data}
            content={content}
            basemapUrl={basemapUrl}
            basemap={basemap}
            visible={visible}
            lens={lens}
            userRoutes={userRoutes}
            selected={null}
            hovered={null}
            bbox={bbox}
            onSelect={() => undefined}
            onDrawn={() => drawn(id)}
            label={label}
          />
        </div>
      </Suspense>
    );
  const heading = { handout: "", worksheet: "Worksheet", teacher: "Worksheet: teacher's copy" }[kind];
  return (
    <div className="handout" data-testid="handout" data-kind={kind} data-ready={ready ? "true" : undefined}>
      <section className="handout-page handout-title">
        {heading && <p className="handout-kind">{heading}</p>}
        <h1>{content.title}</h1>
        <p className="handout-subtitle">{content.subtitle}</p>
        <p>
          Based on: <cite>{articleCitation(content)}</cite>. Borders and statuses as in {content.article.asOf}.
        </p>
        {map("overview", content.view.bounds, allVisible, `Map of the four routes, as in ${content.article.asOf}`)}
        {kind !== "handout" && (
          <p className="handout-name-line">
            Name: <span />
          </p>
        )}
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
      {pages.map(({ slide, route }) =>
        route === null ? (
          <TeacherPage key={slide.id} content={content} slide={slide} kind={kind}>
            {map(
              slide.id,
              slideBounds(slide, (id) => routeBounds(id, data, content, userRoutes)),
              slideVisible(
                slide,
                [...content.routes, ...userRoutes].map((r) => r.id),
              ),
              `Map of the slide “${slide.title}”`,
            )}
          </TeacherPage>
        ) : kind === "handout" ? (
          <HandoutRoute key={route.id} content={content} data={data} route={route}>
            {map(
              route.id,
              data.routeBounds[route.id],
              { [route.id]: true },
              `Map of the ${route.name}, as in ${content.article.asOf}`,
            )}
          </HandoutRoute>
        ) : (
          <WorksheetRoute key={route.id} content={content} route={route} answers={kind === "teacher"}>
            {map(
              route.id,
              data.routeBounds[route.id],
              { [route.id]: true },
              `Map of the ${route.name}, as in ${content.article.asOf}`,
            )}
          </WorksheetRoute>
        ),
      )}
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

function HandoutRoute({
  content,
  data,
  route,
  children,
}: {
  content: Content;
  data: BuiltData;
  route: RouteContent;
  children: React.ReactNode;
}) {
  const lines = data.lines.features.filter((f) => f.properties.route === route.id);
  const articleDay = stepDay(content.timeline[0]);
  const paragraphs = route.article.quotes.map((q) => q.paragraph);
  return (
    <section key={route.id} className="handout-page handout-route">
      <h2>{route.name}</h2>
      {children}
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
        Sources: {articleCitation(content)}; numbered sources [1]–[{content.sources.length}] are listed on the last
        page; map from Natural Earth (public domain), borders of {content.article.asOf}. Drawn lengths are measured on
        simplified lines and are approximate.
      </p>
    </section>
  );
}

/** A worksheet page: the map, a prediction, the discussion questions, and room to write. */
function WorksheetRoute({
  content,
  route,
  answers,
  children,
}: {
  content: Content;
  route: RouteContent;
  answers: boolean;
  children: React.ReactNode;
}) {
  const slide = content.deck.find((s) => s.kind === "route" && s.highlight === route.id);
  const paragraphs = route.article.quotes.map((q) => q.paragraph);
  return (
    <section className="handout-page handout-route worksheet-route">
      <h2>{route.name}</h2>
      {children}
      <p>{route.summary}</p>
      <h3>Predict: what stood in the way of this route in November 1997?</h3>
      {answers ? (
        <div className="worksheet-answer">
          <p>
            <strong>Answer ({formatParagraphs(paragraphs)}):</strong> {route.article.obstacle}
          </p>
          {route.article.quotes.map((q) => (
            <Quote key={`${q.paragraph}-${q.text}`} quote={q} content={content} cite={false} />
          ))}
        </div>
      ) : (
        <WritingLines count={4} />
      )}
      {slide && slide.questions.length > 0 && (
        <>
          <h3>Discuss</h3>
          <ol className="worksheet-questions">
            {slide.questions.map((q) => (
              <li key={q}>
                {q}
                {!answers && <WritingLines count={3} />}
              </li>
            ))}
          </ol>
        </>
      )}
      {answers && slide?.notes && (
        <>
          <h3>Teacher's notes</h3>
          <p>{slide.notes}</p>
        </>
      )}
      <p className="handout-source">
        Source: {articleCitation(content)}. Map: Natural Earth, borders of {content.article.asOf}.
      </p>
    </section>
  );
}

/**
 * A page for a slide the teacher added (or an added route's slide): marked as the teacher's, with
 * its caption and questions; on a worksheet the answer gives way to room to write.
 */
function TeacherPage({
  content,
  slide,
  kind,
  children,
}: {
  content: Content;
  slide: Slide;
  kind: PrintKind;
  children: React.ReactNode;
}) {
  const answers = kind !== "worksheet";
  const answer = slide.answer?.trim() ?? "";
  return (
    <section className="handout-page handout-route teacher-page">
      <p className="teacher-banner">Added by your teacher: not in the article</p>
      <h2>{slide.title}</h2>
      {children}
      {slide.caption && <p>{slide.caption}</p>}
      {answer && (
        <>
          <h3>Predict first</h3>
          {answers ? (
            <p className="worksheet-answer">
              <strong>Answer:</strong> {answer}
            </p>
          ) : (
            <WritingLines count={4} />
          )}
        </>
      )}
      {slide.questions.length > 0 && (
        <>
          <h3>Discuss</h3>
          <ol className="worksheet-questions">
            {slide.questions.map((q, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a teacher may write the same question twice
              <li key={`${i}-${q}`}>
                {q}
                {kind === "worksheet" && <WritingLines count={3} />}
              </li>
            ))}
          </ol>
        </>
      )}
      {kind === "teacher" && slide.notes && (
        <>
          <h3>Teacher's notes</h3>
          <p>{slide.notes}</p>
        </>
      )}
      <p className="handout-source">Map: Natural Earth, borders of {content.article.asOf}.</p>
    </section>
  );
}
