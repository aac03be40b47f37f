/**
 * The page's first paint, drawn at build time into index.html's #root: the explorer's header and
 * time lens (the app's own components, so the same height) around the map's box, which holds the
 * poster of the opening view (src/map/poster.ts). React then draws the live page over it, keeping
 * the poster until the map has drawn (src/map/poster-handoff.ts). Nothing here answers a click
 * before the app starts (under a second): a button pressed meanwhile is pressed again by the
 * app once it has (frame.ts, shell-handoff.ts).
 */
import type { FeatureCollection } from "geojson";
import { renderToStaticMarkup } from "react-dom/server";
import type { BuiltData } from "../content/schema";
import { latestFactYear } from "../content/timeline";
import { placePosterScript } from "../map/frame";
import { buildPoster } from "../map/poster";
import { TimeControl } from "../panel/time-control";
import { AppHeader } from "../shell/app-header";

const noop = () => undefined;

export function buildShell(data: BuiltData, basemap: FeatureCollection): { html: string; css: string } {
  const { content } = data;
  const poster = buildPoster(data, content, basemap);
  const markup = renderToStaticMarkup(
    <div className="app is-explore" data-shell="">
      <AppHeader
        content={content}
        step={content.timeline[0]}
        later={false}
        menuOpen={false}
        onMenu={noop}
        on={{
          present: noop,
          table: noop,
          slides: noop,
          lesson: noop,
          print: noop,
          add: noop,
          export: noop,
          sources: noop,
        }}
      />
      <main className="layout">
        <aside className="panel" aria-label="Routes and details" />
        <div className="map-area">
          <div className="map-stage">
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own SVG, built from our own data above */}
            <div className="map-wrap" dangerouslySetInnerHTML={{ __html: poster.markup }} />
          </div>
          <TimeControl
            content={content}
            todayYear={latestFactYear(data.lines.features)}
            step={content.timeline[0]}
            byCapacity={false}
            dispatch={noop}
          />
        </div>
      </main>
    </div>,
  );
  // The page's CSP refuses style attributes (React sets styles through the CSSOM instead), so
  // the time lens is drawn without its tick positions and kept hidden until the app draws it.
  // The script that places the poster runs once the shell is laid out, before the first paint.
  const html = `${markup.replace(/ style="[^"]*"/g, "")}<script>${placePosterScript()}</script>`;
  // The poster's frame needs the opening bounds' aspect ratio (width over height, Web Mercator),
  // and its names their places.
  const css = `:root { --poster-ratio: ${poster.ratio.toFixed(5)}; }\n${poster.css}\n`;
  return { html, css };
}
