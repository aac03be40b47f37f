import { content } from "../../src/content/content";

/**
 * The corpus of malformed and hostile GeoJSON inputs, shared by the unit test (every message)
 * and the browser test (through the real import dialog). Each case says what should happen:
 * refused with a specific message, or read with these lines, problems and questions.
 */
/** The map's region, [west, south, east, north]: where swapped coordinates would land. */
export const REGION = content.view.maxBounds;

const line = (coords: unknown, props: unknown = { name: "Test line" }, extra: object = {}) => ({
  type: "Feature",
  properties: props,
  geometry: { type: "LineString", coordinates: coords },
  ...extra,
});
const fc = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const GOOD = [
  [49.8, 40.4],
  [44.8, 41.7],
  [41.7, 42.1],
];
const utf8 = (s: string) => new TextEncoder().encode(s);

export type Case = {
  name: string;
  input: string | Uint8Array | (() => string | Uint8Array);
} & (
  | { refused: RegExp }
  | {
      lines: number;
      problems?: RegExp[];
      swapped?: boolean;
    }
);

export const cases: Case[] = [
  // Not JSON at all, or not whole
  {
    name: "truncated collection",
    input: '{"type":"FeatureCollection","features":[',
    refused: /ends too early: it looks cut off/,
  },
  { name: "truncated inside a number", input: fc(line(GOOD)).slice(0, 60), refused: /ends too early|not valid JSON/ },
  {
    name: "truncated inside a string",
    input: '{"type":"Feature","properties":{"name":"Bak',
    refused: /ends too early/,
  },
  {
    name: "trailing comma",
    input: '{"type":"FeatureCollection",\n"features":[],}',
    refused:
      /^This is not valid JSON: a comma before “}” \(JSON allows none after the last item\) \(line 2, column 15\)\.$/,
  },
  {
    name: "single quotes",
    input: "{'type': 'Feature'}",
    refused: /^This is not valid JSON: text in single quotes \(JSON needs double quotes\) \(line 1, column 2\)\.$/,
  },
  {
    name: "a comment",
    input: '{"type": "Feature", // the pipeline\n"geometry": null}',
    refused: /^This is not valid JSON: a comment \(JSON has no comments\) \(line 1, column 21\)\.$/,
  },
  {
    name: "a KML file",
    input: '<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>',
    refused: /^This is a KML file .*Convert it to GeoJSON first/,
  },
  {
    name: "a GPX file",
    input: '<?xml version="1.0"?>\n<gpx version="1.1"><trk/></gpx>',
    refused: /^This is a GPX file/,
  },
  {
    name: "a CSV table",
    input: "name,lon,lat\nBaku,49.8,40.4\nTbilisi,44.8,41.7\n",
    refused: /^This looks like a table \(CSV\), not GeoJSON/,
  },
  { name: "empty file", input: "", refused: /^The file is empty\.$/ },
  { name: "only whitespace", input: " \n\t ", refused: /^The file is empty\.$/ },
  {
    name: "NaN literal",
    input: '{"type":"LineString","coordinates":[[NaN,1],[2,3]]}',
    refused:
      /^This is not valid JSON: NaN and Infinity are not JSON numbers \(write a number, or null\) \(line 1, column 38\)\.$/,
  },
  {
    name: "Infinity literal",
    input: '{"type":"LineString","coordinates":[[Infinity,1],[2,3]]}',
    refused: /NaN and Infinity are not JSON numbers .*\(line 1, column 38\)\.$/,
  },
  // JSON, but not GeoJSON
  { name: "a list", input: "[]", refused: /holds a list, not a GeoJSON object/ },
  { name: "a text", input: '"hello"', refused: /holds a string, not a GeoJSON object/ },
  { name: "a number", input: "42", refused: /holds a number/ },
  { name: "null", input: "null", refused: /holds null/ },
  { name: "no type", input: '{"features": []}', refused: /has no “type”/ },
  { name: "type is a number", input: '{"type": 7}', refused: /has no “type”/ },
  {
    name: "unknown type",
    input: '{"type": "Feature Collection"}',
    refused: /“Feature Collection” is not a GeoJSON type/,
  },
  { name: "TopoJSON", input: '{"type":"Topology","objects":{}}', refused: /TopoJSON, not GeoJSON/ },
  {
    name: "features not a list",
    input: '{"type":"FeatureCollection","features":{}}',
    refused: /“features” should be a list, but it is an object/,
  },
  { name: "empty collection", input: fc(), refused: /no features: there is nothing to import/ },
  {
    name: "a collection without its features",
    input: '{"type":"FeatureCollection"}',
    refused: /^The collection has no “features” list: there is nothing to import\.$/,
  },
  {
    name: "one byte over 20 MB",
    input: () => new Uint8Array(20 * 1024 * 1024 + 1),
    refused:
      /^This file is 20,971,521 bytes, just over the limit of 20,971,520 bytes \(20 MB\); files of up to 20\.0 MB/,
  },
  // Wrong geometry
  {
    name: "feature without geometry",
    input: fc(line(GOOD, {}, { geometry: null })),
    refused: /feature 1: geometry: has no geometry/,
  },
  {
    name: "a point feature",
    input: fc({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [49, 40] } }),
    refused: /feature 1: geometry\.type: is a point: only lines/,
  },
  {
    name: "a bare polygon",
    input: JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    }),
    refused: /holds a polygon \(an area\): only lines/,
  },
  {
    name: "unknown geometry type",
    input: fc(line(GOOD, {}, { geometry: { type: "Curve", coordinates: GOOD } })),
    refused: /unknown geometry type “Curve”/,
  },
  { name: "one position", input: fc(line([[49.8, 40.4]])), refused: /a line needs at least two positions/ },
  {
    name: "coordinates as text",
    input: fc(line("49.8,40.4 44.8,41.7")),
    refused: /coordinates: should be a list of positions, but is a string/,
  },
  {
    name: "position as an object",
    input: fc(line([{ lon: 49.8, lat: 40.4 }, [44.8, 41.7]])),
    refused: /coordinates\[0\]: a position should be \[longitude, latitude\], but is an object/,
  },
  {
    name: "position with one number",
    input: fc(line([[49.8], [44.8, 41.7]])),
    refused: /coordinates\[0\]: a position needs a longitude and a latitude/,
  },
  {
    name: "longitude as text",
    input: fc(
      line([
        ["49.8", 40.4],
        [44.8, 41.7],
      ]),
    ),
    refused: /coordinates\[0\]\[0\]: the longitude is the text “49\.8”, not a number/,
  },
  {
    name: "latitude null",
    input: fc(
      line([
        [49.8, null],
        [44.8, 41.7],
      ]),
    ),
    refused: /coordinates\[0\]\[1\]: the latitude is null, not a number/,
  },
  {
    name: "NaN as text",
    input: fc(
      line([
        ["NaN", 40],
        [44.8, 41.7],
      ]),
    ),
    refused: /the longitude is the text “NaN”, not a number/,
  },
  {
    name: "huge number (Infinity)",
    input: '{"type":"LineString","coordinates":[[1e999,40],[44,41]]}',
    refused: /\[0\]\[0\]: the longitude is not a finite number/,
  },
  {
    name: "minus Infinity",
    input: '{"type":"LineString","coordinates":[[44,41],[45,-1e999]]}',
    refused: /\[1\]\[1\]: the latitude is not a finite number/,
  },
  {
    name: "longitude out of range",
    input: fc(
      line([
        [200, 40],
        [44.8, 41.7],
      ]),
    ),
    refused: /coordinates\[0\]\[0\]: longitude 200 is outside −180 to 180/,
  },
  {
    name: "latitude out of range",
    input: fc(
      line([
        [49.8, 40.4],
        [49, -95],
        [44.8, 41.7],
      ]),
    ),
    refused: /coordinates\[1\]\[1\]: latitude -95 is outside −90 to 90/,
  },
  {
    name: "feature type lower case",
    input: fc({ ...line(GOOD), type: "feature" }),
    refused: /feature 1: type: is “feature”, not “Feature”/,
  },
  {
    name: "properties as a list",
    input: fc(line(GOOD, ["a"])),
    refused: /feature 1: properties: should be an object, but is a list/,
  },
  {
    name: "id as an object",
    input: fc(line(GOOD, {}, { id: { x: 1 } })),
    refused: /feature 1: id: should be text or a number/,
  },
  {
    name: "empty multi-line",
    input: fc(line(GOOD, {}, { geometry: { type: "MultiLineString", coordinates: [] } })),
    refused: /the multi-line has no lines/,
  },
  {
    name: "an empty geometry collection inside another",
    input: JSON.stringify({ type: "GeometryCollection", geometries: [{ type: "GeometryCollection", geometries: [] }] }),
    refused: /geometry\.geometries\[0\]\.geometries: the geometry collection is empty/,
  },
  {
    name: "200,000 lines inside one multi-line",
    input: () =>
      JSON.stringify({
        type: "MultiLineString",
        coordinates: Array.from({ length: 200_000 }, () => [
          [49.8, 40.4],
          [44.8, 41.7],
        ]),
      }),
    refused: /more than 10,000 lines \(counting every line inside multi-lines and collections\)/,
  },
  {
    name: "20,000 lines in a geometry collection inside one feature",
    input: () =>
      fc(
        line(
          GOOD,
          {},
          {
            geometry: {
              type: "GeometryCollection",
              geometries: Array.from({ length: 20_000 }, () => ({ type: "LineString", coordinates: GOOD })),
            },
          },
        ),
      ),
    refused: /more than 10,000 lines/,
  },
  // Hostile sizes and shapes
  {
    name: "deeply nested lists",
    input: () => `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    refused: /nests lists or objects more than 32 levels deep \(line 1, column 33\)/,
  },
  {
    name: "a 25 MB file",
    input: () => fc(line(GOOD, { name: "x".repeat(25 * 1024 * 1024) })),
    refused: /This file is 25\.0 MB; files of up to 20\.0 MB can be imported/,
  },
  {
    name: "10,001 features",
    input: () => fc(...Array.from({ length: 10_001 }, () => line(GOOD))),
    refused: /has 10001 features; up to 10000 can be imported/,
  },
  // Encodings
  {
    name: "Latin-1 bytes",
    input: new Uint8Array([...utf8('{"type":"Feature","properties":{"name":"'), 0xe9, ...utf8('"}}')]),
    refused: /not UTF-8 text/,
  },
  {
    name: "UTF-16 with its byte-order mark",
    input: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
    refused: /not UTF-8 text/,
  },
  {
    name: "a PNG picture",
    input: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    refused: /not UTF-8 text/,
  },
  {
    name: "UTF-8 with a byte-order mark",
    input: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(fc(line(GOOD)))]),
    lines: 1,
  },
  // Accepted, with what to ask
  {
    name: "HTML and script in properties stay plain text",
    input: fc(line(GOOD, { name: '<img src=x onerror="alert(1)"><script>alert(2)</script>' })),
    lines: 1,
  },
  {
    name: "duplicate ids: the repeat is left out, with the user's agreement",
    input: fc(line(GOOD, { name: "A" }, { id: "x" }), line(GOOD, { name: "B" }, { id: "x" })),
    lines: 1,
    problems: [/^feature 2 \(“B”\): id: “x” repeats the id of feature 1$/],
  },
  {
    name: "the number 1 and the text “1” are two ids, not one repeated",
    input: fc(line(GOOD, { name: "A" }, { id: 1 }), line(GOOD, { name: "B" }, { id: "1" })),
    lines: 2,
  },
  {
    name: "the same number twice is a repeat",
    input: fc(line(GOOD, { name: "A" }, { id: 1 }), line(GOOD, { name: "B" }, { id: 1 })),
    lines: 1,
    problems: [/^feature 2 \(“B”\): id: 1 repeats the id of feature 1$/],
  },
  {
    name: "a feature without a type is named as such, among good ones",
    input: fc(line(GOOD), { properties: {}, geometry: { type: "LineString", coordinates: GOOD } }),
    lines: 1,
    problems: [/^feature 2: has no “type” \(a feature needs “type”: “Feature”\)$/],
  },
  {
    name: "some bad features among good ones",
    input: fc(
      line(GOOD),
      { type: "Feature", properties: { name: "Depot" }, geometry: { type: "Point", coordinates: [50, 40] } },
      line([
        [49, 195],
        [44.8, 41.7],
      ]),
    ),
    lines: 1,
    problems: [
      /^feature 2 \(“Depot”\): geometry\.type: is a point/,
      /^feature 3 \(“Test line”\): geometry\.coordinates\[0\]\[1\]: latitude 195 is outside −90 to 90$/,
    ],
  },
  {
    name: "swapped axes, latitudes impossible as written",
    input: fc(
      line([
        [43.2, 76.9],
        [39.9, 116.4],
      ]),
    ),
    lines: 1,
    swapped: true,
  },
  {
    name: "swapped axes, outside the map as written and inside swapped",
    input: fc(
      line([
        [20, 55],
        [19.5, 60],
        [19, 70],
      ]),
    ),
    lines: 1,
    swapped: true,
  },
  {
    name: "a multi-line becomes several lines",
    input: fc(line(GOOD, {}, { geometry: { type: "MultiLineString", coordinates: [GOOD, GOOD] } })),
    lines: 2,
  },
  {
    name: "lines inside a geometry collection",
    input: JSON.stringify({ type: "GeometryCollection", geometries: [{ type: "LineString", coordinates: GOOD }] }),
    lines: 1,
  },
  {
    name: "a geometry collection inside another is read (RFC 7946 asks only that writers avoid it)",
    input: JSON.stringify({
      type: "GeometryCollection",
      geometries: [{ type: "GeometryCollection", geometries: [{ type: "LineString", coordinates: GOOD }] }],
    }),
    lines: 1,
  },
  {
    name: "a point beside a line in a geometry collection is left out, as a bad feature would be",
    input: fc(
      line(
        GOOD,
        { name: "Mixed" },
        {
          geometry: {
            type: "GeometryCollection",
            geometries: [
              { type: "Point", coordinates: [49.8, 40.4] },
              { type: "LineString", coordinates: GOOD },
            ],
          },
        },
      ),
    ),
    lines: 1,
    problems: [/^feature 1 \(“Mixed”\): geometry\.geometries\[0\]\.type: is a point/],
  },
  {
    name: "a multi-line with two bad lines of three: each is named by its own path",
    input: fc(
      line(
        GOOD,
        { name: "Three" },
        {
          geometry: {
            type: "MultiLineString",
            coordinates: [
              [
                [49.8, 40.4],
                ["44.8", 41.7],
              ],
              GOOD,
              [
                [49.8, 40.4],
                [200, 41.7],
              ],
            ],
          },
        },
      ),
    ),
    lines: 1,
    problems: [
      /^feature 1 \(“Three”\): geometry\.coordinates\[0\]\[1\]\[0\]: the longitude is the text “44\.8”/,
      /^feature 1 \(“Three”\): geometry\.coordinates\[2\]\[1\]\[0\]: longitude 200 is outside/,
    ],
  },
  {
    name: "a line across the antimeridian is cut there, not drawn back across the world",
    input: JSON.stringify({
      type: "LineString",
      coordinates: [
        [179.5, 45],
        [-179.5, 45.5],
        [-178, 46],
      ],
    }),
    lines: 2,
  },
  { name: "positions with altitude", input: fc(line(GOOD.map(([x, y]) => [x, y, 120]))), lines: 1 },
  { name: "a bare line", input: JSON.stringify({ type: "LineString", coordinates: GOOD }), lines: 1 },
  { name: "a single feature", input: JSON.stringify(line(GOOD)), lines: 1 },
  {
    name: "a very long name is cut",
    input: fc(line(GOOD, { name: "n".repeat(5000) })),
    lines: 1,
  },
  {
    name: "__proto__ in properties does nothing",
    input:
      '{"type":"Feature","properties":{"__proto__":{"polluted":true},"name":"P"},"geometry":{"type":"LineString","coordinates":[[49,40],[44,41]]}}',
    lines: 1,
  },
];
