// The Worker of the workerd suites and the fleet benchmark. Each request it gets runs one
// client (its own client object, as a separate isolate would have) against the emulator.
import {
  createOrdersClient,
  createRateLimiter,
  getOrder,
  OrderNotFoundError,
  type RateLimiter,
} from "@engage-orders/core";
import {
  createFleetRateLimiter,
  type DurableObjectNamespaceLike,
  defaultLeasePolicy,
} from "../src/index.ts";

export { RateLimiterObject } from "../src/index.ts";

/** A limiter object that is down: every call fails, as an overloaded or broken object does. */
export class BrokenLimiterObject {
  /** Fails. */
  async fetch(): Promise<Response> {
    throw new Error("Durable Object is overloaded.");
  }
}

/** A limiter object that never answers in time. */
export class StalledLimiterObject {
  /** Answers after a minute. */
  async fetch(): Promise<Response> {
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    return new Response("late");
  }
}

/** What one client run is told to do. */
export interface ClientRun {
  mode: "burst" | "abort";
  baseUrl: string;
  apiKey: string;
  limiter: "fleet" | "core";
  binding: "LIMITER" | "BROKEN" | "STALLED";
  durationMs: number;
  concurrency: number;
  perSecond?: number;
  leaseTimeoutMs?: number;
  fallbackPerSecond?: number;
}

/** What one client run reports. */
export interface ClientReport {
  requests: number;
  leases: number;
  dropped: number;
  errors: Record<string, number>;
}

type Env = Record<ClientRun["binding"], DurableObjectNamespaceLike>;

function limiterFor(run: ClientRun, env: Env, report: ClientReport): RateLimiter {
  if (run.limiter === "core")
    return createRateLimiter(run.perSecond ?? defaultLeasePolicy.perSecond);
  return createFleetRateLimiter({
    namespace: env[run.binding],
    apiKey: run.apiKey,

    onDrop: () => report.dropped++,
    onLease: () => report.leases++,
    ...(run.perSecond === undefined ? {} : { policy: { perSecond: run.perSecond } }),
    ...(run.leaseTimeoutMs === undefined ? {} : { leaseTimeoutMs: run.leaseTimeoutMs }),
    ...(run.fallbackPerSecond === undefined
      ? {}
      : { fallback: createRateLimiter(run.fallbackPerSecond) }),
  });
}

async function burst(run: ClientRun, env: Env): Promise<ClientReport> {
  const report: ClientReport = { requests: 0, leases: 0, dropped: 0, errors: {} };
  const rateLimit = limiterFor(run, env, report);
  const client = createOrdersClient({
    baseUrl: run.baseUrl,
    apiKey: run.apiKey,
    rateLimit,
    retry: false,
  });
  const deadline = Date.now() + run.durationMs;
  await Promise.all(
    Array.from({ length: run.concurrency }, async () => {
      while (Date.now() < deadline) {
        try {
          await getOrder(client, "no-such-order");
        } catch (error) {
          // The order does not exist: a 404 is the answer every request here expects.
          if (!(error instanceof OrderNotFoundError)) {
            const name = error instanceof Error ? error.name : "unknown";
            report.errors[name] = (report.errors[name] ?? 0) + 1;
            if (name === "FleetLimiterUnavailableError") return;
          }
        }
        report.requests++;
      }
    }),
  );
  return report;
}

/** Sends one request, then aborts a second one while it waits for its send time. */
async function abortWhileWaiting(run: ClientRun, env: Env): Promise<ClientReport> {
  const report: ClientReport = { requests: 0, leases: 0, dropped: 0, errors: {} };
  const rateLimit = limiterFor(run, env, report);
  const client = createOrdersClient({
    baseUrl: run.baseUrl,
    apiKey: run.apiKey,
    rateLimit,
    retry: false,
  });
  await getOrder(client, "first").catch(() => {});
  report.requests++;
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error("The caller went away.")), 200);
  try {
    await getOrder(client, "aborted", { signal: controller.signal });
    report.requests++;
  } catch (error) {
    report.errors[(error as Error).message] = 1;
  }
  // Long enough for the aborted request's send time to pass: it must still send nothing.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return report;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const run = (await request.json()) as ClientRun;
    const report = run.mode === "abort" ? await abortWhileWaiting(run, env) : await burst(run, env);
    return Response.json(report);
  },
};
