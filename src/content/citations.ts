import type { BuiltData } from "./schema";
import { capacityAt, entryAt } from "./timeline";

/**
 * The bibliography ids behind what the map draws on a day: the status entry in force for each
 * line of a shown route, and its capacity figure when width shows capacity. In bibliography
 * order, each once (for the PNG's list of sources).
 */
export function sourcesOnMap(
  data: BuiltData,
  visible: Readonly<Record<string, boolean>>,
  day: number,
  byCapacity: boolean,
): string[] {
  const cited = new Set<string>();
  for (const { properties: p } of data.lines.features) {
    if (!visible[p.route]) continue;
    const entry = entryAt(p.history, day);
    if (!entry) continue;
    for (const id of entry.sources) cited.add(id);
    const capacity = byCapacity ? capacityAt(p.capacity, day) : null;
    for (const id of capacity?.sources ?? []) cited.add(id);
  }
  return data.content.sources.map((s) => s.id).filter((id) => cited.has(id));
}
