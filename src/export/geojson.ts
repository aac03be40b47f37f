import type { BuiltData, Content } from "../content/schema";
import { stepDay } from "../content/timeline";
import { lineLook } from "../map/line-styles";
import type { Note, UserRoute } from "../store/user-route";

/**
 * Every route, built-in and imported, as one GeoJSON FeatureCollection (RFC 7946). Each line is
 * a LineString feature; route details ride in "caspian:" properties (any GeoJSON tool ignores
 * them), so this app reads the file back as the same routes. Deterministic: the same routes and
 * notes always give the same text, which makes the round trip testable.
 */
export function exportGeoJson(
  content: Content,
  data: BuiltData,
  userRoutes: readonly UserRoute[],
  notes: Readonly<Record<string, Note>>,
): string {
  const articleDay = stepDay(content.timeline[0]);
  const note = (id: string) => (notes[id]?.text ? { "caspian:teacherNote": notes[id].text } : {});
  const builtIn = data.lines.features.map((f) => {
    const route = content.routes.find((r) => r.id === f.properties.route);
    return {
      type: "Feature",
      properties: {
        name: f.properties.name,
        "caspian:route": f.properties.route,
        "caspian:routeName": route?.name ?? f.properties.route,
        "caspian:colour": route?.colour ?? "#000000",
        "caspian:dash": lineLook(f.properties, articleDay)?.style ?? "operating",
        "caspian:obstacle": route?.article.obstacle ?? "",
        "caspian:builtIn": true,
        ...note(f.properties.route),
      },
      geometry: f.geometry,
    };
  });
  const imported = userRoutes.flatMap((r) =>
    r.lines.map((l) => ({
      type: "Feature",
      properties: {
        name: l.name,
        "caspian:route": r.id,
        "caspian:routeName": r.name,
        "caspian:colour": r.colour,
        "caspian:dash": r.dash,
        "caspian:obstacle": r.obstacle,
        "caspian:builtIn": false,
        ...note(r.id),
      },
      geometry: { type: "LineString", coordinates: l.coordinates },
    })),
  );
  const collection = {
    type: "FeatureCollection",
    "caspian:about": `Routes from Caspian Routes, after ${content.article.outlet}, ${content.article.date}. Built-in routes are drawn through published waypoints (about ±20 km).`,
    features: [...builtIn, ...imported],
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
