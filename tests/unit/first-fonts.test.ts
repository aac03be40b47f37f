import { describe, expect, it } from "vitest";
import { firstFontsScript } from "../../src/build/first-fonts";

/** Runs the head script with a stand-in document and FontFace; returns each face's bytes. */
function facesAdded(script: string, uint8: typeof Uint8Array) {
  const added: { family: string; weight: string; bytes: number[] }[] = [];
  class FontFace {
    constructor(family: string, bytes: Uint8Array, { weight }: { weight: string }) {
      added.push({ family, weight, bytes: [...bytes] });
    }
  }
  const document = { fonts: { add: () => undefined } };
  new Function("document", "FontFace", "Uint8Array", script)(document, FontFace, uint8);
  return added;
}

describe("the first paint's fonts script", () => {
  const bytes = [0x77, 0x4f, 0x46, 0x32, 0, 1, 128, 255, 254, 10];
  const base64 = Buffer.from(bytes).toString("base64");
  const script = firstFontsScript([
    { family: "Noto Sans", weight: "400", base64 },
    { family: "Noto Sans", weight: "700", base64 },
  ]);
  const expected = [
    { family: "Noto Sans", weight: "400", bytes },
    { family: "Noto Sans", weight: "700", bytes },
  ];

  it("hands each face's bytes to the browser, where Uint8Array.fromBase64 decodes them", () => {
    let used = 0;
    const withFromBase64 = class extends Uint8Array {
      static fromBase64(data: string) {
        used++;
        return new Uint8Array(Buffer.from(data, "base64"));
      }
    };
    expect(facesAdded(script, withFromBase64 as unknown as typeof Uint8Array)).toEqual(expected);
    expect(used).toBe(2);
  });

  it("and the same bytes in a browser without it", () => {
    // Newer Nodes have fromBase64 too: the stand-in takes it away.
    const without = class extends Uint8Array {
      static fromBase64 = undefined;
    } as unknown as typeof Uint8Array;
    expect(facesAdded(script, without)).toEqual(expected);
  });
});
