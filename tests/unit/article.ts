import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The article stays out of the repo (copyright). CI and developers have it beside the clone at
 * ../shared/source/article.md; ARTICLE_PATH overrides.
 */
export const ARTICLE_PATH = resolve(
  process.env.ARTICLE_PATH ?? resolve(import.meta.dirname, "../../../shared/source/article.md"),
);

/** Paragraph number → text, from lines that start "¶N". */
export function readArticleParagraphs(path = ARTICLE_PATH): Map<number, string> | null {
  if (!existsSync(path)) return null;
  const paragraphs = new Map<number, string>();
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const m = /^¶(\d+)\s+(.*)$/.exec(line);
    if (m) paragraphs.set(Number(m[1]), m[2].trim());
  }
  return paragraphs;
}
