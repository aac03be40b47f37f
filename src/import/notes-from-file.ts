import type { Note } from "../store/user-route";

/**
 * Which of a file's notes to apply, and what to say: a note is restored where the teacher has
 * none (or the route it belongs to is being replaced by the file's); where the teacher already
 * wrote a different note, theirs is kept and the message says so.
 */
export function notesFromFile(
  existing: Readonly<Record<string, Note>>,
  incoming: Readonly<Record<string, Note>>,
  replaced: ReadonlySet<string>,
): { apply: [string, Note][]; message: string } {
  const apply: [string, Note][] = [];
  let kept = 0;
  for (const [route, note] of Object.entries(incoming)) {
    const mine = Object.hasOwn(existing, route) ? existing[route] : undefined;
    if (!mine || replaced.has(route)) apply.push([route, note]);
    else if (mine.text !== note.text) kept++;
  }
  const n = apply.length;
  const parts = [
    n > 0 ? `${n === 1 ? "A note" : `${n} notes`} from the file ${n === 1 ? "was" : "were"} restored.` : "",
    kept > 0
      ? `Where you had already written a note (${kept} route${kept === 1 ? "" : "s"}), yours ${kept === 1 ? "was" : "were"} kept and the file's left out.`
      : "",
  ];
  return { apply, message: parts.filter(Boolean).join(" ") };
}
