import generated from "../generated/data.json";
import { content as contentInput } from "./content";
import type { BuiltData, Content } from "./schema";

/**
 * Validated by the build (src/build/prepare.ts writes data.json only from content that passed
 * the schema) and by the unit tests, so the app takes the types without parsing again at run time.
 */
export const data = generated as unknown as BuiltData;
export const content = contentInput as Content;
export const routeIds: readonly string[] = content.routes.map((r) => r.id);
