// Hostile input: ids that try to climb out of their path segment are encoded by the client
// and refused by the proxy; the proxy's allow-list and `authorize` hold (nothing forwarded);
// whatever upstream answers, the key never reaches the browser.
import {
  changeOrderDelivery,
  changeOrderStatus,
  createOrdersClient,
  deleteOrder,
  EngageError,
  getJob,
  getOrder,
  replaceOrder,
  triggerAction,
  ValidationError,
} from "@engage-orders/core";
import {
  createOrdersProxy,
  type OrdersProxyEvent,
  type FetchLike as ProxyFetch,
} from "@engage-orders/proxy";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { canaryKey, leaks } from "../src/canary";

const key = canaryKey();
const shop = "https://shop.example";

/** What every order operation sends for an id (as the platform's fetch would), and its errors. */
async function attempt(orderId: string): Promise<{ paths: string[]; errors: unknown[] }> {
  const paths: string[] = [];
  const client = createOrdersClient({
    baseUrl: "https://tenant.voyado.test",
    apiKey: key,
    rateLimit: false,
    retry: false,
    fetch: async (url, init) => {
      // `new Request` applies the URL parsing every fetch applies (dot segments resolved).
      paths.push(`${init.method} ${new URL(new Request(url).url).pathname}`);
      return new Response(null, { status: 418 });
    },
  });
  const order = { orderId, lineItems: { items: [] } };
  const settled = await Promise.allSettled([
    getJob(client, orderId),
    getOrder(client, orderId),
    replaceOrder(client, order),
    deleteOrder(client, orderId),
    triggerAction(client, orderId, { action: "ConfirmOrder", versionTag: "v1" }),
    changeOrderStatus(client, orderId, { externalStatus: "Shipped" }),
    changeOrderDelivery(client, orderId, { trackingNumber: "T1" }),
  ]);
  const errors = settled.flatMap((outcome) =>
    outcome.status === "rejected" ? [outcome.reason] : [],
  );
  return {
    paths: paths.sort(),
    errors: errors.filter((e) => !(e instanceof EngageError) || e.status !== 418),
  };
}

/** What every order operation sends for an id. */
const pathsFor = async (orderId: string) => (await attempt(orderId)).paths;

const expectedPaths = (orderId: string) => {
  const at = `/api/v3/orders/${encodeURIComponent(orderId)}`;
  return [
    `DELETE ${at}`,
    `GET ${at}`,
    `GET /api/v3/orders/jobs/${encodeURIComponent(orderId)}`,
    `POST ${at}/action`,
    `POST ${at}/change-delivery`,
    `POST ${at}/change-status`,
    `PUT ${at}`,
  ].sort();
};

describe("ids on the client", () => {
  it.each([
    "../",
    "../../jobs/x",
    "%2e%2e",
    "%2e%2e%2f",
    "/",
    "a/b",
    "..%2F",
    "..\\x",
    "?admin=1",
    "#x",
    "a b",
    "%00",
  ])("%j stays one encoded path segment on every operation", async (orderId) => {
    expect(await pathsFor(orderId)).toEqual(expectedPaths(orderId));
  });

  it("random ids stay one encoded path segment", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12 }).filter((id) => id !== "." && id !== ".."),
        async (orderId) => {
          expect(await pathsFor(orderId)).toEqual(expectedPaths(orderId));
        },
      ),
      { numRuns: 200 },
    );
  });

  // Every URL parser reads "." and ".." as steps up the path, even percent-encoded, so no
  // encoding keeps them in their segment: the client refuses them before sending anything.
  it.each([".", ".."])("%j is refused on every operation before anything is sent", async (id) => {
    const { paths, errors } = await attempt(id);
    expect(paths).toEqual([]);
    expect(errors).toHaveLength(7);
    for (const error of errors) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[0]?.field).toMatch(/^(orderId|jobId)$/);
    }
  });
});

