// Emulator fuzz: thousands of random bodies and headers on every route, with faults off,
// produce no 5xx except the one Engage documents: a missing Content-Type answers 500
// `{ "message": "An error has occurred." }`. The emulator is the ground truth every client
// test runs against, so a crash in it would hide the client's own behaviour.
import { createEngageEmulator, type EngageEmulator } from "@engage-orders/emulator";
import { makeOrder } from "@engage-orders/test-utils";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { validOrderArb } from "../src/orderArbitraries";

const apiKey = "test-key-fuzz";
const base = "https://tenant.voyado.test";
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 1000);

type Route = { name: string; method: string; path: (id: string) => string };
const routes: Route[] = [
  {
    name: "listContactOrders",
    method: "GET",
    path: (id) => `/api/v3/orders?contactId=${id}&offset=${id}&count=${id}`,
  },
  { name: "createOrder", method: "POST", path: () => "/api/v3/orders" },
  { name: "getOrder", method: "GET", path: (id) => `/api/v3/orders/${id}?contactId=${id}` },
  { name: "replaceOrder", method: "PUT", path: (id) => `/api/v3/orders/${id}` },
  { name: "deleteOrder", method: "DELETE", path: (id) => `/api/v3/orders/${id}` },
  { name: "getJob", method: "GET", path: (id) => `/api/v3/orders/jobs/${id}` },
  { name: "triggerAction", method: "POST", path: (id) => `/api/v3/orders/${id}/action` },
  { name: "changeOrderStatus", method: "POST", path: (id) => `/api/v3/orders/${id}/change-status` },
  {
    name: "changeOrderDelivery",
    method: "POST",
    path: (id) => `/api/v3/orders/${id}/change-delivery`,
  },
  { name: "registerOrderV2", method: "POST", path: () => "/api/v2/orders" },
];

/** Ids as they reach a path: stored ones, random text encoded or raw, traversal attempts. */
const idArb = fc.oneof(
  fc.constant("o-fuzz"),
  fc.string({ maxLength: 16 }).map(encodeURIComponent),
  fc.constantFrom("%2e%2e", "..%2F..%2Fx", "%00", "%ZZ", "a%2Fb", "%25", "-1", "1e400", ""),
);

/** A header value a fetch accepts: printable ASCII without CR, LF or NUL. */
const headerValueArb = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);

const randomHeadersArb = fc.record(
  {
    contentType: fc.option(
      fc.oneof(
        fc.constantFrom(
          "application/json",
          "application/json; charset=utf-8",
          "APPLICATION/JSON",
          "text/plain",
          "application/problem+json",
          "",
          "  ",
          ";",
        ),
        headerValueArb,
      ),
      { nil: undefined },
    ),
    apiKey: fc.option(fc.oneof(fc.constant(apiKey), fc.constant(` ${apiKey} `), headerValueArb), {
      nil: undefined,
    }),
    userAgent: fc.option(fc.oneof(fc.constant("Fuzz/1.0"), headerValueArb), { nil: undefined }),
    extra: fc.dictionary(fc.stringMatching(/^x-[a-z]{1,10}$/), headerValueArb, { maxKeys: 3 }),
  },
  { requiredKeys: ["extra"] },
);

/** Mostly the conventions met (so bodies reach the route handlers), often not. */
const headersArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constant({
      contentType: "application/json",
      apiKey,
      userAgent: "Fuzz/1.0",
      extra: {},
    }),
  },
  { weight: 2, arbitrary: randomHeadersArb },
);

const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: [deep(depth - 1)] });

/** Bodies of every shape: JSON of any kind, broken text, valid orders and near-valid ones. */
const bodyArb = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  validOrderArb.map((order) => JSON.stringify(order)),
  fc
    .tuple(
      validOrderArb,
      fc.constantFrom("orderId", "lineItems", "contact", "orderAction", "createdAt"),
      fc.jsonValue(),
    )
    .map(([order, key, value]) => JSON.stringify({ ...order, [key]: value })),
  fc.constantFrom(
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"x": 1}}}',
    '{"a": 1, "a": 2}',
    "[]",
    "null",
    "1e400",
    '"\\ud800"',
    "{",
    JSON.stringify(deep(2000)),
    JSON.stringify({ items: Array.from({ length: 5000 }, (_, i) => i) }),
  ),
);

const isEngageOwn500 = async (response: Response, contentType: string | undefined) =>
  response.status === 500 &&
  (contentType === undefined || contentType.trim() === "") &&
  (await response.clone().json()).message === "An error has occurred.";

describe("emulator fuzz (faults off)", () => {
  let emulator: EngageEmulator;
  beforeAll(async () => {
    emulator = createEngageEmulator({
      clock: "manual",
      apiKeys: [apiKey],
      rateLimit: false,
      contacts: [{ email: "ada@example.com" }],
    });
    const headers = {
      apikey: apiKey,
      "user-agent": "Fuzz/1.0",
      "content-type": "application/json",
    };
    const order = makeOrder("o-fuzz");
    await emulator.fetch(`${base}/api/v3/orders`, {
      method: "POST",
      headers,
      body: JSON.stringify(order),
    });
    emulator.flushJobs();
  });

  it.each(routes)(`$name: ${RUNS_PER_ROUTE} random requests, no unexpected 5xx`, async (route) => {
    const unexpected: string[] = [];
    let reachedRoute = 0;
    await fc.assert(
      fc.asyncProperty(idArb, headersArb, bodyArb, async (id, h, body) => {
        const headers = new Headers(h.extra);
        if (h.contentType !== undefined) headers.set("content-type", h.contentType);
        if (h.apiKey !== undefined) headers.set("apikey", h.apiKey);
        if (h.userAgent !== undefined) headers.set("user-agent", h.userAgent);
        const hasBody = route.method === "POST" || route.method === "PUT";
        const response = await emulator.fetch(`${base}${route.path(id)}`, {
          method: route.method,
          headers,
          ...(hasBody ? { body } : {}),
        });
        if (response.status >= 500 && !(await isEngageOwn500(response, h.contentType))) {
          unexpected.push(`${response.status} ${await response.text()}`);
        }
        // 401, 415 and Engage's own 500 are the conventions speaking; anything else got past them.
        if (![401, 415, 500].includes(response.status)) reachedRoute++;
        await response.body?.cancel();
        emulator.advance(10);
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
    expect(unexpected).toEqual([]);
    expect(reachedRoute).toBeGreaterThan(RUNS_PER_ROUTE / 2);
  });

  it("answers a random method on a random path without a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
        fc.array(fc.oneof(fc.constantFrom("api", "v3", "v2", "orders", "jobs", "action"), idArb), {
          maxLength: 6,
        }),
        async (method, segments) => {
          const response = await emulator.fetch(`${base}/${segments.join("/")}`, {
            method,
            headers: {
              apikey: apiKey,
              "user-agent": "Fuzz/1.0",
              "content-type": "application/json",
            },
          });
          await response.body?.cancel();
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
