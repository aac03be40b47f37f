import type { Content } from "../content/schema";
import { statusPhrase, type TimelineStep } from "../content/timeline";

type Props = {
  content: Content;
  step: TimelineStep;
  /** The date shown is after the article's. */
  later: boolean;
  menuOpen: boolean;
  onMenu(open: boolean): void;
  /** What each of the header's buttons opens or does. */
  on: Record<"present" | "table" | "slides" | "lesson" | "print" | "add" | "export" | "sources", () => void>;
};

/**
 * The explorer's header: title, the lesson's tools, and the source line. A component of its own
 * so the build can draw the same header into index.html (src/build/shell.tsx), at the same height.
 */
export function AppHeader({ content, step, later, menuOpen, onMenu, on }: Props) {
  return (
    <header className={`app-header${menuOpen ? " is-menu-open" : ""}`}>
      <div className="app-title">
        <h1>{content.title}</h1>
        <p className="subtitle">{content.subtitle}</p>
      </div>
      <button
        type="button"
        className="menu-button"
        aria-expanded={menuOpen}
        aria-controls="header-actions"
        onClick={() => onMenu(!menuOpen)}
      >
        Menu
      </button>
      {/* A choice closes the small screen's menu; on a wide screen it is never closed. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: catches clicks that bubble from its buttons, which have their own keys */}
      <div id="header-actions" className="header-actions" onClick={() => onMenu(false)}>
        <button type="button" onClick={on.present} aria-keyshortcuts="p">
          Present
        </button>
        <button type="button" onClick={on.table} aria-haspopup="dialog">
          Routes table
        </button>
        <button type="button" onClick={on.slides} aria-haspopup="dialog">
          Slides
        </button>
        <button type="button" onClick={on.lesson} aria-haspopup="dialog">
          Lesson
        </button>
        <button type="button" onClick={on.print} aria-haspopup="dialog">
          Print
        </button>
        <button type="button" onClick={on.add} aria-haspopup="dialog">
          Add a route
        </button>
        <button type="button" onClick={on.export} aria-haspopup="dialog">
          Export
        </button>
      </div>
      <p className="source-line">
        After{" "}
        <cite>
          {content.article.outlet}, {content.article.date}
        </cite>{" "}
        {later ? (
          <>
            · borders as in {content.article.asOf} · line statuses {statusPhrase(step)} (later)
          </>
        ) : (
          <> · borders and statuses as in {content.article.asOf}</>
        )}{" "}
        ·{" "}
        <button type="button" className="link-button" onClick={on.sources} aria-haspopup="dialog">
          Sources
        </button>
      </p>
    </header>
  );
}
