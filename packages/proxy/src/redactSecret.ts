/** The text that replaces the API key wherever it would otherwise leave the proxy. */
export const redactedMarker = "[redacted]";

/** A hex number (`2b`) as a pattern matching it in either case (`2[bB]`), at least `width` digits. */
function hexInEitherCase(value: number, width: number): string {
  return [...value.toString(16).padStart(width, "0")]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join("");
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const utf8 = new TextEncoder();

// A percent sign as it reaches a decoder: plain, itself percent-encoded (`%25`, so a value
// encoded twice decodes back too) or JSON-escaped (`\u0025`).
const percentSign = `(?:%(?:25)?|\\\\u0025)`;

/** Every way one character of the key can be written so that a decoder turns it back into it. */
function characterSpellings(character: string): string[] {
  const spellings = [escapeForPattern(character)];
  // Percent-encoding of each UTF-8 byte, in either hex case, needed or not (`%61` is `a`).
  const bytes = [...utf8.encode(character)];
  spellings.push(bytes.map((byte) => `${percentSign}${hexInEitherCase(byte, 2)}`).join(""));
  // A JSON `\uXXXX` escape of each UTF-16 code unit, in either hex case (`\u002B`, `\u002b`).
  spellings.push(
    splitCodeUnits(character)
      .map((unit) => `\\\\u${hexInEitherCase(unit, 4)}`)
      .join(""),
  );
  // An HTML character reference, decimal or hex (`&#43;`, `&#x2B;`).
  const codePoint = character.codePointAt(0) ?? 0;
  spellings.push(`&#(?:0*${codePoint}|[xX]0*${hexInEitherCase(codePoint, 1)});`);
  // JSON's short escapes, and a form-encoded space.
  if (character === "/") spellings.push("\\\\/");
  if (character === '"') spellings.push('\\\\"');
  if (character === "\\") spellings.push("\\\\\\\\");
  if (character === " ") spellings.push("\\+");
  return spellings;
}

function splitCodeUnits(character: string): number[] {
  const units: number[] = [];
  for (let index = 0; index < character.length; index++) units.push(character.charCodeAt(index));
  return units;
}

/**
 * Creates the pattern that finds `secret` under every spelling a reader could decode back to
 * it: as is, percent-encoded in either hex case (over-encoded characters and a second round
 * of encoding included), JSON-escaped (`\uXXXX` in either case for any character, `\/`) and
 * as HTML character references, each character spelled independently of the others.
 */
export function secretPattern(secret: string): RegExp {
  const characters = [...secret].map(
    (character) => `(?:${characterSpellings(character).join("|")})`,
  );
  return new RegExp(characters.join(""), "g");
}

/** Replaces every spelling of the secret in `text` with {@link redactedMarker}. */
export function redactText(text: string, pattern: RegExp): string {
  return text.replace(pattern, redactedMarker);
}
