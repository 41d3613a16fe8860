import { describe, expect, it } from "vitest";
import {
  canaryKey,
  everythingSent,
  type FakeAnswer,
  recordingUpstream,
  upstreamBase,
} from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import type { OrdersProxyEvent } from "./types.ts";

// What the browser gets when the fake upstream spells the key in each way an encoder may, and
// when it answers with a body the proxy cannot read or a page that must not run as HTML.

const proxyOrigin = "https://shop.example";
const json = { "content-type": "application/json" };

function setup(answer: FakeAnswer) {
  const upstream = recordingUpstream(() => answer);
  const proxy = createOrdersProxy({
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    basePath: "/engage",
    fetch: upstream.fetch,
  });
  return { proxy, upstream };
}

/** The key as a JSON writer that escapes every character spells it (`\u0074\u0065…`). */
function everyCharacterEscaped(text: string, hexCase: "upper" | "lower"): string {
  return [...text]
    .map((character) => {
      const hex = character.charCodeAt(0).toString(16).padStart(4, "0");
      return `\\u${hexCase === "upper" ? hex.toUpperCase() : hex}`;
    })
    .join("");
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) {
    bytes[index * 2] = text.charCodeAt(index) & 0xff;
    bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}

describe("every spelling of the key the upstream sends is redacted", () => {
  const jsonKey = JSON.stringify(canaryKey).slice(1, -1);
  const lowerHex = encodeURIComponent(canaryKey).replace(/%[0-9A-F]{2}/g, (percentEscape) =>
    percentEscape.toLowerCase(),
  );
  const overEncoded = [...canaryKey]
    .map((character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .join("");
  const spellings: [string, FakeAnswer][] = [
    [
      "JSON with + written as \\u002B (as .NET's serializer does)",
      {
        status: 401,
        headers: json,
        body: `{"message":"bad key ${jsonKey.replace("+", "\\u002B")}"}`,
      },
    ],
    [
      "JSON with + and = written as lower-case \\u escapes",
      {
        status: 401,
        headers: json,
        body: `{"key":"${jsonKey.replace("+", "\\u002b").replaceAll("=", "\\u003d")}"}`,
      },
    ],
    [
      "JSON escaping every character, upper-case hex",
      { headers: json, body: `{"key":"${everyCharacterEscaped(canaryKey, "upper")}"}` },
    ],
    [
      "JSON escaping every character, lower-case hex",
      { headers: json, body: `{"key":"${everyCharacterEscaped(canaryKey, "lower")}"}` },
    ],
    [
      "JSON with / written as \\/",
      { headers: json, body: `{"key":"${jsonKey.replaceAll("/", "\\/")}"}` },
    ],
    [
      "a percent-encoded echo in lower-case hex",
      { headers: json, body: `{"href":"https://x.example/?k=${lowerHex}"}` },
    ],
    [
      "an over-encoded echo (every character percent-encoded)",
      { status: 400, headers: { "content-type": "text/plain" }, body: `k=${overEncoded}` },
    ],
    [
      "an echo encoded twice",
      {
        status: 400,
        headers: { "content-type": "text/plain" },
        body: `k=${encodeURIComponent(encodeURIComponent(canaryKey))}`,
      },
    ],
    [
      "a Location header in lower-case hex",
      {
        status: 202,
        headers: { ...json, location: `${upstreamBase}/api/v3/orders/jobs/${lowerHex}` },
      },
    ],
    [
      "a UTF-16 JSON body that names its charset",
      {
        status: 401,
        headers: { "content-type": "application/json; charset=utf-16le" },
        body: utf16le(`{"message":"bad key ${jsonKey}"}`),
      },
    ],
    [
      "a Latin-1 text body that names its charset",
      {
        status: 500,
        headers: { "content-type": "text/plain; charset=iso-8859-1" },
        body: new Uint8Array([0xe9, ...new TextEncoder().encode(` key=${canaryKey}`)]),
      },
    ],
  ];

  it.each(spellings)("%s", async (_, answer) => {
    const { proxy, upstream } = setup(answer);
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
    const sent = await everythingSent(response);
    expect(sent).not.toContain(canaryKey);
    expect(sent).toContain("[redacted]");
    expect(upstream.allBodiesSettled()).toBe(true);
  });

  it("re-encodes a body from another charset as UTF-8 and says so", async () => {
    const { proxy } = setup({
      headers: { "content-type": "application/json; charset=utf-16le" },
      body: utf16le('{"name":"Åsa"}'),
    });
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ name: "Åsa" });
  });
});

describe("a body the proxy cannot read as text is not passed on", () => {
  const unreadable: [string, FakeAnswer][] = [
    [
      "bytes that are not UTF-8, with no charset named",
      {
        headers: { "content-type": "application/octet-stream" },
        body: new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(canaryKey), 0x00]),
      },
    ],
    [
      "UTF-16 without a charset (the key hides between NULs)",
      { status: 500, headers: { "content-type": "text/plain" }, body: utf16le(`key=${canaryKey}`) },
    ],
    [
      "a charset no decoder knows",
      {
        status: 500,
        headers: { "content-type": "text/plain; charset=x-klingon" },
        body: `key=${canaryKey}`,
      },
    ],
  ];

  it.each(unreadable)("%s: 502, the upstream status kept in the event", async (_, answer) => {
    const events: OrdersProxyEvent[] = [];
    const upstream = recordingUpstream(() => answer);
    const proxy = createOrdersProxy({
      baseUrl: upstreamBase,
      apiKey: canaryKey,
      basePath: "/engage",
      fetch: upstream.fetch,
      onRequest: (event) => events.push(event),
    });
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
    const sent = await everythingSent(response);
    expect(response.status).toBe(502);
    expect(sent).toContain("UpstreamUnreadableBody");
    expect(sent).not.toContain(canaryKey);
    expect(events[0]).toMatchObject({
      outcome: "upstream-unreadable-body",
      upstreamStatus: answer.status ?? 200,
    });
    expect(upstream.allBodiesSettled()).toBe(true);
  });
});

describe("an upstream HTML page never reaches the browser as HTML", () => {
  it.each(["text/html; charset=utf-8", "application/xhtml+xml", "image/svg+xml"])(
    "%s is sent as text/plain with nosniff, its text and status kept",
    async (type) => {
      const page = "<html><script>fetch('/engage/api/v3/orders?contactId=c-1')</script></html>";
      const { proxy } = setup({ status: 503, headers: { "content-type": type }, body: page });
      const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await response.text()).toBe(page);
    },
  );
});
