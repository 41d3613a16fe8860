import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactBytes, redactText, secretSpellings } from "./redactSecret.ts";

describe("redaction", () => {
  const key = 'test-key-a/b+c"d';
  const spellings = secretSpellings(key);

  it("knows the raw, URL-encoded and JSON-escaped spellings", () => {
    expect(spellings).toEqual(
      expect.arrayContaining([
        key,
        encodeURIComponent(key),
        'test-key-a/b+c\\"d',
        'test-key-a\\/b+c\\"d',
      ]),
    );
  });

  it("redacts every spelling in text", () => {
    const text = `a ${key} b ${encodeURIComponent(key)} c ${JSON.stringify({ k: key })}`;
    const redacted = redactText(text, spellings);
    for (const spelling of spellings) expect(redacted).not.toContain(spelling);
    expect(redacted).toBe('a [redacted] b [redacted] c {"k":"[redacted]"}');
  });

  it("redacts bytes without touching bytes that are not text", () => {
    const encoded = new TextEncoder().encode(key);
    const bytes = new Uint8Array([0xff, ...encoded, 0x00, ...encoded]);
    const redacted = redactBytes(bytes, spellings);
    const marker = [...new TextEncoder().encode("[redacted]")];
    expect([...redacted]).toEqual([0xff, ...marker, 0x00, ...marker]);
    const clean = new Uint8Array([0xff, 0xfe]);
    expect(redactBytes(clean, spellings)).toBe(clean);
  });

  it("leaves no spelling of any key in any text that embeds it", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 8, maxLength: 24, unit: "grapheme-ascii" }),
        fc.array(fc.string({ maxLength: 6 }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(0, 1, 2, 3),
        (secret, parts, spelling) => {
          const variants = secretSpellings(secret);
          const embedded = variants[spelling % variants.length]!;
          const text = parts.join(embedded);
          const redacted = redactText(text, variants);
          const fromBytes = new TextDecoder().decode(
            redactBytes(new TextEncoder().encode(text), variants),
          );
          for (const variant of variants) {
            expect(redacted).not.toContain(variant);
            expect(fromBytes).not.toContain(variant);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
