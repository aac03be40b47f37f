/**
 * Where and why a text is not JSON, in words a teacher can act on: the browser's own parser
 * says "Unexpected token '/', "{ // route"... is not valid JSON", with no line or column for
 * most faults. This walks the text once, as JSON's grammar does (RFC 8259), and stops at the
 * first fault. Only called after JSON.parse refused the text, and only on text whose nesting
 * was already checked (so the recursion is shallow).
 */
export type JsonFault = { at: number; why: string };

export function jsonFault(text: string): JsonFault | null {
  let i = 0;
  const fail = (why: string, at = i): never => {
    throw { at, why } satisfies JsonFault;
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const end = () => (i >= text.length ? fail("the file ends too early: it looks cut off") : undefined);
  const unexpected = (expected: string): never => {
    end();
    const c = text[i];
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) fail("a comment (JSON has no comments)");
    if (c === "'") fail("text in single quotes (JSON needs double quotes)");
    if (text.startsWith("NaN", i) || text.startsWith("Infinity", i) || text.startsWith("-Infinity", i))
      fail("NaN and Infinity are not JSON numbers (write a number, or null)");
    if (c === "}" || c === "]") fail(`“${c}” where ${expected} should be`);
    return fail(`the character “${c}” where ${expected} should be`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      end();
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail("a line break or control character inside quoted text");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail("a backslash that does not start a JSON escape");
      } else i++;
    }
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === "}") fail("a comma before “}” (JSON allows none after the last item)");
        if (text[i] !== '"') unexpected("a property name in double quotes");
        string();
        ws();
        if (text[i] !== ":") unexpected("“:”");
        i++;
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        unexpected("“,” or “}”");
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === "]") fail("a comma before “]” (JSON allows none after the last item)");
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        unexpected("“,” or “]”");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    number.lastIndex = i;
    if (c !== undefined && number.test(text)) {
      i = number.lastIndex;
      return;
    }
    unexpected("a value");
  };
  try {
    value();
    ws();
    if (i < text.length) fail("more text after the end of the JSON");
    return null;
  } catch (e) {
    if (typeof e === "object" && e !== null && "why" in e) return e as JsonFault;
    throw e;
  }
}
