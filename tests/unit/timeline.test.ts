import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGeoDir, validateProject } from "../../src/build/load-project";
import { content } from "../../src/content/content";
import { mtPerYear, periodEnd, periodStart, statusAt, stepDay } from "../../src/content/timeline";
import { lineLook } from "../../src/map/line-styles";

const project = validateProject({ content, geo: readGeoDir(resolve(import.meta.dirname, "../../geo")) });
const line = (id: string) => {
  const found = project.lines.find((l) => l.properties.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found.properties;
};
const on = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

describe("partial dates", () => {
  it("count an event from the first day of its period", () => {
    expect(periodStart("2009")).toBe(on("2009-01-01"));
    expect(periodStart("2006-07")).toBe(on("2006-07-01"));
    expect(periodStart("1997-10-25")).toBe(on("1997-10-25"));
  });

  it("show a step at the last day of its period", () => {
    expect(periodEnd("2009")).toBe(on("2009-12-31"));
    expect(periodEnd("2008-02")).toBe(on("2008-02-29"));
    expect(periodEnd("1999-04")).toBe(on("1999-04-30"));
    expect(periodEnd("1997-11-24")).toBe(on("1997-11-24"));
    expect(stepDay({ date: "today" })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("status at each step of the time lens, for every line", () => {
  const steps = content.timeline.map((t) => t.id);
  // Columns follow content.timeline: Nov 1997, Apr 1999, Mar 2001, May 2006, Jul 2006, 2008, 2009, 2010, today.
  const expected: Record<string, string[]> = {
    "iran-kti-pipeline": Array(9).fill("proposed"),
    "iran-aktau-neka-swap": ["agreed", "agreed", ...Array(5).fill("operating"), "halted", "halted"],
    "caucasus-tengiz-aktau": Array(9).fill("operating"),
    "caucasus-trans-caspian": Array(9).fill("operating"),
    "caucasus-baku-supsa": ["under-construction", ...Array(8).fill("operating")],
    "caucasus-btc": ["proposed", "agreed", "agreed", ...Array(6).fill("operating")],
    "east-asia-atyrau-kenkiyak": ["agreed", "agreed", "agreed", ...Array(6).fill("operating")],
    "east-asia-kenkiyak-kumkol": [...Array(6).fill("agreed"), "operating", "operating", "operating"],
    "east-asia-kumkol-alashankou": ["agreed", "agreed", "agreed", "under-construction", ...Array(5).fill("operating")],
    "russia-atyrau-samara": Array(9).fill("operating"),
    "russia-cpc": ["agreed", "under-construction", ...Array(7).fill("operating")],
    "russia-baku-novorossiysk": ["operating", "halted", ...Array(7).fill("operating")],
  };

  it("covers every line and every step", () => {
    expect(Object.keys(expected).sort()).toEqual(project.lines.map((l) => l.properties.id).sort());
    expect(steps).toEqual(["1997-11", "1999-04", "2001-03", "2006-05", "2006-07", "2008", "2009", "2010", "today"]);
  });

  for (const [id, statuses] of Object.entries(expected)) {
    it(id, () => {
      const got = content.timeline.map((t) => statusAt(line(id).history, stepDay(t)));
      expect(got).toEqual(statuses);
    });
  }
});

describe("boundary dates", () => {
  it("a month-precise opening counts from the first of the month", () => {
    const supsa = line("caucasus-baku-supsa").history;
    expect(statusAt(supsa, on("1999-03-31"))).toBe("under-construction");
    expect(statusAt(supsa, on("1999-04-01"))).toBe("operating");
  });

  it("a year-only date counts from 1 January", () => {
    const link = line("east-asia-kenkiyak-kumkol").history;
    expect(statusAt(link, on("2008-12-31"))).toBe("agreed");
    expect(statusAt(link, on("2009-01-01"))).toBe("operating");
  });

  it("a day-precise entry starts on that day; before a line's first entry there is no status", () => {
    const north = line("russia-baku-novorossiysk").history;
    expect(statusAt(north, on("1997-10-24"))).toBeNull();
    expect(statusAt(north, on("1997-10-25"))).toBe("operating");
  });

  it("the article's own date shows the 1997 statuses", () => {
    const article = stepDay(content.timeline[0]);
    expect(article).toBe(on("1997-11-24"));
    expect(statusAt(line("east-asia-kumkol-alashankou").history, article)).toBe("agreed");
    expect(statusAt(line("caucasus-btc").history, article)).toBe("proposed");
  });
});

describe("how a line is drawn on a date", () => {
  it("a halted line keeps the pattern of what it was, faded", () => {
    const look = lineLook(line("russia-baku-novorossiysk"), stepDay({ date: "1999-04" }));
    expect(look).toMatchObject({ status: "halted", inactive: true, style: "operating" });
  });

  it("sea crossings keep their dots whatever their status", () => {
    expect(lineLook(line("iran-aktau-neka-swap"), stepDay({ date: "2010" }))).toMatchObject({
      status: "halted",
      inactive: true,
      style: "tanker",
    });
  });

  it("width follows capacity only when asked, and only where a figure is known", () => {
    const cpc = line("russia-cpc");
    expect(lineLook(cpc, stepDay({ date: "today" }))?.widthFactor).toBe(1);
    const big = lineLook(cpc, stepDay({ date: "today" }), true);
    const small = lineLook(line("iran-aktau-neka-swap"), stepDay({ date: "2006-07" }), true);
    const unknown = lineLook(line("russia-atyrau-samara"), stepDay({ date: "today" }), true);
    expect(big?.capacity?.value).toBe(67);
    expect(big?.widthFactor).toBeGreaterThan(small?.widthFactor ?? Number.POSITIVE_INFINITY);
    expect(small?.widthFactor).toBeGreaterThan(unknown?.widthFactor ?? Number.POSITIVE_INFINITY);
    // Before 2001 the consortium's line had no capacity figure: drawn thin, like any unknown.
    expect(lineLook(cpc, stepDay({ date: "1999-04" }), true)?.capacity).toBeNull();
  });

  it("converts barrels a day to million tonnes a year", () => {
    expect(mtPerYear({ value: 1_000_000, unit: "barrels/day" })).toBeCloseTo(49.8, 1);
    expect(mtPerYear({ value: 67, unit: "Mt/year" })).toBe(67);
  });
});
