import { describe, expect, it } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import type { OrdersProxyOptions } from "./types.ts";

const proxyOrigin = "https://shop.example";

function setup(overrides: Partial<OrdersProxyOptions> = {}) {
  const upstream = recordingUpstream();
  const proxy = createOrdersProxy({
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    fetch: upstream.fetch,
    ...overrides,
  });
  return { proxy, upstream };
}

describe("createOrdersProxy reads the query as Engage will", () => {
  it("refuses query names no route documents, constructor and __proto__ included", async () => {
    const { proxy, upstream } = setup();
    for (const query of [
      "constructor=a&contactId=c-1",
      "__proto__=b&contactId=c-1",
      "contactId=c-1&debug=1",
    ]) {
      const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders?${query}`));
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].message).toBe("is not a parameter of this route");
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([
    "contactid=theirs&contactId=mine",
    "contactId=mine&CONTACTID=theirs",
    "contactId=mine&ContactID=theirs",
  ])(
    "refuses ?%s: Engage reads names ignoring case, so that is one parameter twice",
    async (query) => {
      const seen: unknown[] = [];
      const { proxy, upstream } = setup({ authorize: (_, context) => seen.push(context) > 0 });
      const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders?${query}`));
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0]).toEqual({
        field: "query.contactId",
        message: "must appear at most once, in any spelling",
      });
      expect(seen).toEqual([]);
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it("hands authorize and Engage the same contactId, whatever case the name came in", async () => {
    const seen: unknown[] = [];
    const { proxy, upstream } = setup({ authorize: (_, context) => seen.push(context.query) > 0 });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders?CONTACTID=c%2B1&Offset=10`),
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ contactId: "c+1", offset: "10" }]);
    expect(upstream.requests[0]!.url).toBe(
      `${upstreamBase}/api/v3/orders?contactId=c%2B1&offset=10`,
    );
  });

  it("forwards only the parameters each route documents", async () => {
    const { proxy, upstream } = setup();
    const job = await proxy(new Request(`${proxyOrigin}/api/v3/orders/jobs/j-1?contactId=c-1`));
    expect(job.status).toBe(400);
    expect((await job.json()).message).toContain("getJob takes no query parameters");
    const order = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1?contactId=c-1&count=5`),
    );
    expect(order.status).toBe(400);
    expect(upstream.requests).toHaveLength(0);
    await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1?contactid=c-1`));
    expect(upstream.requests[0]!.url).toBe(`${upstreamBase}/api/v3/orders/A-1?contactId=c-1`);
  });
});
