import { describe, expect, it } from "vitest";
import { content } from "../../src/content/content";
import { ARTICLE_PATH, readArticleParagraphs } from "./article";

const paragraphs = readArticleParagraphs();
const quotes = [
  ...content.routes.flatMap((r) => r.article.quotes.map((q) => ({ where: r.name, ...q }))),
  ...content.deck.flatMap((s) => ("quote" in s && s.quote ? [{ where: `slide "${s.title}"`, ...s.quote }] : [])),
];

if (!paragraphs) {
  const message = `The article is not at ${ARTICLE_PATH}: the quotation test cannot check the quotes. Put the article there or set ARTICLE_PATH.`;
  console.warn(`\n⚠ ${message}\n`);
  // In CI the article must be there: a missing file is a failure, not a pass.
  if (process.env.CI) throw new Error(message);
}

describe.skipIf(!paragraphs)("quotations from the article", () => {
  it("finds twenty numbered paragraphs", () => {
    expect(paragraphs?.size).toBe(20);
  });

  it("covers the slides' quotations too", () => {
    expect(quotes.some((q) => q.where.startsWith("slide"))).toBe(true);
  });

  it.each(quotes)("$where: “$text” appears verbatim in ¶$paragraph", ({ text, paragraph }) => {
    const body = paragraphs?.get(paragraph);
    expect(body, `¶${paragraph} missing from the article`).toBeDefined();
    expect(body).toContain(text);
  });

  it("cites the paragraphs the issue names for each route's obstacle", () => {
    const cited = Object.fromEntries(
      content.routes.map((r) => [r.id, [...new Set(r.article.quotes.map((q) => q.paragraph))]]),
    );
    expect(cited).toEqual({ iran: [13], caucasus: [14], "east-asia": [14], russia: [15] });
  });
});
