import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGeoDir, validateProject } from "../../src/build/load-project";
import { content } from "../../src/content/content";
import {
  labelledTicks,
  latestFactYear,
  mtPerYear,
  periodEnd,
  periodStart,
  statusAt,
  stepDay,
  tickPositions,
} from "../../src/content/timeline";
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
  const op = (n: number) => Array(n).fill("operating");
  const halted = (n: number) => Array(n).fill("halted");
  // Columns follow content.timeline:
  // Nov 1997, Apr 1999, Apr 2000, Nov 2001, Jan 2002, May 2006, Jul 2006, 2008, 2009, 2010, today.
  const expected: Record<string, (string | null)[]> = {
    "iran-kti-pipeline": Array(11).fill("proposed"),
    // Agreed in 1996, put off in March 2001, running from January 2002, suspended June 2010.
    "iran-aktau-neka-swap": ["agreed", "agreed", "agreed", "agreed", ...op(5), "halted", "halted"],
    // Finished January 2001: not on the map before.
    "iran-neka-rey": [null, null, null, ...op(8)],
    "caucasus-tengiz-aktau": op(11),
    "caucasus-aktau-baku-tanker": op(11),
    "caucasus-baku-batumi-rail": op(11),
    "caucasus-baku-supsa": ["under-construction", ...op(10)],
    // Political declaration 1998, binding agreement November 1999, oil at Ceyhan 28 May 2006.
    "caucasus-btc": ["proposed", "proposed", "agreed", "agreed", "agreed", ...op(6)],
    // Kazakh oil into BTC: agreed June 2006, flowing from October 2008.
    "caucasus-aktau-sangachal-tanker": [null, null, null, null, null, null, "agreed", ...op(4)],
    // The 1997 plan, shelved in August 1999; the western start and eastern end were never built.
    "east-asia-uzen-kenkiyak": ["agreed", "agreed", ...halted(9)],
    "east-asia-alashankou-karamay": ["agreed", "agreed", ...halted(9)],
    "east-asia-kenkiyak-kumkol": ["agreed", "agreed", ...halted(5), "agreed", ...op(3)],
    "east-asia-kumkol-atasu": ["agreed", "agreed", ...halted(4), ...op(5)],
    // First pipeline oil crossed into China on 25 May 2006.
    "east-asia-atasu-alashankou": ["agreed", "agreed", ...halted(3), ...op(6)],
    // Opened 2003, flowing west to Atyrau: not part of the China line in any step.
    "east-asia-kenkiyak-atyrau": [null, null, null, null, null, ...op(6)],
    "russia-atyrau-samara": op(11),
    // First tanker 13 October 2001, opened 27 November 2001: operating at the November 2001 step.
    "russia-cpc": ["agreed", "agreed", "under-construction", ...op(8)],
    "russia-baku-khasavyurt": op(11),
    // Chechnya closed its section in April 1999; the bypass was due in service in April 2000.
    "russia-chechen-section": ["operating", ...halted(10)],
    "russia-dagestan-bypass": ["agreed", "agreed", ...op(9)],
    "russia-terskaya-novorossiysk": op(11),
  };

  it("covers every line and every step", () => {
    expect(Object.keys(expected).sort()).toEqual(project.lines.map((l) => l.properties.id).sort());
    expect(steps).toEqual([
      "1997-11",
      "1999-04",
      "2000-04",
      "2001-11",
      "2002-01",
      "2006-05",
      "2006-07",
      "2008",
      "2009",
      "2010",
      "today",
    ]);
  });

  for (const [id, statuses] of Object.entries(expected)) {
    it(id, () => {
      const got = content.timeline.map((t) => statusAt(line(id).history, stepDay(t)));
      expect(got).toEqual(statuses);
    });
  }
});

