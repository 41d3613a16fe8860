import { describe, expect, it } from "vitest";
import { redactBytes, redactText, secretSpellings } from "./redactSecret";

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
});
