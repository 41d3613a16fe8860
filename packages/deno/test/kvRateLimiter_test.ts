// The Deno KV fleet limiter in the real Deno binary: separate client objects share one local KV
// (its own read, check and commit per lease, so versionstamp conflicts between them are real)
// and burst against the emulator served by Deno.serve with Engage's 50 requests/s per key.
// Twenty handles on one local KV file would only measure SQLite's file lock ("database is
// locked"), which Deno Deploy's KV does not have, so the clients share one handle. Each run has
// its own API key; the fleet run goes first, then the one-client pair: about 33 s in all.
// Run with --unstable-kv.
import {
  createOrdersClient,
  createRateLimiter,
  getOrder,
  OrderNotFoundError,
  type RateLimiter,
} from "@engage-orders/core";
import { createEngageEmulator } from "@engage-orders/emulator";
import {
  createKvRateLimiter,
  defaultLeasePolicy,
  FleetLimiterUnavailableError,
  type KvLike,
} from "../src/index.ts";

const keys = Array.from({ length: 6 }, (_, index) => `deno-fleet-key-${index}`);
const arrivals = new Map<string, { at: number; status: number; path: string }[]>();
const emulator = createEngageEmulator({ apiKeys: keys, rateLimit: { perSecond: 50 } });
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (request) => {
  const response = await emulator.fetch(request);
  const key = request.headers.get("apikey") ?? "";
  const list = arrivals.get(key) ?? [];
  list.push({ at: Date.now(), status: response.status, path: new URL(request.url).pathname });
  arrivals.set(key, list);
  return response;
});
const baseUrl = `http://127.0.0.1:${server.addr.port}`;
const sharedKv = await Deno.openKv(":memory:");

interface Figures {
  requests: number;
  averagePerSecond: number;
  maxInCalendarSecond: number;
  maxInAnySecond: number;
  rateLimited: number;
  leases: number;
  leasesPerRequest: number;
  errors: Record<string, number>;
}

function maxInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

function maxInCalendarSecond(times: number[]): number {
  const counts = new Map<number, number>();
  for (const time of times)
    counts.set(Math.floor(time / 1000), (counts.get(Math.floor(time / 1000)) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/** Runs `clients` client objects, each with `concurrency` request loops, for `durationMs`. */
async function burst(
  apiKey: string,
  clients: number,
  durationMs: number,
  limiter: "kv" | "core",
): Promise<Figures> {
  const startedAt = Date.now();
  let leases = 0;
  const errors: Record<string, number> = {};
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const rateLimit: RateLimiter =
        limiter === "core"
          ? createRateLimiter(defaultLeasePolicy.perSecond)
          : createKvRateLimiter({ kv: sharedKv, apiKey, onLease: () => leases++ });
      const client = createOrdersClient({ baseUrl, apiKey, rateLimit, retry: false });
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (Date.now() < startedAt + durationMs) {
            try {
              await getOrder(client, "no-such-order");
            } catch (error) {
              if (!(error instanceof OrderNotFoundError)) {
                const cause = (error as Error).cause;
                const name = `${(error as Error).name}${cause ? `: ${String(cause)}` : ""}`;
                errors[name] = (errors[name] ?? 0) + 1;
                // The limiter failed closed: this loop stops, as a caller would answer 503.
                if (error instanceof FleetLimiterUnavailableError) return;
              }
            }
          }
        }),
      );
    }),
  );
  const times = (arrivals.get(apiKey) ?? []).map((arrival) => arrival.at);
  const requests = times.length;
  return {
    requests,
    averagePerSecond:
      (times.filter((time) => time < startedAt + durationMs).length * 1000) / durationMs,
    maxInCalendarSecond: maxInCalendarSecond(times),
    maxInAnySecond: maxInAnySecond(times),
    rateLimited: (arrivals.get(apiKey) ?? []).filter((arrival) => arrival.status === 429).length,
    leases,
    leasesPerRequest: requests > 0 ? leases / requests : 0,
    errors,
  };
}

// The fleet run first, then the one-client pair (together, each on its own key): a busy event
// loop fires timers late, and late send times are dropped, so the rate runs do not overlap.
const fleetRun = burst(keys[0] as string, 20, 20_000, "kv");
const oneClientPair = fleetRun.then(() =>
  Promise.all([
    burst(keys[1] as string, 1, 10_000, "kv"),
    burst(keys[2] as string, 1, 10_000, "core"),
  ]),
);

const options = { sanitizeOps: false, sanitizeResources: false };

Deno.test({
  ...options,
  name: "20 clients on Deno KV for 20 s: no second above 50, at least 45/s, no 429, at most 0.25 leases per request",
  async fn() {
    const figures = await fleetRun;
    const all = JSON.stringify(figures);
    console.error("20 clients, 20 s:", all);
    assertEquals(figures.errors, {});
    assert(figures.rateLimited === 0, `429s: ${all}`);
    assert(figures.maxInCalendarSecond <= 50, `max in a second: ${all}`);
    assert(figures.averagePerSecond >= 45, `average: ${all}`);
    assert(figures.leasesPerRequest <= 0.25, `leases per request: ${all}`);
  },
});

Deno.test({
  ...options,
  name: "one client on Deno KV sends as many as one client with the core's own limiter at the same rate",
  async fn() {
    const [kv, core] = await oneClientPair;
    console.error("one client, kv:", JSON.stringify(kv), "core:", JSON.stringify(core));
    assert(kv.rateLimited === 0, `429s: ${kv.rateLimited}`);
    // 3% slack: a send time whose timer fires more than toleranceMs late is dropped (the core's
    // limiter sends it late instead), and a loaded machine fires some timers that late.
    assert(
      kv.requests >= core.requests * 0.97,
      `kv ${JSON.stringify(kv)} < 97% of core ${JSON.stringify(core)}`,
    );
  },
});

Deno.test({
  ...options,
  name: "an acquire aborted while it waits for its send time sends nothing",
  async fn() {
    const apiKey = keys[3] as string;
    const rateLimit = createKvRateLimiter({ kv: sharedKv, apiKey, policy: { perSecond: 1 } });
    const client = createOrdersClient({ baseUrl, apiKey, rateLimit, retry: false });
    await getOrder(client, "first").catch(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("The caller went away.")), 200);
    const error = await getOrder(client, "aborted", { signal: controller.signal }).catch(
      (caught) => caught,
    );
    assertEquals((error as Error).message, "The caller went away.");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assertEquals(
      (arrivals.get(apiKey) ?? []).map((arrival) => arrival.path),
      ["/api/v3/orders/first"],
    );
  },
});

Deno.test({
  ...options,
  name: "a closed KV store: fail closed with FleetLimiterUnavailableError, nothing sent",
  async fn() {
    const apiKey = keys[4] as string;
    const kv = await Deno.openKv(":memory:");
    kv.close();
    const client = createOrdersClient({
      baseUrl,
      apiKey,
      rateLimit: createKvRateLimiter({ kv: kv as KvLike, apiKey }),
      retry: false,
    });
    const error = await getOrder(client, "never-sent").catch((caught) => caught);
    assert(error instanceof FleetLimiterUnavailableError, `got ${String(error)}`);
    assertEquals(arrivals.get(apiKey) ?? [], []);
  },
});

Deno.test({
  ...options,
  name: "the emulator server and the KV store close",
  async fn() {
    sharedKv.close();
    await server.shutdown();
  },
});

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function assertEquals(actual: unknown, expected: unknown): void {
  const [left, right] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (left !== right) throw new Error(`expected ${right}, got ${left}`);
}
