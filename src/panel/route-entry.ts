import type { Content } from "../content/schema";
import type { LineStyleKey } from "../map/line-styles";
import type { UserRoute } from "../store/user-route";

/** What the route list, keys and legend need of a route, built-in or imported. */
export type RouteEntry = {
  id: string;
  name: string;
  colour: string;
  summary: string;
  /** The swatch's pattern: solid for built-in routes (their lines vary), the chosen dash for imported ones. */
  dash: LineStyleKey;
  /** Imported by the teacher, not from the article. */
  user: boolean;
};

export function routeEntries(content: Content, userRoutes: readonly UserRoute[]): RouteEntry[] {
  return [
    ...content.routes.map((r) => ({
      id: r.id,
      name: r.name,
      colour: r.colour,
      summary: r.summary,
      dash: "operating" as const,
      user: false,
    })),
    ...userRoutes.map((r) => ({
      id: r.id,
      name: r.name,
      colour: r.colour,
      summary: `Added by you from ${r.fileName}: ${r.lines.length} line${r.lines.length === 1 ? "" : "s"}.`,
      dash: r.dash,
      user: true,
    })),
  ];
}