describe("the corrected dates hold at their boundaries", () => {
  it("the consortium's line was not operating during line fill; it was from the first tanker", () => {
    const cpc = line("russia-cpc").history;
    expect(statusAt(cpc, on("2001-03-31"))).toBe("under-construction");
    expect(statusAt(cpc, on("2001-10-12"))).toBe("under-construction");
    expect(statusAt(cpc, on("2001-10-13"))).toBe("operating");
  });

  it("the swaps did not run in 2000–01; they ran from January 2002", () => {
    const swap = line("iran-aktau-neka-swap").history;
    expect(statusAt(swap, on("2000-06-01"))).toBe("agreed");
    expect(statusAt(swap, on("2001-12-31"))).toBe("agreed");
    expect(statusAt(swap, on("2002-01-01"))).toBe("operating");
  });

  it("the bypass, not the line through Grozny, carries oil from April 2000", () => {
    const april2000 = on("2000-04-01");
    expect(statusAt(line("russia-chechen-section").history, april2000)).toBe("halted");
    expect(statusAt(line("russia-dagestan-bypass").history, april2000)).toBe("operating");
    expect(statusAt(line("russia-dagestan-bypass").history, on("1999-12-31"))).toBe("under-construction");
  });

  it("the swap line's width in 1997 is the 2 Mt/yr start, not the 6 Mt/yr aimed for by 2006", () => {
    const swap = line("iran-aktau-neka-swap");
    expect(lineLook(swap, stepDay(content.timeline[0]), true)?.capacity?.value).toBe(2);
    expect(lineLook(swap, stepDay({ date: "2006-07" }), true)?.capacity?.value).toBe(6);
  });
});

describe("boundary dates", () => {
  it("a month-precise opening counts from the first of the month", () => {
    const grozny = line("russia-chechen-section").history;
    expect(statusAt(grozny, on("1999-03-31"))).toBe("operating");
    expect(statusAt(grozny, on("1999-04-01"))).toBe("halted");
  });

  it("a year-only date counts from 1 January", () => {
    const link = line("east-asia-kenkiyak-atyrau").history;
    expect(statusAt(link, on("2002-12-31"))).toBeNull();
    expect(statusAt(link, on("2003-01-01"))).toBe("operating");
  });

  it("a day-precise entry starts on that day; before a line's first entry there is no status", () => {
    const north = line("russia-baku-khasavyurt").history;
    expect(statusAt(north, on("1997-10-24"))).toBeNull();
    expect(statusAt(north, on("1997-10-25"))).toBe("operating");
  });

  it("the article's own date shows the 1997 statuses", () => {
    const article = stepDay(content.timeline[0]);
    expect(article).toBe(on("1997-11-24"));
    expect(statusAt(line("east-asia-atasu-alashankou").history, article)).toBe("agreed");
    expect(statusAt(line("caucasus-btc").history, article)).toBe("proposed");
  });
});

describe("how a line is drawn on a date", () => {
  it("a halted line keeps the pattern of what it was, faded", () => {
    const look = lineLook(line("russia-chechen-section"), stepDay({ date: "1999-04" }));
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

describe("the time lens's ticks", () => {
  const steps = content.timeline;
  const year = latestFactYear(project.lines);

  it("'Today' means the latest year the sources speak of", () => {
    const years = project.lines.flatMap((l) => l.properties.history.map((h) => Number(h.date.slice(0, 4))));
    expect(year).toBe(Math.max(...years));
    expect(latestFactYear([{ properties: { history: [{ date: "2001-03" }], capacity: [{ from: "2018-04" }] } }])).toBe(
      2018,
    );
  });

  it("spaces the ticks by time, from 0 at the article to 1 today", () => {
    const at = tickPositions(steps, year);
    expect(at[0]).toBe(0);
    expect(at[at.length - 1]).toBe(1);
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1]);
    const idx = (id: string) => steps.findIndex((s) => s.id === id);
    // 2001 to 2006 is longer than May to July 2006.
    expect(at[idx("2006-05")] - at[idx("2001-11")]).toBeGreaterThan(10 * (at[idx("2006-07")] - at[idx("2006-05")]));
  });

  it("labels the first, the last and the current tick, and no two labels closer than the gap", () => {
    const at = [0, 0.05, 0.3, 0.31, 0.6, 1];
    const shown = labelledTicks(at, 3, 0.1);
    expect(shown[3]).toBe(true);
    expect(shown[5]).toBe(true);
    const kept = at.filter((_, i) => shown[i]);
    for (let i = 1; i < kept.length; i++) expect(kept[i] - kept[i - 1]).toBeGreaterThanOrEqual(0.1);
    // The current tick's neighbour gives up its label.
    expect(shown[2]).toBe(false);
  });
});
