import generated from "../generated/data.json";
import type { BuiltData } from "./schema";
import { latestFactYear, stepDay } from "./timeline";

/**
 * Everything the app shows, as the build step wrote it (src/build/prepare.ts): the content file
 * and the geo files after validation by the one schema, plus the facts computed with Turf. It was
 * validated there, so the app takes the type without parsing again (and without zod) at run time.
 */
export const data = generated as unknown as BuiltData;
export const content = data.content;
export const routeIds: readonly string[] = content.routes.map((r) => r.id);
export const stepIds: readonly string[] = content.timeline.map((s) => s.id);
/** The article's own date, the first step of the time lens (days since 1970). */
export const articleDay = stepDay(content.timeline[0]);
/** The latest year our sources reach: what "Today" on the time lens means. */
export const todayYear = latestFactYear(data.lines.features);
