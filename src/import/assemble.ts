import { LINE_STYLES, type LineStyleKey } from "../map/line-styles";
import { routeWithinLimits } from "../store/saved-format";
import type { Note, UserLine, UserRoute } from "../store/user-route";
import { boundsOf } from "./measure";
import type { RouteHints } from "./validate";

/** A kebab-case id for a new imported route, unused among `taken`. */
export function newRouteId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 30)
      .replace(/-+$/g, "") || "route";
  for (let n = 1; ; n++) {
    const id = `user-${slug}${n === 1 ? "" : `-${n}`}`;
    if (!taken.has(id)) return id;
  }
}

/** The route the teacher described in the import form. */
export function makeRoute(
  fields: Pick<UserRoute, "name" | "colour" | "dash" | "obstacle">,
  lines: UserLine[],
  fileName: string,
  taken: ReadonlySet<string>,
): UserRoute {
  const id = newRouteId(fields.name, taken);
  return routeWithinLimits({
    ...fields,
    id,
    fileName,
    bounds: boundsOf(lines),
    lines: lines.map((l, i) => ({ ...l, id: `${id}-${i + 1}` })),
  });
}

const isDash = (v: string | null): v is LineStyleKey => v !== null && Object.hasOwn(LINE_STYLES, v);

/**
 * Routes from a file this app exported: lines grouped by their route, with the name, colour,
 * pattern and note they were exported with. The app's own routes are left out (they are already
 * here); notes on them come back with `notes`.
 */
export function routesFromExport(
  lines: (UserLine & { hints: RouteHints | null })[],
  fileName: string,
  builtInIds: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): { routes: UserRoute[]; notes: Record<string, Note>; skippedBuiltIn: number } {
  const groups = new Map<string, (UserLine & { hints: RouteHints | null })[]>();
  for (const l of lines) {
    const key = l.hints?.route ?? "";
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const routes: UserRoute[] = [];
  const notes: Record<string, Note> = {};
  const used = new Set(taken);
  let skippedBuiltIn = 0;
  for (const [key, group] of groups) {
    const hints = group[0].hints;
    if (hints?.builtIn && builtInIds.has(key)) {
      skippedBuiltIn++;
      if (hints.note) notes[key] = { text: hints.note, updated: "" };
      continue;
    }
    const name = hints?.routeName ?? group[0].name ?? "Imported route";
    const id = /^user-[a-z0-9]+(-[a-z0-9]+)*$/.test(key) && !used.has(key) ? key : newRouteId(name, used);
    used.add(id);
    routes.push(
      routeWithinLimits({
        id,
        name,
        colour: hints?.colour && /^#[0-9a-f]{6}$/i.test(hints.colour) ? hints.colour : "#424242",
        dash: isDash(hints?.dash ?? null) ? (hints?.dash as LineStyleKey) : "operating",
        obstacle: hints?.obstacle ?? "",
        fileName,
        bounds: boundsOf(group),
        lines: group.map((l, i) => ({
          id: `${id}-${i + 1}`,
          name: l.name,
          coordinates: l.coordinates,
          drawnKm: l.drawnKm,
          countries: l.countries,
        })),
      }),
    );
    if (hints?.note) notes[id] = { text: hints.note, updated: "" };
  }
  return { routes, notes, skippedBuiltIn };
}

/** Routes given fresh ids (and line ids), as copies beside routes already here. */
export function asCopies(routes: readonly UserRoute[], taken: ReadonlySet<string>): UserRoute[] {
  const used = new Set(taken);
  return routes.map((r) => {
    const id = newRouteId(r.name, used);
    used.add(id);
    return { ...r, id, lines: r.lines.map((l, i) => ({ ...l, id: `${id}-${i + 1}` })) };
  });
}