/** A proxy in front of an upstream spy that echoes the key back in every way it can. */
function proxyWith(options: Partial<Parameters<typeof createOrdersProxy>[0]> = {}) {
  const upstream = vi.fn<ProxyFetch>(async () =>
    Response.json(
      {
        jobId: "j1",
        status: "Pending",
        orderId: "o-1",
        href: `https://tenant.voyado.test/api/v3/orders/jobs/j1`,
        debug: { apikey: key, encoded: encodeURIComponent(key) },
      },
      {
        status: 202,
        headers: {
          location: `https://tenant.voyado.test/api/v3/orders/jobs/j1?k=${key}`,
          "x-debug-key": key,
        },
      },
    ),
  );
  const events: OrdersProxyEvent[] = [];
  const proxy = createOrdersProxy({
    baseUrl: "https://tenant.voyado.test",
    apiKey: key,
    userAgent: "Shop/1.0",
    basePath: "/engage",
    // The shop's own pages call it: their Origin is accepted because it is configured.
    publicOrigin: shop,
    fetch: upstream,
    onRequest: (event) => events.push(event),
    ...options,
  });
  const send = (path: string, method = "GET", body?: unknown) =>
    proxy(
      new Request(`${shop}${path}`, {
        method,
        headers: { "content-type": "application/json", origin: shop },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  return { upstream, events, send };
}

describe("the proxy", () => {
  it.each([
    "/engage/api/v3/orders/%2e%2e/action",
    "/engage/api/v3/orders/%2E%2E",
    "/engage/api/v3/orders/..%2F..%2Fjobs%2Fx",
    "/engage/api/v3/orders/%252e%252e/action",
    "/engage/api/v3/orders/a%5c..%5cb",
    "/engage/api/v3/orders/a%2Fb/action",
    "/engage/api/v3/orders/%00/action",
    "/engage/api/v3/orders/%zz",
  ])("refuses traversal in %s and forwards nothing", async (path) => {
    const { upstream, send } = proxyWith();
    for (const method of ["GET", "POST", "PUT", "DELETE"]) {
      const response = await send(
        path,
        method,
        method === "POST" || method === "PUT" ? {} : undefined,
      );
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(upstream).not.toHaveBeenCalled();
  });

  it("forwards only allowed routes", async () => {
    const { upstream, send } = proxyWith({ allowedRoutes: ["getJob", "getOrder"] });
    const refused = [
      await send("/engage/api/v3/orders", "POST", { orderId: "o-1" }),
      await send("/engage/api/v3/orders/o-1", "DELETE"),
      await send("/engage/api/v3/orders/o-1/action", "POST", {
        action: "ConfirmOrder",
        versionTag: "v",
      }),
      await send("/engage/api/v2/orders", "POST", {}),
      await send("/engage/_emulator/state"),
      await send("/engage/api/v3/orders?contactId=c1"),
      await send("/api/v3/orders/o-1"),
    ];
    for (const response of refused) expect(response.status).toBeGreaterThanOrEqual(400);
    expect(upstream).not.toHaveBeenCalled();
    expect((await send("/engage/api/v3/orders/jobs/j1")).status).toBe(202);
    expect(upstream).toHaveBeenCalledTimes(1);
  });

  it("forwards nothing that authorize refuses, throws on, or answers itself", async () => {
    for (const [authorize, status] of [
      [() => false, 403],
      [
        () => {
          throw new Error(`session store down (key ${key})`);
        },
        401,
      ],
      [async () => new Response("sign in", { status: 401 }), 401],
    ] as const) {
      const { upstream, events, send } = proxyWith({ authorize });
      const response = await send("/engage/api/v3/orders", "POST", { orderId: "o-1" });
      expect(response.status).toBe(status);
      expect(leaks(await response.text(), key)).toEqual([]);
      expect(leaks(events, key)).toEqual([]);
      expect(upstream).not.toHaveBeenCalled();
    }
  });

  it("keeps the key out of every answer, header and event, whatever upstream echoes", async () => {
    const { upstream, events, send } = proxyWith();
    const response = await send("/engage/api/v3/orders", "POST", { orderId: "o-1" });
    const [forwarded] = upstream.mock.calls[0] ?? [];
    expect(forwarded?.headers.get("apikey")).toBe(key); // upstream did get it
    const text = await response.text();
    expect(leaks(text, key)).toEqual([]);
    expect(text).not.toContain(encodeURIComponent(key).replaceAll("-", "%2D"));
    expect(leaks([...response.headers], key)).toEqual([]);
    expect(leaks(events, key)).toEqual([]);
  });
});
