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
    // The routes, end to end (Ceyhan to Karamay, Kharg Island to Samara), with a margin.
    bounds: [34, 28, 87, 54],
    // Inside the embedded basemap's extent (src/build/basemap.ts, REGION_BBOX).
    maxBounds: [24, 13, 115, 66],
  },
  focusCountry: "Kazakhstan",
  // The bibliography: every fact below and in geo/*.geojson cites these by id. Numbered on
  // screen in this order ("[4]"), oldest first; undated web pages last.
  sources: [
    {
      id: "pax-bishkek-1994",
      title: "Bishkek Protocol",
      by: "PA-X Peace Agreements Database, University of Edinburgh",
      date: "1994-05-05",
      url: "https://pax.peaceagreements.org/agreements/310",
    },
    {
      id: "csm-1994-06-09",
      title: "Turkey Stems Bosporus Shipping",
      by: "Christian Science Monitor",
      date: "1994-06-09",
      url: "https://www.csmonitor.com/1994/0609/09061.html",
    },
    {
      id: "fr-1995-03-17",
      title:
        "Executive Order 12957 of March 15, 1995: Prohibiting Certain Transactions With Respect to the Development of Iranian Petroleum Resources",
      by: "Federal Register, vol. 60, no. 52",
      date: "1995-03-17",
      url: "https://www.govinfo.gov/content/pkg/FR-1995-03-17/html/95-6849.htm",
    },
    {
      id: "moscowtimes-1996-kazakh-iran-swap",
      title: "Kazakh-Iran Oil Swap Said Near",
      by: "The Moscow Times",
      date: "1996",
      url: "http://oldtmt.vedomosti.ru/news/article/tmt/318949.html",
    },
    {
      id: "jamestown-1996-01-tengiz",
      title: "Tengiz Pipeline Project Stuck; Alternative Discussed",
      by: "Jamestown Foundation, Monitor vol. 2 issue 7",
      date: "1996-01",
      url: "https://jamestown.org/program/tengiz-pipeline-project-stuck-alternative-discussed/",
    },
    {
      id: "businessweek-1996-09-22",
      title: "A Pipeline May Pump Up Georgia… If Ethnic War Doesn't Ignite Again",
      by: "Businessweek",
      date: "1996-09-22",
      url: "https://www.bloomberg.com/news/articles/1996-09-22/a-pipeline-may-pump-up-georgia-dot-dot-dot-if-ethnic-war-doesnt-ignite-again-intl-edition",
    },
    {
      id: "rferl-1996-10-15",
      title: "Kazakhstan/Georgia: Oil Arrives In Port Via Test Route",
      by: "RFE/RL",
      date: "1996-10-15",
      url: "http://www.rferl.org/a/1082054.html",
    },
    {
      id: "rferl-1996-12-09-cpc",
      title: "Russia: AGIP Says Caspian Pipeline Consortium Deal Signed",
      by: "RFE/RL",
      date: "1996-12-09",
      url: "https://www.rferl.org/a/1082828.html",
    },
    {
      id: "moscowtimes-1997-05",
      title: "Parties to Finalize Deal For Caspian Pipeline",
      by: "The Moscow Times",
      date: "1997-05",
      url: "http://oldtmt.vedomosti.ru/sitemap/free/1997/5/article/parties-to-finalize-deal-for-caspian-pipeline/307343.html",
    },
    {
      id: "akingump-1997-05-27",
      title: "Agreements Signed in Historic Caspian Pipeline Consortium Restructuring",
      by: "Akin Gump",
      date: "1997-05-27",
      url: "https://www.akingump.com/en/news-insights/agreements-signed-in-historic-caspian-pipeline-consortium-restructuring.html",
    },
    {
      id: "jamestown-1997-06-caspian-pipeline",
      title: "Presidents of Azerbaijan and Kazakstan Coordinate Policy on Oil Issues",
      by: "Jamestown Foundation, Monitor vol. 3 issue 115",
      date: "1997-06",
      url: "https://jamestown.org/program/presidents-of-azerbaijan-and-kazakstan-coordinate-policy-on-oil-issues/",
    },
    {
      id: "jamestown-1997-06-kz-georgia",
      title: "Kazakstan-Georgia Pipeline Under Active Consideration",
      by: "Jamestown Foundation, Monitor vol. 3 issue 121",
      date: "1997-06",
      url: "https://jamestown.org/program/kazakstan-georgia-pipeline-under-active-consideration",
    },
    {
      id: "ogj-1997-09-bypass",
      title: "Russia's Caspian line to bypass Chechnya",
      by: "Oil & Gas Journal",
      date: "1997-09",
      url: "https://www.ogj.com/home/article/17242258/russia39s-caspian-line-to-bypass-chechnya",
    },
    {
      id: "jamestown-1997-09-bypass-approved",
      title: "Russian Government Approves Oil Route Bypassing Chechnya",
      by: "Jamestown Foundation, Monitor vol. 3 issue 173",
      date: "1997-09",
      url: "https://jamestown.org/program/russian-government-approves-oil-route-bypassing-chechnya/",
    },
    {
      id: "rferl-1997-09-17",
      title: "Russia: Oil Pumps Away From Chechnya",
      by: "RFE/RL",
      date: "1997-09-17",
      url: "https://www.rferl.org/a/1086435.html",
    },
    {
      id: "jamestown-1997-09-25",
      title: "Kazakhstan, China Sign Multibillion-Dollar Oil Deal",
      by: "Jamestown Foundation, Monitor vol. 3 issue 178",
      date: "1997-09-25",
      url: "https://jamestown.org/program/kazakhstan-china-sign-multibillion-dollar-oil-deal/",
    },
    {
      id: "jamestown-1997-10-bn-opens",
      title: "Baku-Novorossiisk Pipeline Opens at Last",
      by: "Jamestown Foundation, Monitor vol. 3 issue 200",
      date: "1997-10",
      url: "https://jamestown.org/program/baku-novorossiisk-pipeline-opens-at-last/",
    },
    {
      id: "rferl-1998-06-23",
      title: "Turkey: Caspian Oil Presents Challenge To The Straits",
      by: "RFE/RL",
      date: "1998-06-23",
      url: "https://www.rferl.org/a/1088941.html",
    },
    {
      id: "rferl-1998-09-08",
      title: "Caucasus Report, vol. 1 no. 28",
      by: "RFE/RL",
      date: "1998-09-08",
      url: "https://www.rferl.org/a/1342052.html",
    },
    {
      id: "rferl-1998-10-29",
      title: "Turkey: Presidents Support Turkish Route For Caspian Oil",
      by: "RFE/RL",
      date: "1998-10-29",
      url: "https://www.rferl.org/a/1089826.html",
    },
    {
      id: "jamestown-1998-12-russia-quota",
      title: "Russia Increases Kazakhstan's Oil Transit Quota",
      by: "Jamestown Foundation, Monitor vol. 4 issue 230",
      date: "1998-12",
      url: "https://jamestown.org/program/russia-increases-kazakhstans-oil-transit-quota/",
    },
    {
      id: "jamestown-1999-04-iran-swaps",
      title: "East Caspian Oil Volumes Face Diversion Into Iran",
      by: "Jamestown Foundation, Monitor vol. 5 issue 71",
      date: "1999-04",
      url: "https://jamestown.org/program/east-caspian-oil-volumes-face-diversion-into-iran/",
    },
    {
      id: "ogj-1999-04-19",
      title: "Chechnya closes Baku-Novorossiisk export pipeline",
      by: "Oil & Gas Journal",
      date: "1999-04-19",
      url: "http://www.ogj.com/articles/print/volume-97/issue-16/in-this-issue/refining/chechnya-closes-baku-novorossiisk-export-pipeline.html",
    },
    {
      id: "ogj-1999-08-30",
      title: "CNPC shelves China-Kazakhstan oil pipeline",
      by: "Oil & Gas Journal",
      date: "1999-08-30",
      url: "http://www.ogj.com/articles/print/volume-97/issue-35/in-this-issue/pipeline/cnpc-shelves-china-kazakhstan-oil-pipeline.html",
    },
    {
      id: "ogj-1999-11-15",
      title: "Russia pushing Chechen bypass for Baku-Novorossiisk line",
      by: "Oil & Gas Journal",
      date: "1999-11-15",
      url: "https://www.ogj.com/home/article/17230001/russia-pushing-chechen-bypass-for-bakunovorossiisk-line",
    },
    {
      id: "rferl-2000-03-29",
      title: "Russia: Questions Persist Concerning Completed Bypass Oil Pipeline",
      by: "Michael Lelyveld, RFE/RL",
      date: "2000-03-29",
      url: "https://www.rferl.org/a/1093624.html",
    },
    {
      id: "ogj-2000-10-13",
      title: "TotalFinaElf to study southern route for Caspian pipeline",
      by: "Darius Snieckus, Oil & Gas Journal",
      date: "2000-10-13",
      url: "http://www.ogj.com/content/ogj/en/articles/2000/10/totalfinaelf-to-study-southern-route-for-caspian-pipeline.html",
    },
    {
      id: "albawaba-2000-12-10",
      title: "Iran Ready To Begin Kazak Crude Swap",
      by: "Al Bawaba",
      date: "2000-12-10",
      url: "https://www.albawaba.com/business/iran-ready-begin-kazak-crude-swap",
    },
    {
      id: "ogj-2001-03-05",
      title: "Middle East Update: Iran expands Middle East influence into Caspian Sea",
      by: "Oil & Gas Journal",
      date: "2001-03-05",
      url: "http://www.ogj.com/articles/print/volume-99/issue-10/special-report/middle-east-update-iran-expands-middle-east-influence-into-caspian-sea.html",
    },
    {
      id: "rferl-2001-03-21",
      title: "Iran: Tehran Puts Off Oil Swaps With Astana",
      by: "Michael Lelyveld, RFE/RL",
      date: "2001-03-21",
      url: "https://www.rferl.org/a/1096008.html",
    },
    {
      id: "mees-2001-05-28",
      title: "Filling Of CPC Pipeline Resumes",
      by: "Middle East Economic Survey (MEES)",
      date: "2001-05-28",
      url: "http://archives.mees.com/issues/536/articles/22373",
    },
    {
      id: "rferl-2001-09-19",
      title: "Kazakhstan: Oil Pipeline To China A Victim Of Diplomatic Dispute",
      by: "RFE/RL",
      date: "2001-09-19",
      url: "https://www.rferl.org/a/1097451.html",
    },
    {
      id: "reuters-2001-10-15",
      title: "First Kazakh oil loaded from Russia pipeline",
      by: "Patrick Lannin, Reuters (in Johnson's Russia List)",
      date: "2001-10-15",
      url: "http://www.russialist.org/archives/5492-14.php",
    },
    {
      id: "upi-2001-11-27",
      title: "Caspian pipeline skirts trouble spots",
      by: "Bill Anderson, UPI",
      date: "2001-11-27",
      url: "http://www.hartford-hwp.com/archives/27b/010.html",
    },
    {
      id: "hansard-2001-12-10",
      title: "Caspian Oil Pipelines (written answers)",
      by: "UK House of Commons, Hansard",
      date: "2001-12-10",
      url: "https://api.parliament.uk/historic-hansard/written_answers/2001/dec/10/caspian-oil-pipelines",
    },
    {
      id: "chevron-2002-02-18",
      title: "First Sovcomflot tanker loaded at CPC terminal in Novorossiysk",
      by: "Chevron",
      date: "2002-02-18",
      url: "https://www.chevron.com/stories/first-sovcomflot-tanker-loaded-at-cpc-terminal-in-novorossiysk",
    },
    {
      id: "aliyev-heritage-btc-2002",
      title: "Speech by Heydar Aliyev at the laying of the Baku–Tbilisi–Ceyhan main export pipeline at Sangachal",
      by: "Heydar Aliyev Heritage library",
      date: "2002-09-18",
      url: "https://lib.aliyev-heritage.org/en/8559627.html",
    },
    {
      id: "ogj-2003-04-07",
      title: "FSU oil exports through Iran set to increase",
      by: "Oil & Gas Journal",
      date: "2003-04-07",
      url: "http://www.ogj.com/pipelines-transportation/article/17240274/fsu-oil-exports-through-iran-set-to-increase",
    },
    {
      id: "resilience-2004-06-17",
      title: "Kazakhstan builds oil ties with Iran",
      by: "resilience.org (news-wire repost)",
      date: "2004-06-17",
      url: "http://www.resilience.org/stories/2004-06-17/kazakhstan-builds-oil-ties-iran",
    },
    {
      id: "jamestown-2004-10-atasu",
      title: "Chinese Pipe Dreams Come True in Kazakhstan",
      by: "Jamestown Foundation, Eurasia Daily Monitor vol. 1 issue 99",
      date: "2004-10",
      url: "https://jamestown.org/program/chinese-pipe-dreams-come-true-in-kazakhstan",
    },
    {
      id: "rferl-2005-05-25",
      title: "Caspian-Mediterranean Oil Pipeline Launched In Baku",
      by: "RFE/RL (copy on armenianclub.com)",
      date: "2005-05-25",
      url: "https://www.armenianclub.com/2005/05/26/caspian-mediterranean-oil-pipeline-launched-in-baku/",
    },
    {
      id: "ogj-2005-11-15",
      title: "Kazakhstan-China oil pipeline completed",
      by: "Eric Watkins, Oil & Gas Journal",
      date: "2005-11-15",
      url: "http://www.ogj.com/content/ogj/en/articles/2005/11/kazakhstan-china-oil-pipeline-completed.html",
    },
    {
      id: "pravda-2005-12-china",
      title: "Kazakhstan launches oil pipeline to China",
      by: "Pravda.ru (from AP)",
      date: "2005-12",
      url: "https://english.pravda.ru/news/world/72832-n/",
    },
    {
      id: "ogj-2005-12-15",
      title: "Kazakhstan-China oil line section filling",
      by: "Oil & Gas Journal",
      date: "2005-12-15",
      url: "http://www.ogj.com/content/ogj/en/articles/2005/12/kazakhstan-china-oil-line-section-filling.html",
    },
    {
      id: "reuters-2006-batumi",
      title: "Exxon's boost to Georgia's oil terminal",
      by: "Reuters (in Kathimerini)",
      date: "2006",
      url: "https://www.ekathimerini.com/economy/40907/exxon-s-boost-to-georgia-s-oil-terminal/",
    },
    {
      id: "jamestown-2006-01-atasu",
      title: "Atasu-Alashankou Pipeline Cements Strategic Alliance Between Beijing and Astana",
      by: "Jamestown Foundation, Eurasia Daily Monitor vol. 3 issue 1",
      date: "2006-01",
      url: "https://jamestown.org/program/atasu-alashankou-pipeline-cements-strategic-alliance-between-beijing-and-astana/",
    },
    {
      id: "chinadaily-2006-05-25",
      title: "Kazakhstan oil piped into China",
      by: "China Daily (Xinhua)",
      date: "2006-05-25",
      url: "http://www.chinadaily.com.cn/china/2006-05/25/content_600060.htm",
    },
    {
      id: "rigzone-2006-06",
      title: "BP: First Ship Loads Oil from New Caspian Pipeline",
      by: "Rigzone",
      date: "2006-06",
      url: "https://www.rigzone.com/news/oil_gas/a/32776/BP_First_Ship_Loads_Oil_from_New_Caspian_Pipeline",
    },
    {
      id: "pravda-2006-06-btc",
      title: "Kazakhstan joins U.S.-backed Baku-Tbilisi-Ceyhan oil pipeline",
      by: "Pravda.ru (from AP)",
      date: "2006-06",
      url: "https://english.pravda.ru/news/world/82127-oilpipeline",
    },
    {
      id: "mees-2006-07-btc",
      title: "New era in Caspian-Mediterranean oil begins with inauguration of BTC pipeline",
      by: "Gary Lakes, MEES (on Zawya)",
      date: "2006-07",
      url: "https://www.zawya.com/en/business/new-era-in-caspian-mediterranean-oil-begins-with-inauguration-of-btc-pipeline-regtxt8u",
    },
    {
      id: "chinadaily-2006-07-12",
      title: "Kazakhstan-China oil pipeline opens to commercial operation",
      by: "China Daily (Xinhua)",
      date: "2006-07-12",
      url: "http://www.chinadaily.com.cn/china/2006-07/12/content_639147.htm",
    },
    {
      id: "jamestown-2007-12-kenkiyak-kumkol",
      title: "China Secures New Access to Kazakh Oil",
      by: "Jamestown Foundation, Eurasia Daily Monitor vol. 4 issue 237",
      date: "2007-12",
      url: "https://jamestown.org/program/china-secures-new-access-to-kazakh-oil/",
    },
    {
      id: "ccm-2007-12-13",
      title: "Construction of the second section of the Kazakhstan-China oil pipeline begins",
      by: "CCM (CNPC release)",
      date: "2007-12-13",
      url: "http://cnchemicals.com/Product/Release/21274-construction_of_the_second_section_of_the_kazakhstan_china_oil_pipeline_begins.html",
    },
    {
      id: "jamestown-2008-02-batumi",
      title: "Oil-Handling Capacities Growing and Available on Georgia's Black Sea Coast",
      by: "Jamestown Foundation, Eurasia Daily Monitor vol. 5 issue 28",
      date: "2008-02",
      url: "https://jamestown.org/program/oil-handling-capacities-growing-and-available-on-georgias-black-sea-coast/",
    },
    {
      id: "messenger-2008-11-06",
      title: "Kazakhstan begins oil transit via Baku-Ceyhan",
      by: "The Messenger (Tbilisi)",
      date: "2008-11-06",
      url: "http://www.messenger.com.ge/issues/1727_november_6_2008/1727_econ_two.html",
    },
    {
      id: "energyasia-2008-12-26",
      title: "Kazakhstan: BTC pipeline exporting crude oil from Kazakh Tengiz field",
      by: "EnergyAsia",
      date: "2008-12-26",
      url: "http://energyasia.com/kazakhstan-btc-pipeline-exporting-crude-oil-from-kazakh-tengiz-field/",
    },
    {
      id: "chinadaily-2009-07-02",
      title: "Kazakhstan expands China oil pipeline link",
      by: "China Daily",
      date: "2009-07-02",
      url: "http://www.chinadaily.com.cn/china/2009-07/02/content_8348504.htm",
    },
    {
      id: "presstv-2015-10-18",
      title: "Iran, Kazakhstan, China: oil refinery investment",
      by: "Press TV",
      date: "2015-10-18",
      url: "http://presstv.ir/Detail/2015/10/18/433942/Iran-Kazakhstan-China-oil-refinery-investment",
    },
    {
      id: "reportaz-2016-05-13",
      title: "Azerbaijan prime minister leaves for Georgia",
      by: "Report.az",
      date: "2016-05-13",
      url: "https://report.az/en/energy/azerbaijan-prime-minister-leaves-for-georgia/",
    },
    {
      id: "ahk-2017-05-25",
      title: "Kasachstan will Öl-Exporte durch Aserbaidschan erhöhen",
      by: "AHK Zentralasien (German Chamber of Commerce)",
      date: "2017-05-25",
      url: "http://zentralasien.ahk.de/news/einzelansicht-nachrichten/artikel/kasachstan-will-oel-exporte-durch-aserbaidschan-erhoehen/?cHash=85c2e86c3664c7ab5b46c57d3dea90cc",
    },
    {
      id: "tasnim-2017-08-02",
      title: "Iran Ready to Resume Oil Swap with Russia, Turkmenistan, Kazakhstan: Minister",
      by: "Tasnim News Agency",
      date: "2017-08-02",
      url: "https://tasnimnews.com/en/news/2017/08/02/1481232/iran-ready-to-resume-oil-swap-with-russia-turkmenistan-kazakhstan-minister/amp",
    },
    {
      id: "cpc-2018-06-14",
      title: "Surplus Capacity Created in CPC System (interview from Neft i Kapital)",
      by: "Caspian Pipeline Consortium",
      date: "2018-06-14",
      url: "http://www.cpc.ru/EN/press/pressaboutus/Pages/20180614.aspx",
    },
    {
      id: "kazinform-2018-08-12",
      title: "Presidents ink Convention on Legal Status of Caspian Sea in Aktau",
      by: "Kazinform",
      date: "2018-08-12",
      url: "https://en.inform.kz/news/presidents-ink-convention-on-legal-status-of-caspian-sea-in-aktau_a3352739/",
    },
    {
      id: "akipress-2019-07-04",
      title: "Kazakhstan to reverse Kenkiyak-Atyrau pipeline (Reuters interview)",
      by: "AKIpress (on for.kg)",
      date: "2019-07-04",
      url: "https://for.kg/news-585868-en.html",
    },
    {
      id: "gpn-2023-03",
      title: "Kazakhstan's KMG starts shipping oil via Caspian Sea to BTC pipeline",
      by: "Reuters (in Gas Processing News)",
      date: "2023-03",
      url: "http://gasprocessingnews.com/news/2023/03/kazakhstans-kmg-starts-shipping-oil-via-caspian-sea-to-btc-pipeline",
    },
    {
      id: "cpc-2023-11-27",
      title: "Press release on the Tengiz–Novorossiysk pipeline",
      by: "Caspian Pipeline Consortium",
      date: "2023-11-27",
      url: "https://www.cpc.ru/en/press/releases/2023/pages/20231127-1.aspx",
    },
    {
      id: "jvl-ilsa",
      title: "The Iran and Libya Sanctions Act (summary)",
      by: "Jewish Virtual Library",
      url: "http://www.jewishvirtuallibrary.org/jsource/US-Israel/iran_libya_sanctions_act_sum.html",
    },
    {
      id: "cnpc-kazakhstan",
      title: "CNPC in Kazakhstan",
      by: "China National Petroleum Corporation",
      url: "https://www.cnpc.com.cn/en/Kazakhstan/country_index.shtml",
    },
    {
      id: "cornerhouse-btc-agreements",
      title: "BTC legal agreements",
      by: "The Corner House",
      url: "http://www.thecornerhouse.org.uk/resource/btc-legal-agreements",
    },
    {
      id: "caravan-kz-swap",
      title: "Untitled news item on the Iran–Kazakhstan oil swap (in Kazakh)",
      by: "Caravan.kz",
      url: "https://kaz.caravan.kz/?p=39901",
    },
    {
      id: "kcp-kenkiyak-kumkol",
      title: "Kenkiyak – Kumkol",
      by: "Kazakhstan-China Pipeline LLP",
      url: "https://kcp.kz/projects/project1?language=en",
    },
    {
      id: "cpc-chronology",
      title: "Project Chronology",
      by: "Caspian Pipeline Consortium",
      url: "https://www.cpc.ru/en/about/Pages/chronology.aspx",
    },
    {
      id: "socar-baku-novorossiysk",
      title: "Baku–Novorossiysk pipeline",
      by: "SOCAR",
      url: "https://www.socar.az/en/page/baku-novorossiysk-pipeline",
    },
    {
      id: "gem-baku-novorossiysk",
      title: "Baku-Novorossiysk Oil Pipeline",
      by: "Global Energy Monitor",
      url: "https://www.gem.wiki/Baku-Novorossiysk_Oil_Pipeline",
    },
    {
      id: "socar-baku-supsa",
      title: "Baku–Supsa Pipeline",
      by: "SOCAR",
      url: "https://www.socar.az/en/page/baku-supsa-pipeline",
    },
    {
      id: "aliyev-heritage-supsa",
      title:
        "Historical background to Heydar Aliyev's speech at the commissioning of the Baku–Supsa pipeline (17 April 1999)",
      by: "Heydar Aliyev Heritage library",
      url: "https://lib.aliyevheritage.org/en/9506488.html",
    },
    {
      id: "georgian-encyclopedia-supsa",
      title: "Baku–Supsa Western Route Export Pipeline",
      by: "T. Gochitashvili, Georgian Encyclopedia",
      url: "https://georgianencyclopedia.ge/en/form_eng/409",
    },
    {
      id: "batumi-oil-terminal",
      title: "General Information",
      by: "Batumi Oil Terminal",
      url: "http://www.batumioilterminal.com/en/Comp_information/",
    },
    {
      id: "bp-btc",
      title: "Baku-Tbilisi-Ceyhan (BTC) pipeline",
      by: "BP Azerbaijan",
      url: "https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/btc.html",
    },
    {
      id: "bp-georgia-btc",
      title: "BTC",
      by: "BP Georgia",
      url: "https://bp.com/en_ge/georgia/home/who-we-are/btc.html",
    },
    {
      id: "parsterminal-iranian-routes",
      title: "Iranian Routes",
      by: "Pars Terminal (after US Energy Information Administration material)",
      url: "http://parsterminal.com/iranian-routes/",
    },
    {
      id: "asbarez-btc-cost",
      title: "Turks guarantee Baku-Ceyhan oil line cost overruns",
      by: "Reuters (on Asbarez)",
      url: "https://asbarez.com/41174/turks-guarantee-baku-ceyhan-oil-line-cost-overruns/",
    },
  ],
  // The time lens: the article's date, then the dates that changed the map.
  timeline: [
    { id: "1997-11", date: "1997-11-24", label: "November 1997", event: "The article" },
    { id: "1999-04", date: "1999-04", label: "April 1999", event: "Baku–Supsa opens; Chechnya closes its section" },
    { id: "2000-04", date: "2000-04", label: "April 2000", event: "The bypass around Chechnya is due in service" },
    { id: "2001-11", date: "2001-11", label: "November 2001", event: "The Tengiz–Novorossiysk pipeline opens" },
    { id: "2002-01", date: "2002-01", label: "January 2002", event: "Kazakh oil swaps with Iran begin" },
    { id: "2006-05", date: "2006-05", label: "May 2006", event: "Oil reaches Ceyhan; first pipeline oil into China" },
    { id: "2006-07", date: "2006-07", label: "July 2006", event: "Commercial pipeline deliveries into China" },
    { id: "2008", date: "2008", label: "2008", event: "Kazakh oil enters Baku–Tbilisi–Ceyhan" },
    { id: "2009", date: "2009", label: "2009", event: "Kenkiyak–Kumkol links the western fields to China" },
    { id: "2010", date: "2010", label: "2010", event: "Iran suspends the oil swaps" },
    { id: "today", date: "today", label: "Today", event: "Latest status in our sources" },
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
          "Washington wanted to promote the independence of the former Soviet republics, but it was unwilling to support their use of the most direct route out, through Iran, for an oil pipeline.",
        quotes: [
          {
            text: "an unwillingness to support their use of the most direct route out -- Iran -- for an oil pipeline",
            paragraph: 13,
          },
        ],
      },
      background: [
        {
          text: "A US executive order of March 1995 barred Americans from developing Iran's oil, and the Iran and Libya Sanctions Act of August 1996 threatened sanctions on foreign firms investing $40 million or more a year in Iran's oil and gas.",
          sources: ["fr-1995-03-17", "jvl-ilsa"],
        },
        {
          text: "The swaps were small by design: Neka's port had one berth with a 4 m draft, for tankers of up to about 4,200 tonnes, and Iran's refineries needed investment before they could take large volumes.",
          sources: ["parsterminal-iranian-routes"],
        },
        {
          text: "Kazakhstan reluctantly stopped its oil swaps with Iran in 1997 at Washington's urging, a US research monitor reported in April 1999.",
          sources: ["jamestown-1999-04-iran-swaps"],
        },
      ],
      after1997: [
        {
          date: "2000-10",
          text: "TotalFinaElf was named to study a pipeline from Kazakhstan through Turkmenistan to Iran; none was built.",
          sources: ["ogj-2000-10-13"],
        },
        {
          date: "2001-01",
          text: "Iran finished linking the port of Neka to its refinery at Rey, near Tehran.",
          sources: ["ogj-2001-03-05"],
        },
        {
          date: "2001-03",
          text: "Iran put off the planned Kazakh swaps: the crude's mercaptans did not suit its refineries.",
          sources: ["rferl-2001-03-21"],
        },
        {
          date: "2002-01",
          text: "Kazakh oil swaps through Neka began, according to a Kazakh news site.",
          sources: ["caravan-kz-swap"],
        },
        {
          date: "2010-06",
          text: "Iran suspended the Caspian oil swaps.",
          sources: ["presstv-2015-10-18", "tasnim-2017-08-02"],
        },
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
          "One of the two pipeline routes Washington preferred; the article says both were far from completion, and each faced political as well as technical challenges.",
        quotes: [
          { text: "one through the Caucasus to the West", paragraph: 14 },
          { text: "are far from completion", paragraph: 14 },
          { text: "each faces political as well as technical challenges", paragraph: 14 },
        ],
      },
      background: [
        {
          text: "The Caspian's legal status was unsettled, and Russia objected to a pipeline under the sea, on ecological grounds (reported in 1998).",
          sources: ["rferl-1998-09-08"],
        },
        {
          text: "Armenia and Azerbaijan had been under a ceasefire over Nagorno-Karabakh since May 1994, after the Bishkek Protocol of 5 May, but the conflict was not settled.",
          sources: ["pax-bishkek-1994"],
        },
        {
          text: "Georgia had fought separatist wars in South Ossetia and Abkhazia (1992–93), and neither conflict was settled.",
          sources: ["businessweek-1996-09-22", "rferl-1998-09-08"],
        },
        {
          text: "Cost and terrain: in October 1998 the line to Ceyhan, about 1,700 km, was priced at some $4 billion (Turkey's own study said $2.4 billion), and it climbs to about 2,700–2,800 m.",
          sources: ["rferl-1998-10-29", "asbarez-btc-cost", "bp-georgia-btc", "rigzone-2006-06"],
        },
        {
          text: "Oil loaded on the Black Sea still had to pass the Bosphorus, where Turkey's rules limited tankers from July 1994.",
          sources: ["csm-1994-06-09", "rferl-1998-06-23"],
        },
      ],
      after1997: [
        {
          date: "1998-10-29",
          text: "The Ankara Declaration: a political statement of support for the line to Ceyhan.",
          sources: ["rferl-1998-10-29"],
        },
        { date: "1999-04-17", text: "Baku–Supsa opened.", sources: ["socar-baku-supsa", "aliyev-heritage-supsa"] },
        {
          date: "1999-11-18",
          text: "Turkey, Azerbaijan and Georgia signed the binding agreement for Baku–Tbilisi–Ceyhan.",
          sources: ["cornerhouse-btc-agreements"],
        },
        {
          date: "2006-05-28",
          text: "Oil reached Ceyhan through Baku–Tbilisi–Ceyhan (final construction cost about $3.9 billion); it carried only Azerbaijani oil.",
          sources: ["mees-2006-07-btc", "rigzone-2006-06"],
        },
        {
          date: "2006-06",
          text: "Kazakhstan signed an agreement with Azerbaijan to send oil through Baku–Tbilisi–Ceyhan.",
          sources: ["pravda-2006-06-btc"],
        },
        {
          date: "2008-10",
          text: "Small amounts of Tengiz oil began to cross by tanker from Aktau into Baku–Tbilisi–Ceyhan.",
          sources: ["messenger-2008-11-06", "energyasia-2008-12-26"],
        },
        {
          date: "2018-08-12",
          text: "The convention on the Caspian's legal status was signed at Aktau.",
          sources: ["kazinform-2018-08-12"],
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
          "The other pipeline route Washington preferred; like the Caucasus route, far from completion and facing political as well as technical challenges.",
        quotes: [
          { text: "another to East Asia", paragraph: 14 },
          { text: "are far from completion", paragraph: 14 },
        ],
      },
      background: [
        {
          text: "In June 1997 the Chinese state oil company CNPC bought 60.3% of AktobeMunaiGas; on 24 September 1997 in Almaty a package of about $9.5 billion included a pipeline of about 3,000 km from the Uzen field to Karamay in Xinjiang, due by 2005.",
          sources: ["cnpc-kazakhstan", "jamestown-1997-09-25"],
        },
        {
          text: "The line was long and costly, and the fields seemed too small to fill it: in 1999 CNPC shelved it, and talks stayed deadlocked for years.",
          sources: ["ogj-1999-08-30", "rferl-2001-09-19"],
        },
      ],
      after1997: [
        {
          date: "1999-08",
          text: "CNPC shelved the pipeline: the reserves found could not fill it.",
          sources: ["ogj-1999-08-30"],
        },
        {
          date: "2003",
          text: "Kenkiyak–Atyrau was completed; it carried Aktobe oil west to Atyrau, away from China.",
          sources: ["ogj-2005-12-15", "ccm-2007-12-13"],
        },
        {
          date: "2004-09",
          text: "Construction of Atasu–Alashankou began.",
          sources: ["jamestown-2004-10-atasu"],
        },
        {
          date: "2006-05-25",
          text: "The first pipeline oil crossed into China at Alashankou; Kazakh oil had already been reaching China by rail.",
          sources: ["chinadaily-2006-05-25", "jamestown-2007-12-kenkiyak-kumkol"],
        },
        {
          date: "2006-07-11",
          text: "Commercial deliveries through the pipeline into China began; at first the line carried oil from the Kumkol field.",
          sources: ["chinadaily-2006-07-12", "pravda-2005-12-china"],
        },
        {
          date: "2009-07",
          text: "Kenkiyak–Kumkol linked the western fields to the line to China.",
          sources: ["chinadaily-2009-07-02", "kcp-kenkiyak-kumkol"],
        },
        {
          date: "2019-07",
          text: "Kazakhstan said it would reverse Kenkiyak–Atyrau to ship oil east, towards China.",
          sources: ["akipress-2019-07-04"],
        },
      ],
    },
    {
      id: "russia",
      name: "Russian route",
      mapLabel: "Russian route",
      colour: "#561650",
      summary:
        "North and west through Russia: the old pipeline north from Atyrau, the new line from Baku to Novorossiysk, and the planned Caspian Pipeline Consortium line.",
      article: {
        obstacle:
          "Moscow was not interested in Caspian oil flowing out except through Russia, so the article expected no Kazakh oil to flow soon and the economic basis of US–Kazakh ties to stay relatively weak for some time.",
        quotes: [{ text: "not interested in seeing Caspian oil flow out except via its own territory", paragraph: 15 }],
      },
      background: [
        {
          text: "Russia limited the Kazakh oil its pipelines took to a quota: 7.5 million tonnes a year, raised for 1999.",
          sources: ["jamestown-1998-12-russia-quota"],
        },
        {
          text: "The Baku–Novorossiysk line ran 153 km through Chechnya, where a war had ended in 1996. In September 1997 Moscow and Chechnya argued over transit fees, a bomb hit a pumping station near the Dagestan border, and Moscow announced a bypass.",
          sources: ["ogj-1997-09-bypass", "rferl-1997-09-17", "jamestown-1997-09-bypass-approved"],
        },
        {
          text: "Tankers from Novorossiysk still had to pass the Bosphorus, where Turkey's rules limited tankers from July 1994.",
          sources: ["csm-1994-06-09"],
        },
        {
          text: "The consortium's partners had disputed its financing for years.",
          sources: ["jamestown-1996-01-tengiz", "moscowtimes-1997-05"],
        },
      ],
      after1997: [
        {
          date: "1999-04",
          text: "Chechnya closed its section of the Baku–Novorossiysk line.",
          sources: ["ogj-1999-04-19"],
        },
        {
          date: "2000-03",
          text: "Transneft said the 312 km bypass through Dagestan was complete and would enter service in April.",
          sources: ["rferl-2000-03-29"],
        },
        {
          date: "2001-10-13",
          text: "The first tanker was loaded at Novorossiysk from the Caspian Pipeline Consortium line, after filling began in March and stopped for weeks.",
          sources: ["reuters-2001-10-15", "mees-2001-05-28"],
        },
        {
          date: "2001-11-27",
          text: "The consortium's line was officially opened.",
          sources: ["upi-2001-11-27", "hansard-2001-12-10"],
        },
        {
          date: "2018-04",
          text: "The consortium's expansion to 67 million tonnes a year was completed.",
          sources: ["cpc-2018-06-14"],
        },
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
      what: "Route lines",
      source:
        "Drawn by the Caspian Routes project through published places on each route; accurate to about ±20 km, and lines marked as sketches are approximate",
      licence: "CC BY 4.0, this project",
    },
  ],
  deck: [
    {
      id: "title",
      kind: "title",
      title: "Kazakhstan's oil and the United States, November 1997",
      caption:
        "In November 1997 Kazakhstan's president, Nursultan Nazarbayev, made a two-day visit to Washington. A news analysis published the following week called the visit a major step forward, yet argued that the relationship was likely to remain difficult and fragile. Oil, and the routes it could take out of the country, run through the argument.",
      paragraphs: [1, 2, 4, 19],
      camera: { bounds: [34, 28, 87, 54] },
      visible: [],
      highlight: null,
      notes:
        "Set the scene: Kazakhstan had been independent for five years and eleven months (since December 1991). It held large oil fields around the Caspian Sea, but no coast on an open sea. The map shows the borders of November 1997.",
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
        "Both sides said the basis of their relationship was economic, and Nazarbayev saw his country's oil as the basis for its enrichment and wider ties with the West. But they did not agree on where the economic ties would lead: American leaders suggested they would have political consequences, including regional stability and even democracy.",
      paragraphs: [6, 7, 8, 9, 10, 11, 12],
      quote: { text: "the basis of the relationship was economic", paragraph: 6 },
      // The whole region: how far Tengiz is from any open sea, and the routes' ends named whole.
      camera: { bounds: [34, 28, 87, 54] },
      visible: [],
      highlight: null,
      notes:
        "Point out Tengiz, on the north-east shore of the Caspian, and how far it is from any open sea. The article sets Al Gore's and Hillary Clinton's remarks (¶10–¶11) against Nazarbayev's: in none of his publicly reported remarks did he appear to share their view of his country's political development (¶12).",
      questions: [
        "What did each side expect the economic ties to bring?",
        "Does economic progress lead to democracy? Whose view is that in the article?",
      ],
    },
    {
      id: "iran-route",
      kind: "route",
      title: "The Iran route",
      caption:
        "The most direct route out ran south, through Iran to the Gulf. Small oil swaps by tanker to the Iranian port of Neka had been agreed in 1996. Predict: why would Washington not support this route?",
      paragraphs: [13],
      camera: { route: "iran" },
      visible: ["iran"],
      highlight: "iran",
      reveal: true,
      notes:
        "Let students predict before revealing. Background (sources in the route's detail): US sanctions of 1995 and 1996 barred American firms from Iran's oil and threatened foreign investors there; a 1999 report says Kazakhstan stopped its swaps with Iran in 1997 at Washington's urging.",
      questions: [
        "Why was this the most direct route out?",
        "Washington wanted the new states to be independent. Why might it still not support a pipeline through Iran?",
      ],
    },
    {
      id: "caucasus-route",
      kind: "route",
      title: "The Caucasus route to the West",
      caption:
        "By tanker across the Caspian to Baku, then west through Georgia to the Black Sea, or on through Turkey to the Mediterranean. In 1997 small amounts of Kazakh oil went this way by tanker and rail; one new pipeline was being built and the longest was only proposed. Predict: what stood in the way?",
      paragraphs: [14],
      camera: { route: "caucasus" },
      visible: ["caucasus"],
      highlight: "caucasus",
      reveal: true,
      notes:
        "Background (sources in the route's detail): the Caspian's legal status was unsettled; Armenia and Azerbaijan had a ceasefire over Nagorno-Karabakh from May 1994 but no settlement; Georgia's conflicts in Abkhazia and South Ossetia were unsettled. Tankers on the Black Sea still had to pass the Bosphorus.",
      questions: [
        "Count the countries this route crosses. What could go wrong in each?",
        "Why would Washington prefer this long route to the direct one through Iran?",
      ],
    },
    {
      id: "east-asia-route",
      kind: "route",
      title: "The East Asia route",
      caption:
        "In September 1997 China and Kazakhstan agreed on a pipeline of about 3,000 km from the Uzen field to Karamay in Xinjiang, due by 2005. Nothing had been built. Predict: what would make such a line hard?",
      paragraphs: [14],
      camera: { route: "east-asia" },
      visible: ["east-asia"],
      highlight: "east-asia",
      reveal: true,
      notes:
        "The 1997 plan's path was not published: its ends are sketched, and the middle follows the lines built later, in 2004–09. In 1999 CNPC shelved the plan because the oil found could not fill it.",
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
        "The main way out for Kazakh oil ran north into Russia's pipelines, within a quota Russia set, and a new line from Tengiz to the Black Sea port of Novorossiysk had been agreed. Predict: what did Moscow want?",
      paragraphs: [15],
      camera: { route: "russia" },
      visible: ["russia"],
      highlight: "russia",
      reveal: true,
      notes:
        "Background (sources in the route's detail): Russia limited how much Kazakh oil its pipelines took. The new Baku–Novorossiysk line ran through Chechnya, where a war had ended in 1996; in September 1997 Moscow announced a bypass.",
      questions: [
        "What power does controlling a pipeline give a country?",
        "The article expected no Kazakh oil to flow soon, yet some already went north through Russia and west by rail. What do you think it meant?",
      ],
    },
    {
      id: "three-reasons",
      kind: "reasons",
      title: "Three reasons the relationship would grow slowly",
      caption:
        "The article gives three reasons (¶5). First, both sides called the relationship economic but did not agree on where it would lead (¶6). Second, the routes: Washington would not support a pipeline through Iran, its preferred routes were far from completion, and Moscow wanted Caspian oil to leave only through Russia (¶13–¶15). Third, they agreed on defence and security measures but did not appear to agree on what those would mean (¶16–¶18).",
      paragraphs: [5, 6, 13, 14, 15, 16, 17, 18],
      camera: { bounds: [34, 28, 87, 54] },
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
        "None of these differences is necessarily fatal, the article says, but the relationship was likely to stay difficult, because the two sides seemed likely to see their ties quite differently, and fragile, because it seemed to rest almost only on economic ties, which the article calls a weak foundation unless Kazakhstan's oil begins to flow out to the West.",
      paragraphs: [19, 20],
      quote: { text: "likely to remain both difficult and fragile", paragraph: 19 },
      camera: { bounds: [34, 28, 87, 54] },
      visible: "all",
      highlight: null,
      notes:
        "Read ¶20 aloud. The 1997 map already shows small amounts of Kazakh oil going west by tanker and rail, and more going north through Russia: ask what the article means by oil that 'begins to flow out to the West'.",
      questions: [
        "Why does the article call economic ties a weak foundation unless Kazakhstan's oil flows west?",
        "What would have to happen on this map for the relationship to grow stronger?",
      ],
    },
    {
      id: "after-1997",
      kind: "epilogue",
      title: "After 1997: the first new pipelines",
      caption:
        "By the end of November 2001 two new pipelines were working: Baku–Supsa to the Black Sea (opened April 1999) and Tengiz–Novorossiysk (first tanker loaded in October, opened officially on 27 November 2001). From April 2000, oil on the Baku–Novorossiysk line was due to go round Chechnya, through Dagestan.",
      paragraphs: [],
      camera: { bounds: [34, 28, 87, 54] },
      visible: "all",
      highlight: null,
      later: true,
      date: "2001-11",
      notes:
        "This slide is hindsight, not the article; sources are in each route's detail. The map shows November 2001: the faded section through Grozny was closed by Chechnya in April 1999. Iran had put off the Kazakh oil swaps in March 2001.",
      questions: [
        "Which of these first new lines went through Russia, and which avoided it?",
        "Why might a line to Novorossiysk have been built before one to the Mediterranean?",
      ],
    },
    {
      id: "after-1997-2006",
      kind: "epilogue",
      title: "2006: pipeline oil reaches the Mediterranean and China",
      caption:
        "In May 2006 Azerbaijani oil reached Ceyhan through Baku–Tbilisi–Ceyhan, and the first pipeline oil crossed from Kazakhstan into China, with commercial deliveries from July. The line to China began at Atasu; Kazakh oil joined the line to Ceyhan only from 2008.",
      paragraphs: [],
      camera: { bounds: [34, 28, 87, 54] },
      visible: "all",
      highlight: null,
      later: true,
      date: "2006-07",
      notes:
        "Kazakh oil had already been reaching China by rail. Follow the arrows: Kenkiyak–Atyrau, opened in 2003, carried oil west, away from China. The link from the western fields to the line to China, Kenkiyak–Kumkol, came in 2009.",
      questions: [
        "Whose oil did each new line carry first?",
        "Was the article right that these routes were far from completion?",
      ],
    },
    {
      id: "after-1997-today",
      kind: "epilogue",
      title: "Today: what became of the routes",
      caption:
        "No pipeline through Iran was built, and Iran suspended the Caspian oil swaps in 2010. The pipeline to Novorossiysk was expanded to 67 million tonnes a year by 2018, and in 2019 Kazakhstan said it would reverse Kenkiyak–Atyrau to send oil east, towards China.",
      paragraphs: [],
      camera: { bounds: [34, 28, 87, 54] },
      visible: "all",
      highlight: null,
      later: true,
      date: "today",
      notes:
        "The map shows the latest status in our sources (up to 2023); faded lines were halted or shelved. Turn on line width by capacity in the explorer to compare how much each line can carry.",
      questions: [
        "Which routes were built in the end? Which were not?",
        "Was the article right that the relationship would stay difficult and fragile?",
      ],
    },
  ],
} satisfies ContentInput;
