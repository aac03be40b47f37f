import { useEffect, useRef, useState } from "react";
import type { BuiltData, Content } from "../content/schema";
import type { Note, UserRoute } from "../store/user-route";
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
