import { describe, expect, it } from "vitest";
import {
  canaryKey,
  everythingSent,
  type FakeAnswer,
  recordingUpstream,
  upstreamBase,
} from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";

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

describe("link rewriting", () => {
  it("rewrites an accepted write's href and Location to the proxy", async () => {
    const href = `${upstreamBase}/api/v3/orders/jobs/job-1`;
    const { proxy } = setup({
      status: 202,
      headers: { ...json, location: href },
      body: JSON.stringify({ jobId: "job-1", status: "Pending", orderId: "A-1", href }),
    });
    const response = await proxy(
      new Request(`${proxyOrigin}/engage/api/v3/orders`, {
        method: "POST",
        headers: json,
        body: "{}",
      }),
    );
    const own = `${proxyOrigin}/engage/api/v3/orders/jobs/job-1`;
    expect(response.status).toBe(202);
    expect(response.headers.get("location")).toBe(own);
    expect(await response.json()).toEqual({
      jobId: "job-1",
      status: "Pending",
      orderId: "A-1",
      href: own,
    });
  });

  it("passes a 302 to the order back to the browser with its Location rewritten", async () => {
    const { proxy } = setup({
      status: 302,
      headers: { location: `${upstreamBase}/api/v3/orders/A%201` },
    });
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/jobs/j-1`));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${proxyOrigin}/engage/api/v3/orders/A%201`);
  });

  it("resolves a relative Location against upstream before rewriting", async () => {
    const { proxy } = setup({ status: 202, headers: { location: "/api/v3/orders/jobs/j-2" } });
    const response = await proxy(
      new Request(`${proxyOrigin}/engage/api/v3/orders/A-1/change-status`, {
        method: "POST",
        headers: json,
        body: "{}",
      }),
    );
    expect(response.headers.get("location")).toBe(`${proxyOrigin}/engage/api/v3/orders/jobs/j-2`);
  });

  it("rewrites page links in both shapes and keeps numbers byte for byte", async () => {
    const page = `{"items":[{"orderId":"A-1","total":454.08000000,"id":12345678901234567890,"trackingUri":"https://carrier.example/t/1"}],"offset":10,"count":10,"totalCount":30,"links":[{"rel":"next","href":"${upstreamBase}/api/v3/orders?contactId=c-1&offset=20&count=10"},{"rel":"previous","href":"${upstreamBase.replaceAll("/", "\\/")}\\/api\\/v3\\/orders?contactId=c-1&offset=0&count=10"}],"alt":{"next":"${upstreamBase}/api/v3/orders?offset=20","previous":null},"lookalike":"${upstreamBase}.evil.example/x"}`;
    const { proxy } = setup({ headers: json, body: page });
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders?contactId=c-1`));
    const text = await response.text();
    const own = `${proxyOrigin}/engage/api/v3/orders`;
    expect(text).toContain('"total":454.08000000,"id":12345678901234567890');
    expect(text).toContain(`"href":"${own}?contactId=c-1&offset=20&count=10"`);
    expect(text).toContain(`"href":"${own}?contactId=c-1&offset=0&count=10"`);
    expect(text).toContain(`"next":"${own}?offset=20"`);
    expect(text).toContain(`"lookalike":"${upstreamBase}.evil.example/x"`);
    expect(text).toContain('"trackingUri":"https://carrier.example/t/1"');
  });

  it("passes only the allowed response headers", async () => {
    const { proxy } = setup({
      headers: {
        ...json,
        "set-cookie": "tenant=1",
        "retry-after": "3",
        "x-powered-by": "engage",
        server: "kestrel",
      },
      body: "{}",
    });
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("server")).toBeNull();
    expect(response.headers.get("retry-after")).toBe("3");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the API key never reaches the browser", () => {
  const echoes: [string, FakeAnswer][] = [
    ["a JSON body", { status: 401, headers: json, body: `{"message":"bad key ${canaryKey}"}` }],
    [
      "a plain-text body",
      { status: 500, headers: { "content-type": "text/plain" }, body: `key=${canaryKey}` },
    ],
    [
      "a URL-encoded echo",
      { headers: json, body: `{"href":"https://x.example/?k=${encodeURIComponent(canaryKey)}"}` },
    ],
    [
      "a header",
      {
        headers: {
          ...json,
          etag: `"${canaryKey}"`,
          location: `${upstreamBase}/api/v3/orders/jobs/${canaryKey}`,
        },
        body: "{}",
      },
    ],
    [
      "a problem+json body",
      {
        status: 400,
        headers: { "content-type": "application/problem+json" },
        body: `{"detail":"apikey: ${canaryKey}"}`,
      },
    ],
  ];

  it.each(echoes)("redacts the key from %s", async (_, answer) => {
    const { proxy, upstream } = setup(answer);
    const response = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
    const sent = await everythingSent(response);
    expect(sent).not.toContain(canaryKey);
    expect(sent).not.toContain(encodeURIComponent(canaryKey));
    expect(sent).toContain("[redacted]");
    expect(upstream.allBodiesSettled()).toBe(true);
  });
});
