import { useEffect, useRef } from "react";
import type { Content } from "../content/schema";
import { fullCitation } from "./cite";
import { articleCitation } from "./format";

type Props = { content: Content; factsUrl: string; onClose(): void };

/**
 * The whole bibliography, numbered as the citations beside each fact are ("[4]"), with the
 * article itself first and the map's data credits last. A modal dialog, like the routes table.
 */
export default function SourcesView({ content, factsUrl, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="sources-view" aria-labelledby="sources-title" onClose={onClose}>
      <header className="table-head">
        <h2 id="sources-title">Sources</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> the sources</span>
        </button>
      </header>
      <div className="table-scroll">
        <h3>The article</h3>
        <p>
          {articleCitation(content)}. Quotations are its own words, cited by paragraph (¶1–¶20); summaries of it are
          ours.
        </p>
        <h3>Background and later events</h3>
        <p>
          Every date, status, capacity, published length and later event in the app names one or more of these. Links go
          to the publisher's site and need a network; nothing opens until you follow one.
        </p>
        <ol className="bibliography">
          {content.sources.map((s) => (
            <li key={s.id} id={`source-${s.id}`}>
              {fullCitation(s)}
              {s.url && (
                <>
                  {". "}
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.url}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
        <p>
          <a href={factsUrl} target="_blank" rel="noopener">
            The fact table
          </a>
          : every claim on the map with its date, its source and whether it is the article's, on one page.
        </p>
        <h3>Map data and fonts</h3>
        <ul>
          {content.credits.map((c) => (
            <li key={c.what}>
              {c.what}: {c.source} ({c.licence})
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
