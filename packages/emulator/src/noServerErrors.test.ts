import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE, createHarness, makeOrder } from "../test/harness.ts";
import { DEFAULT_API_KEY } from "./index.ts";

const routes: { method: string; path: (id: string) => string }[] = [
  {
    method: "GET",
    path: (id) => `/api/v3/orders?contactId=${encodeURIComponent(id)}&offset=${id}`,
  },
  { method: "POST", path: () => "/api/v3/orders" },
  { method: "GET", path: (id) => `/api/v3/orders/${encodeURIComponent(id)}?contactId=${id}` },
  { method: "PUT", path: (id) => `/api/v3/orders/${encodeURIComponent(id)}` },
  { method: "DELETE", path: (id) => `/api/v3/orders/${encodeURIComponent(id)}` },
  { method: "GET", path: (id) => `/api/v3/orders/jobs/${encodeURIComponent(id)}` },
  { method: "POST", path: (id) => `/api/v3/orders/${encodeURIComponent(id)}/action` },
  { method: "POST", path: (id) => `/api/v3/orders/${encodeURIComponent(id)}/change-status` },
  { method: "POST", path: (id) => `/api/v3/orders/${encodeURIComponent(id)}/change-delivery` },
  { method: "POST", path: () => "/api/v2/orders" },
];

/** Sets `value` at a path of keys inside a copy of `document` (creating what is missing). */
function setAt(document: unknown, keys: string[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [head, ...rest] = keys as [string, ...string[]];
  const base = typeof document === "object" && document !== null ? document : {};
  const copy: Record<string, unknown> = Array.isArray(base) ? ([...base] as never) : { ...base };
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

const keyArb = fc.constantFrom(
  "orderId",
  "contact",
  "matchKey",
  "matchKeyType",
  "lineItems",
  "items",
  "0",
  "1",
  "quantity",
  "totalPrice",
  "subTotal",
  "article",
  "sku",
  "status",
  "createdAt",
  "currencyCode",
  "orderAction",
  "action",
  "versionTag",
  "data",
  "delivery",
  "lastChangedAt",
  "__proto__",
  "constructor",
  "toString",
);

/** Bodies of every shape: any JSON, and valid orders with one field replaced by anything. */
const bodyArb = fc.oneof(
  fc.jsonValue(),
  fc
    .tuple(fc.array(keyArb, { maxLength: 4 }), fc.jsonValue())
    .map(([keys, value]) => setAt(makeOrder("o-prop"), keys, value)),
  fc.string(),
);

describe("robustness", () => {
  it("without faults, no request body of any shape produces a 5xx on any route", async () => {
    const { emulator, createProcessed } = createHarness({ rateLimit: false });
    await createProcessed("o-prop");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(fc.constant("o-prop"), fc.string({ maxLength: 20 })),
        bodyArb,
        fc.boolean(),
        async (route, id, body, raw) => {
          const text = raw && typeof body === "string" ? body : JSON.stringify(body);
          const hasBody = route.method === "POST" || route.method === "PUT";
          const response = await emulator.fetch(
            new Request(`${BASE}${route.path(id)}`, {
              method: route.method,
              headers: {
                apikey: DEFAULT_API_KEY,
                "user-agent": "Prop/1.0",
                "content-type": "application/json",
              },
              ...(hasBody ? { body: text ?? "null" } : {}),
            }),
          );
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            const error = (await response.json()) as Record<string, unknown>;
            expect(typeof error.errorCode).toBe("string");
            expect(typeof error.message).toBe("string");
            expect(Array.isArray(error.errors)).toBe(true);
          }
          emulator.advance(1000);
        },
      ),
      { numRuns: 400, seed: 20251203 },
    );
  });
});
