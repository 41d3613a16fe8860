import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { undoEscapes } from "../test/recordingUpstream.ts";
import { redactText, secretPattern } from "./redactSecret.ts";

const key = 'test-key+a/b=c-d"e';
const pattern = secretPattern(key);

const percentUpper = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
    .join("");
const unicodeEscaped = (text: string, hexCase: "upper" | "lower") =>
  [...text]
    .map((character) => {
      const hex = character.charCodeAt(0).toString(16).padStart(4, "0");
      return `\\u${hexCase === "upper" ? hex.toUpperCase() : hex}`;
    })
    .join("");

describe("secretPattern", () => {
  const spellings: [string, string][] = [
    ["as is", key],
    ["URL-encoded", encodeURIComponent(key)],
    [
      "URL-encoded in lower-case hex",
      encodeURIComponent(key).replace(/%../g, (m) => m.toLowerCase()),
    ],
    ["every character percent-encoded", percentUpper(key)],
    ["percent-encoded twice", encodeURIComponent(encodeURIComponent(key))],
    ["form-encoded", new URLSearchParams({ k: key }).toString().slice(2)],
    ["JSON-escaped", JSON.stringify(key).slice(1, -1)],
    ["JSON with \\/", JSON.stringify(key).slice(1, -1).replaceAll("/", "\\/")],
    [
      "JSON with + as \\u002B (as .NET writes it)",
      JSON.stringify(key).slice(1, -1).replace("+", "\\u002B"),
    ],
    ["JSON with + as \\u002b", JSON.stringify(key).slice(1, -1).replace("+", "\\u002b")],
    ["every character \\u-escaped, upper-case hex", unicodeEscaped(key, "upper")],
    ["every character \\u-escaped, lower-case hex", unicodeEscaped(key, "lower")],
    ["HTML character references", [...key].map((c) => `&#${c.charCodeAt(0)};`).join("")],
    ["HTML hex references", [...key].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join("")],
  ];

  it.each(spellings)("finds the key %s", (_, spelled) => {
    expect(spelled === key || !spelled.includes(key)).toBe(true);
    const text = `before ${spelled} after`;
    expect(redactText(text, pattern)).toBe("before [redacted] after");
  });

  it("leaves text that only resembles the key alone", () => {
    for (const text of [
      'test-key+a/b=c-d"E',
      "test-key a/b=c-d",
      "%74est-key+a/b=c-d",
      "[redacted]",
    ]) {
      expect(redactText(text, pattern)).toBe(text);
    }
  });

  it("finds any key whose characters are each spelled any way a decoder undoes", () => {
    const spellCharacter = (character: string, way: number): string => {
      const code = character.charCodeAt(0);
      const hex = code.toString(16).padStart(2, "0");
      const spelled = [
        character,
        `%${hex.toUpperCase()}`,
        `%${hex}`,
        `%25${hex}`,
        `\\u${hex.padStart(4, "0").toUpperCase()}`,
        `\\u${hex.padStart(4, "0")}`,
        `&#${code};`,
      ];
      return spelled[way % spelled.length]!;
    };
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 24, unit: "grapheme-ascii" }),
        fc.array(fc.nat(6), { minLength: 24, maxLength: 24 }),
        fc.array(fc.string({ maxLength: 6 }), { minLength: 2, maxLength: 4 }),
        (secret, ways, parts) => {
          const spelled = [...secret]
            .map((character, index) => spellCharacter(character, ways[index]!))
            .join("");
          const redacted = redactText(parts.join(spelled), secretPattern(secret));
          expect(redacted).toContain("[redacted]");
          expect(undoEscapes(redacted.replaceAll("[redacted]", "\u0001"))).not.toContain(secret);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
