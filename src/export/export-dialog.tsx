import { useEffect, useRef, useState } from "react";
import type { BuiltData, Content } from "../content/schema";
import { writeLesson } from "../lesson/lesson-file";
import { countLesson, describeCount } from "../lesson/merge-lesson";
import { withLesson } from "../platform/app-file";
import { ONE_FILE, oneFileHtml } from "../platform/assets";
import type { Note, Saved, UserRoute } from "../store/user-route";
import { exportGeoJson } from "./geojson";
import { composePicture, download, type PictureKey } from "./picture";

type Props = {
  content: Content;
  data: BuiltData;
  userRoutes: readonly UserRoute[];
  notes: Readonly<Record<string, Note>>;
  /** The map as drawn now at a picture's size, and that scale (null without WebGL). */
  mapCanvas(): Promise<{ canvas: HTMLCanvasElement; scale: number } | null>;
  pictureKey: PictureKey;
  sourceLine: string;
  /** Full references of the sources behind the statuses drawn. */
  references: readonly string[];
  banner: string | null;
  /** What the teacher made (routes, notes, slides, deck edits), for "Download this lesson". */
  lesson: Saved;
  /** Copies of saved data that could not be read, kept for the teacher until handled. */
  damaged: Record<string, unknown> | null;
  /** The teacher has downloaded the damaged data, or chose to discard it: delete the copies. */
  onDamagedHandled(): void;
  onClose(): void;
};

/**
 * Taking the work away: a picture of the map, every route as one GeoJSON file this app reads
 * back unchanged, and a link to the view (which cannot carry imported routes, and says so).
 */
export default function ExportDialog(props: Props) {
  const { content, data, userRoutes, notes, onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState(false);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const picture = async () => {
    setMessage("Making the picture…");
    const drawn = await props.mapCanvas();
    if (!drawn) {
      setMessage("There is no interactive map to take a picture of in this browser (it needs WebGL).");
      return;
    }
    const blob = await composePicture(drawn.canvas, {
      key: props.pictureKey,
      source: props.sourceLine,
      references: props.references,
      banner: props.banner,
      pixelRatio: drawn.scale,
    });
    download(blob, "caspian-routes-map.png");
    setMessage("The picture is in your downloads: caspian-routes-map.png.");
  };

  const geojson = () => {
    const text = exportGeoJson(content, data, userRoutes, notes);
    download(new Blob([text], { type: "application/geo+json" }), "caspian-routes.geojson");
    setMessage(
      `caspian-routes.geojson is in your downloads: ${content.routes.length} built-in and ${userRoutes.length} imported route${userRoutes.length === 1 ? "" : "s"}, with your notes. Add a route from it to bring them back.`,
    );
  };

  /** The whole app as one HTML file, with the lesson inside it or with none. */
  const appFile = async (withMine: boolean) => {
    setMessage("Making the file…");
    const html = await oneFileHtml();
    if (typeof html !== "string") {
      setMessage(html.problem);
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    const name = withMine ? `caspian-routes-lesson-${day}.html` : "caspian-routes.html";
    const page = withLesson(html, withMine ? writeLesson(props.lesson) : null);
    download(new Blob([page], { type: "text/html" }), name);
    setMessage(
      withMine
        ? `${name} is in your downloads: the app with your lesson (${describeCount(mine)}). Double-click it to open it in a browser; it needs no network, and the lesson stays on that computer.`
        : `${name} is in your downloads. Double-click it to open it in a browser; it needs no network and nothing to install.`,
    );
  };
  const mine = countLesson(props.lesson);
  const nothingMine = mine.routes + mine.notes + mine.slides === 0 && !mine.edits;

  const copyLink = async () => {
    const url = window.location.href;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied.");
    } catch {
      setMessage("Copy the link below.");
    }
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <header className="table-head">
        <h2 id="export-title">Export</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> export</span>
        </button>
      </header>
      <div className="export-body">
        <section>
          <h3>Picture of the map</h3>
          <p>The map as it is now, with a key and the source, as a PNG for slides and worksheets.</p>
          <button type="button" onClick={() => void picture()}>
            Save the map as a picture (PNG)
          </button>
        </section>
        <section>
          <h3>All routes as GeoJSON</h3>
          <p>
            The built-in routes and the ones you added, with their colours, patterns and your notes, in one file. Any
            mapping tool can open it, and this app adds it back unchanged.
          </p>
          <button type="button" onClick={geojson}>
            Save all routes (GeoJSON)
          </button>
        </section>
        <section>
          <h3>Link to this view</h3>
          <p data-testid="link-note">
            The link opens the same map, routes, date and slide. It holds the built-in routes only: routes you added
            {userRoutes.length > 0 ? ` (${userRoutes.length} now)` : ""} are not in links. To share them, send the
            GeoJSON file.
          </p>
          <button type="button" onClick={() => void copyLink()}>
            Copy the link
          </button>
          {link && (
            <input
              className="link-box"
              readOnly
              value={link}
              aria-label="Link to this view"
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </section>
        <section>
          <h3>The app as one file</h3>
          <p>
            The whole app in one HTML file{ONE_FILE ? ", like this one" : ""}: copy it to a USB stick or a shared folder
            and double-click it. It opens in a browser with no network and nothing to install.
          </p>
          <button type="button" onClick={() => void appFile(false)}>
            Download this app
          </button>{" "}
          <button
            type="button"
            onClick={() => void appFile(true)}
            disabled={nothingMine}
            aria-describedby="app-lesson-note"
          >
            Download this lesson
          </button>
          <p id="app-lesson-note" className="hint">
            {nothingMine
              ? "Download this lesson puts your own routes, notes and slides inside the file; you have made none yet."
              : `Download this lesson puts your ${describeCount(mine)} inside the file: whoever opens it sees your lesson.`}
          </p>
        </section>
        {props.damaged !== null && (
          <section>
            <h3>Saved data that could not be read</h3>
            <p>
              Keep this file: it may be possible to recover your work from it. Once it is downloaded, the copy in this
              browser is deleted.
            </p>
            <button
              type="button"
              onClick={() => {
                download(
                  new Blob([JSON.stringify(props.damaged, null, 1)], { type: "application/json" }),
                  "caspian-routes-damaged-data.json",
                );
                props.onDamagedHandled();
                setMessage("caspian-routes-damaged-data.json is in your downloads.");
              }}
            >
              Download the damaged data
            </button>{" "}
            {discarding ? (
              <p className="confirm-delete" role="alert">
                Delete the damaged data kept in this browser? It cannot be brought back.{" "}
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    props.onDamagedHandled();
                    setMessage("The damaged data is deleted.");
                  }}
                >
                  Yes, discard it
                </button>{" "}
                <button type="button" onClick={() => setDiscarding(false)}>
                  Keep it
                </button>
              </p>
            ) : (
              <button type="button" className="danger" onClick={() => setDiscarding(true)}>
                Discard it…
              </button>
            )}
          </section>
        )}
        <p className="export-message" role="status">
          {message}
        </p>
      </div>
    </dialog>
  );
}
