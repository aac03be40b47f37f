import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { currentFactTable, FACTS_FILE } from "../../src/build/facts";
import { content } from "../../src/content/content";

describe("the fact table", () => {
  const table = currentFactTable();

  it("is up to date in public/facts.md (run npm run facts after changing content or geo files)", () => {
    expect(readFileSync(FACTS_FILE, "utf8")).toBe(table);
  });

  it("lists every later event and every source with its number", () => {
    for (const r of content.routes) for (const a of r.after1997) expect(table).toContain(a.text.slice(0, 40));
    content.sources.forEach((s, i) => {
      expect(table).toContain(`${i + 1}. ${s.by}`);
    });
  });

  it("marks which claims are the article's", () => {
    expect(table).toMatch(
      /\| Article, quoted \| Iran route \| 24 November 1997 \| “an unwillingness[^|]*\(¶13\) \| RFE\/RL, 24 November 1997 \| yes \|/,
    );
    expect(table).toMatch(
      /\| Later event \| Russian route \| 27 November 2001 \| [^|]+ \| \[\d+\] Bill Anderson, UPI, 27 November 2001; [^|]+ \| no \(later\) \|/,
    );
  });
});
