import type { ContentInput } from "./schema";

/**
 * The story: route names, colours, obstacles, quotations, background and epilogue.
 * Validated by contentSchema at build time and in the unit tests. Quotations are checked
 * verbatim against the article at the paragraph they cite; everything else is our own words.
 *
 * Colours: four hues (purple, blue, vermilion, gold) whose lightness differs by more than 10 L*
 * (about 21, 33, 47 and 58), so the routes stay distinct in greyscale and for the common
 * colour-vision deficiencies; each has at least 3:1 contrast with the white casing around it.
 */
export const content = {
  title: "Caspian Routes",
  subtitle: "How could Kazakhstan's oil reach the world? The four export routes weighed in November 1997",
  article: {
    title: "Kazakhstan: Analysis From Washington — U.S.-Kazakhstan Relations Remain Fragile",
    outlet: "RFE/RL",
    date: "24 November 1997",
    asOf: "November 1997",
    isoDate: "1997-11-24",
  },
  view: {
    // The Black Sea to Xinjiang, the Volga at Samara to the Gulf.
    bounds: [28, 27, 88, 54],
    // Inside the embedded basemap's extent (src/build/basemap.ts, REGION_BBOX).
    maxBounds: [24, 18, 100, 60],
  },
  focusCountry: "Kazakhstan",
  sourceTags: {
    src: "published source",
    recall: "from memory, not re-checked",
  },
  // The time lens: the article's date, then the dates that changed the map.
  timeline: [
    { id: "1997-11", date: "1997-11-24", label: "November 1997", event: "The article" },
    { id: "1999-04", date: "1999-04", label: "April 1999", event: "Baku–Supsa opens" },
    { id: "2001-03", date: "2001-03", label: "March 2001", event: "The Tengiz–Novorossiysk pipeline opens" },
    { id: "2006-05", date: "2006-05", label: "May 2006", event: "First oil through Baku–Tbilisi–Ceyhan" },
    { id: "2006-07", date: "2006-07", label: "July 2006", event: "Oil flows into China" },
    { id: "2008", date: "2008", label: "2008", event: "Kazakh oil enters Baku–Tbilisi–Ceyhan" },
    { id: "2009", date: "2009", label: "2009", event: "Kenkiyak–Kumkol completes the China line" },
    { id: "2010", date: "2010", label: "2010", event: "Oil swaps with Iran halted" },
    { id: "today", date: "today", label: "Today", event: "Latest status in our sources (up to 2018)" },
  ],
  statusLabels: {
    proposed: "Proposed",
    agreed: "Agreed, not yet built",
    "under-construction": "Under construction",
    operating: "Operating",
    halted: "Halted",
    cancelled: "Cancelled",
  },
  modeLabels: {
    pipeline: "pipeline",
    tanker: "tanker crossing",
    rail: "rail",
  },
  routes: [
    {
      id: "iran",
      name: "Iran route",
      mapLabel: "Iran route",
      colour: "#c0470a",
      summary: "South across Turkmenistan and Iran to the Gulf, plus oil swaps by tanker to Neka.",
      article: {
        obstacle:
          "The shortest way out, but Washington would not back it: the United States wanted the new states to be independent of Moscow, yet refused to let their oil go through Iran.",
        quotes: [{ text: "an unwillingness to support their use of the most direct route out", paragraph: 13 }],
      },
      background: [
        {
          text: "US executive orders of 1995 barred American companies from doing business in Iran, and the Iran and Libya Sanctions Act of August 1996 threatened foreign firms that invested there.",
          source: "src",
        },
        {
          text: "The swap trade was small by design: Neka's port had one berth with a 4 m draft, fit only for small tankers, and the refineries of northern Iran were small.",
          source: "src",
        },
        {
          text: "A pipeline to the Gulf would have to cross the Alborz and Zagros mountains in an earthquake-prone country.",
          source: "recall",
        },
      ],
      after1997: [
        {
          date: "2000",
          text: "TotalFinaElf studied a Kazakhstan–Turkmenistan–Iran pipeline; it was never built.",
          source: "src",
        },
        { date: "2000s", text: "Oil swaps through Neka continued.", source: "src" },
        { date: "2010", text: "The swaps were halted.", source: "src" },
      ],
    },
    {
      id: "caucasus",
      name: "Caucasus route to the West",
      mapLabel: "Caucasus route",
      colour: "#0a4f8f",
      summary:
        "Across the Caspian to Baku, then through Georgia to the Black Sea or on to Turkey's Mediterranean coast.",
      article: {
        obstacle:
          "One of the two routes Washington preferred, but in 1997 it was far from finished and faced political as well as technical difficulties.",
        quotes: [
          { text: "one through the Caucasus to the West", paragraph: 14 },
          { text: "are far from completion", paragraph: 14 },
          { text: "each faces political as well as technical challenges", paragraph: 14 },
        ],
      },
      background: [
        {
          text: "The Caspian's legal status was unresolved, and Russia opposed a pipeline under the sea.",
          source: "src",
        },
        {
          text: "The war over Nagorno-Karabakh ruled out the shorter path through Armenia.",
          source: "recall",
        },
        { text: "Georgia had unresolved conflicts in Abkhazia and South Ossetia.", source: "recall" },
        {
          text: "Cost: a 1998 estimate put Baku–Tbilisi–Ceyhan at $2.5 billion or more for about 1,700 km, and it had to climb passes of about 2,800 m.",
          source: "src",
        },
        {
          text: "Oil loaded on the Black Sea still had to pass Turkey's limits on tankers in the Bosphorus.",
          source: "src",
        },
      ],
      after1997: [
        { date: "October 1998", text: "The Ankara Declaration backed Baku–Tbilisi–Ceyhan.", source: "src" },
        { date: "April 1999", text: "Baku–Supsa opened.", source: "src" },
        {
          date: "May 2006",
          text: "First oil reached Ceyhan through Baku–Tbilisi–Ceyhan (final cost $3.9 billion).",
          source: "src",
        },
        { date: "June 2006", text: "Kazakhstan agreed to join Baku–Tbilisi–Ceyhan.", source: "src" },
        {
          date: "2008",
          text: "Tengiz oil began to cross by tanker from Aktau to Sangachal and into the pipeline.",
          source: "src",
        },
        {
          date: "12 August 2018",
          text: "The convention on the Caspian's legal status was signed at Aktau.",
          source: "src",
        },
      ],
    },
    {
      id: "east-asia",
      name: "East Asia route",
      mapLabel: "East Asia route",
      colour: "#b58300",
      summary: "East across Kazakhstan to Xinjiang in China, under an agreement signed in September 1997.",
      article: {
        obstacle:
          "The other route Washington preferred; like the Caucasus route it was nowhere near finished and had political and technical problems to overcome.",
        quotes: [
          { text: "another to East Asia", paragraph: 14 },
          { text: "are far from completion", paragraph: 14 },
        ],
      },
      background: [
        {
          text: "In June 1997 the Chinese state oil company CNPC bought 60.3% of AktobeMunaiGas; on 24 September 1997 a package of about $9.5 billion included a pipeline of about 3,000 km to Xinjiang, due by 2005.",
          source: "src",
        },
        {
          text: "The distance and its cost were enormous, the fields were thought too small to fill such a line, and talks stalled for years.",
          source: "src",
        },
      ],
      after1997: [
        { date: "January 1998", text: "Kazakh oil began to reach China by rail.", source: "src" },
        { date: "2003", text: "Kenkiyak–Atyrau pipeline opened.", source: "src" },
        {
          date: "July 2006",
          text: "Atasu–Alashankou (built 2004–05) delivered its first oil into China.",
          source: "src",
        },
        { date: "2009", text: "Kenkiyak–Kumkol completed the link across Kazakhstan.", source: "src" },
      ],
    },
    {
      id: "russia",
      name: "Russian route",
      mapLabel: "Russian route",
      colour: "#561650",
      summary:
        "North and west through Russia: the old Soviet pipelines and the planned Caspian Pipeline Consortium line to Novorossiysk.",
      article: {
        obstacle:
          "Moscow wanted Caspian oil to leave only through Russia, so the article expected little Kazakh oil to flow soon and the economic side of US–Kazakh ties to stay weak.",
        quotes: [{ text: "not interested in seeing Caspian oil flow out except via its own territory", paragraph: 15 }],
      },
      background: [
        {
          text: "The Russian pipeline company Transneft controlled access and set quotas for Kazakh oil.",
          source: "src",
        },
        {
          text: "The Baku–Novorossiysk line ran through Chechnya: after the war of 1994–96 came tariff disputes and a bomb in September 1997, and Moscow announced a bypass.",
          source: "src",
        },
        { text: "Tankers from Novorossiysk still had to pass the Bosphorus.", source: "src" },
        { text: "The consortium's partners disputed its financing for years.", source: "src" },
      ],
      after1997: [
        {
          date: "1999",
          text: "The Chechen section was shut; a bypass through Dagestan replaced it.",
          source: "recall",
        },
        {
          date: "March 2001",
          text: "The Caspian Pipeline Consortium line was inaugurated (built 1999–2001).",
          source: "src",
        },
        { date: "2018", text: "The consortium's capacity reached 67 million tonnes a year.", source: "src" },
      ],
    },
  ],
  credits: [
    {
      what: "Country polygons and borders",
      source: "Natural Earth via the world-atlas package",
      licence: "Public domain",
    },
    {
      what: "Map and interface font",
      source: "Noto Sans via @fontsource/noto-sans",
      licence: "SIL Open Font License 1.1",
    },
    {
      what: "Route waypoints and background",
      source: "Caspian Routes research brief (shared/research/routes-1997.md); waypoints accurate to about ±20 km",
      licence: "CC BY 4.0, this project",
    },
  ],
  deck: [
    {
      id: "title",
      kind: "title",
      title: "Kazakhstan's oil and the United States, November 1997",
      caption:
        "In November 1997 Kazakhstan's president, Nursultan Nazarbayev, spent two days in Washington. A news analysis written that week asked why the relationship would stay fragile even after so successful a visit. Oil, and the routes by which it could leave a landlocked country, sat at the centre of the answer.",
      paragraphs: [1, 2, 4],
      camera: { bounds: [28, 27, 88, 54] },
      visible: [],
      highlight: null,
      notes:
        "Set the scene: Kazakhstan had been independent for six years. It held large oil fields around the Caspian Sea, but it had no coast on an open sea. The map shows the borders of November 1997.",
      questions: [
        "Find Kazakhstan on the map. Which seas could its oil reach without crossing another country?",
        "Why might a landlocked country with oil depend on its neighbours?",
      ],
    },
    {
      id: "oil-is-the-basis",
      kind: "context",
      title: "Oil is the basis of the relationship",
      caption:
        "Both sides said their ties rested on the economy, above all Kazakhstan's oil. But they expected different things from it: Nazarbayev spoke of wealth and closer links with the West, while American leaders spoke of stability, human rights and even democracy.",
      paragraphs: [6, 7, 8, 9, 10, 11],
      quote: { text: "the basis of the relationship was economic", paragraph: 6 },
      camera: { bounds: [45, 40, 88, 56] },
      visible: [],
      highlight: null,
      notes:
        "Tengiz, on the north-east shore of the Caspian, was the giant field of the day. Point out how far it is from any open sea. The article contrasts Al Gore's and Hillary Clinton's remarks with Nazarbayev's silence on politics (¶10–¶12).",
      questions: [
        "What did each side hope the oil would bring?",
        "Can trade alone lead to democracy? What does the article suggest?",
      ],
    },
    {
      id: "iran-route",
      kind: "route",
      title: "The Iran route",
      caption:
        "The shortest way to an open sea ran south, across Turkmenistan and Iran to the Gulf. Small swaps by tanker to the Iranian port of Neka had already been agreed. Predict: why might Washington have objected?",
      paragraphs: [13],
      camera: { route: "iran" },
      visible: ["iran"],
      highlight: "iran",
      reveal: true,
      notes:
        "Let students predict before revealing. Background: US sanctions of 1995 and 1996 barred American firms from Iran and threatened foreign investors there.",
      questions: [
        "Why was this route the most direct?",
        "Why would the United States support independence for the new states but not this route?",
      ],
    },
    {
      id: "caucasus-route",
      kind: "route",
      title: "The Caucasus route to the West",
      caption:
        "By tanker across the Caspian to Baku, then by pipeline through Georgia to the Black Sea, or on through Turkey to the Mediterranean. In 1997 one line was being built and the longest was only proposed. Predict: what stood in the way?",
      paragraphs: [14],
      camera: { route: "caucasus" },
      visible: ["caucasus"],
      highlight: "caucasus",
      reveal: true,
      notes:
        "Background: the Caspian's legal status was disputed, the war over Nagorno-Karabakh closed the short way through Armenia, and Georgia had its own conflicts. Tankers on the Black Sea still had to pass the Bosphorus.",
      questions: [
        "Count the countries this route crosses. What could go wrong in each?",
        "Why would Washington prefer this long route to the short one through Iran?",
      ],
    },
    {
      id: "east-asia-route",
      kind: "route",
      title: "The East Asia route",
      caption:
        "In September 1997 China agreed to build a pipeline of about 3,000 km from western Kazakhstan to Xinjiang. Nothing had been built yet. Predict: what would make such a line hard?",
      paragraphs: [14],
      camera: { route: "east-asia" },
      visible: ["east-asia"],
      highlight: "east-asia",
      reveal: true,
      notes:
        "The line on the map follows the route as it was built later, in stages between 2003 and 2009. In 1997 it was only a plan on paper.",
      questions: [
        "Compare the length of this route with the others. What does distance do to cost?",
        "Why might Washington have preferred this route to one through Iran or Russia?",
      ],
    },
    {
      id: "russian-route",
      kind: "route",
      title: "The Russian route",
      caption:
        "The old Soviet pipelines ran north into Russia, and a new line from Tengiz to the Black Sea port of Novorossiysk had been agreed. Predict: what did Moscow want?",
      paragraphs: [15],
      camera: { route: "russia" },
      visible: ["russia"],
      highlight: "russia",
      reveal: true,
      notes:
        "Background: Russia's pipeline company set quotas for Kazakh oil. The Baku–Novorossiysk line ran through Chechnya, where a war had ended only in 1996.",
      questions: [
        "What power does controlling a pipeline give a country?",
        "Why did the article think that little Kazakh oil would flow soon?",
      ],
    },
    {
      id: "three-reasons",
      kind: "reasons",
      title: "Three reasons the relationship would grow slowly",
      caption:
        "The article gives three reasons (¶5). First, the two sides wanted different things from their economic ties (¶6). Second, the routes: Washington would not back Iran, its own favourites were unfinished, and Moscow wanted control (¶13–¶15). Third, they agreed on defence cooperation but read it differently (¶16–¶18).",
      paragraphs: [5, 6, 13, 14, 15, 16, 17, 18],
      camera: { bounds: [28, 27, 88, 54] },
      visible: "all",
      highlight: null,
      notes:
        "All four routes are back on the map. Ask students to rank the obstacles: which was political, which technical, which both?",
      questions: [
        "Which of the three reasons is about geography?",
        "Which obstacle do you think was hardest to overcome in 1997, and why?",
        "How are the three reasons connected?",
      ],
    },
    {
      id: "difficult-and-fragile",
      kind: "conclusion",
      title: "Difficult and fragile",
      caption:
        "The conclusion: none of these differences would end the relationship, but it would stay hard work, because the two sides saw it differently, and weak, because it rested almost only on oil that could not yet reach the West.",
      paragraphs: [19, 20],
      quote: { text: "likely to remain both difficult and fragile", paragraph: 19 },
      camera: { bounds: [28, 27, 88, 54] },
      visible: "all",
      highlight: null,
      notes:
        "Read ¶20 aloud. The article makes the whole relationship depend on the routes on this map: a good link to the epilogue.",
      questions: [
        "Why does the article call oil a weak foundation for a relationship?",
        "What would have to happen on this map for the relationship to grow stronger?",
      ],
    },
    {
      id: "after-1997",
      kind: "epilogue",
      title: "After 1997: the first new pipelines",
      caption:
        "By March 2001 two new lines were working: Baku–Supsa to the Black Sea (April 1999) and the pipeline from Tengiz to Novorossiysk (March 2001). The line through Chechnya had been shut and bypassed.",
      paragraphs: [],
      camera: { bounds: [28, 27, 88, 54] },
      visible: "all",
      highlight: null,
      later: true,
      date: "2001-03",
      notes:
        "This slide is hindsight, not the article. The map now shows March 2001: solid lines were operating. Ask which of the article's routes moved first, and whose territory they crossed.",
      questions: [
        "Which of these first new lines went through Russia, and which avoided it?",
        "Why might a line to Novorossiysk have been built before one to the Mediterranean?",
      ],
    },
    {
      id: "after-1997-2006",
      kind: "epilogue",
      title: "2006: oil reaches the Mediterranean and China",
      caption:
        "In May 2006 oil reached Ceyhan through Baku–Tbilisi–Ceyhan, and in July 2006 oil flowed into China. From 2008 Kazakh oil crossed the Caspian to join the line to Ceyhan.",
      paragraphs: [],
      camera: { bounds: [28, 27, 88, 54] },
      visible: "all",
      highlight: null,
      later: true,
      date: "2006-07",
      notes:
        "The two routes the article called far from completion were now working, nine years later. The last link of the China line, Kenkiyak–Kumkol, followed in 2009.",
      questions: [
        "How long did the routes Washington preferred take to build?",
        "Was the article right that they were far from completion?",
      ],
    },
    {
      id: "after-1997-today",
      kind: "epilogue",
      title: "Today: what became of the routes",
      caption:
        "No pipeline through Iran was built, and the oil swaps with Iran stopped in 2010. The Russian route grew: the pipeline to Novorossiysk was expanded in 2018.",
      paragraphs: [],
      camera: { bounds: [28, 27, 88, 54] },
      visible: "all",
      highlight: null,
      later: true,
      date: "today",
      notes:
        "The map shows the latest status in our sources (up to 2018); faded lines are halted. Turn on line width by capacity in the explorer to compare how much each line can carry.",
      questions: [
        "Which routes were built in the end? Which were not?",
        "Was the article right that the relationship would stay difficult and fragile?",
      ],
    },
  ],
} satisfies ContentInput;
