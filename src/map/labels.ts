import type { BuiltData, Content, PlaceFeature } from "../content/schema";

/** The text a place shows on the map: its name, and a smaller detail line where it has one. */
export function placeLabel(place: PlaceFeature): string[] {
  const { name, detail } = place.properties;
  return detail ? [name, detail] : [name];
}

/** Every string the map draws, so the build can make glyphs for exactly the characters used. */
export function labelTexts(data: BuiltData, content: Pick<Content, "routes" | "statusLabels">): string[] {
  return [
    ...data.places.features.flatMap(placeLabel),
    ...content.routes.map((r) => r.mapLabel),
    // Halted and cancelled lines are named along the line with their status (route-layers.ts).
    ...Object.values(content.statusLabels).map((s) => ` · ${s.toLowerCase()}`),
  ];
}
