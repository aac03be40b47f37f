import { useEffect, useRef, useState } from "react";
import type { PrintKind } from "./handout";

type Props = {
  /** What is being prepared now, if anything, and how far it has got. */
  progress: { kind: PrintKind; drawn: number; total: number; done: boolean; failed: string | null } | null;
  onPrint(kind: PrintKind): void;
  onClose(): void;
};

const CHOICES: { kind: PrintKind; label: string; about: string }[] = [
  {
    kind: "handout",
    label: "Handout",
    about:
      "A title page with an overview map, then one page per route: its map, the obstacle the article names with its ¶, its lines and the sources.",
  },
  {
    kind: "worksheet",
    label: "Student worksheet",
    about: "One page per route with its map, the obstacle hidden, the discussion questions and lines to write on.",
  },
  {
    kind: "teacher",
    label: "Worksheet: teacher's copy",
    about: "The worksheet with the answers (the obstacle and the article's words) and your notes for each route.",
  },
];

/**
 * Printing: a choice of handout, worksheet or teacher's copy. The maps are drawn as still
 * pictures off screen (the projected map never moves); the dialog shows how far that has got and
 * keeps its button disabled until the print dialog opens.
 */
export default function PrintDialog({ progress, onPrint, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [kind, setKind] = useState<PrintKind>("handout");
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const working = !!progress && !progress.done && !progress.failed;
  return (
    <dialog ref={dialog} className="export-dialog print-dialog" aria-labelledby="print-title" onClose={onClose}>
      <header className="table-head">
        <h2 id="print-title">Print</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close<span className="visually-hidden"> print</span>
        </button>
      </header>
      <div className="export-body">
        <fieldset className="print-choices">
          <legend>What to print</legend>
          {CHOICES.map((c) => (
            <label key={c.kind}>
              <input
                type="radio"
                name="print-kind"
                value={c.kind}
                checked={kind === c.kind}
                onChange={() => setKind(c.kind)}
              />
              <span>
                <strong>{c.label}</strong>
                <br />
                {c.about}
              </span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="print-go" disabled={working} onClick={() => onPrint(kind)}>
          {working ? "Preparing…" : "Print"}
        </button>
        <div className="export-message" role="status">
          {progress?.failed ??
            (progress &&
              (progress.done
                ? "Ready: your browser's print dialog has opened. Choose a printer, or Save as PDF."
                : `Drawing the maps: ${progress.drawn} of ${progress.total}`))}
          {working && progress && <progress max={progress.total} value={progress.drawn} aria-label="Maps drawn" />}
        </div>
      </div>
    </dialog>
  );
}
