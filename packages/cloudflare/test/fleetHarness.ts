// Starts the emulator (Node, 127.0.0.1, Engage's 50 requests/s per key) and the fleet Worker in
// workerd (Miniflare), and measures runs: the emulator's arrivals per key are the truth.
import { fileURLToPath } from "node:url";
import { startEmulatorServer } from "@engage-orders/emulator/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import type { ClientReport, ClientRun } from "./fleetWorker.ts";

/** The keys the emulator accepts; each run uses its own, so runs can share the emulator. */
export const fleetKeys = Array.from({ length: 12 }, (_, index) => `fleet-test-key-${index}`);

/** One request as the emulator saw it. */
export interface Arrival {
  at: number;
  status: number;
  path: string;
}

/** The figures of one run. */
export interface FleetFigures {
  /** Every request the emulator got, the tail after the run's end included. */
  requests: number;
  /** Requests per second over the run's duration (from its start to its end). */
  averagePerSecond: number;
  /** The most requests in one calendar second: the windows the emulator's 429s count in. */
  maxInCalendarSecond: number;
  /** The most requests in any one-second span (sliding windows: the stricter count). */
  maxInAnySecond: number;
  /** Send times dropped by clients because they were reached too late. */
  dropped: number;
  rateLimited: number;
  leases: number;
  leasesPerRequest: number;
  errors: Record<string, number>;
}

/** A running emulator and fleet Worker. */
export interface FleetHarness {
  baseUrl: string;
  arrivals(apiKey: string): Arrival[];
  run(run: Omit<ClientRun, "baseUrl">, clients: number): Promise<FleetFigures>;
  close(): Promise<void>;
}

/** The most arrivals in any one-second span (sliding, not calendar seconds). */
export function maxInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** The most arrivals in one calendar second (`Math.floor(at / 1000)`). */
export function maxInCalendarSecond(times: number[]): number {
  const counts = new Map<number, number>();
  for (const time of times) {
    const second = Math.floor(time / 1000);
    counts.set(second, (counts.get(second) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/** The fleet Worker's entry beside this file. */
const defaultWorkerEntry = fileURLToPath(new URL("./fleetWorker.ts", import.meta.url));

/** Bundles the fleet Worker from source for workerd. */
export async function bundleFleetWorker(entry = defaultWorkerEntry): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@engage-orders/source", "workerd", "worker", "browser"],
    // The package's index also exports the order flows, which import the Workers runtime.
    external: ["cloudflare:*"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no fleet Worker");
  return output.text;
}

/** Starts the emulator and the fleet Worker (its entry may be given when this file is bundled). */
export async function startFleetHarness(workerEntry = defaultWorkerEntry): Promise<FleetHarness> {
  const log = new Map<string, Arrival[]>();
  const server = await startEmulatorServer({
    apiKeys: fleetKeys,
    rateLimit: { perSecond: 50 },
    onAnswered(request, response) {
      const key = request.headers.get("apikey") ?? "";
      const arrivals = log.get(key) ?? [];
      arrivals.push({
        at: Date.now(),
        status: response.status,
        path: new URL(request.url).pathname,
      });
      log.set(key, arrivals);
    },
  });
  const worker = new Miniflare({
    modules: true,
    script: await bundleFleetWorker(workerEntry),
    compatibilityDate: "2026-04-01",
    durableObjects: {
      LIMITER: "RateLimiterObject",
      BROKEN: "BrokenLimiterObject",
      STALLED: "StalledLimiterObject",
    },
  });
  await worker.ready;
  const harness: FleetHarness = {
    baseUrl: server.url,
    arrivals: (apiKey) => log.get(apiKey) ?? [],
    async run(run, clients) {
      const startedAt = Date.now();
      const reports = await Promise.all(
        Array.from({ length: clients }, async () => {
          const response = await worker.dispatchFetch("http://fleet.local/", {
            method: "POST",
            body: JSON.stringify({ ...run, baseUrl: server.url }),
          });
          if (!response.ok)
            throw new Error(
              `The fleet Worker answered ${response.status}: ${await response.text()}`,
            );
          return (await response.json()) as ClientReport;
        }),
      );
      const arrivals = harness.arrivals(run.apiKey);
      const times = arrivals.map((arrival) => arrival.at);
      const duringRun = times.filter((time) => time < startedAt + run.durationMs).length;
      const leases = reports.reduce((sum, report) => sum + report.leases, 0);
      const errors: Record<string, number> = {};
      for (const report of reports) {
        for (const [name, count] of Object.entries(report.errors))
          errors[name] = (errors[name] ?? 0) + count;
      }
      return {
        requests: arrivals.length,
        averagePerSecond: run.durationMs > 0 ? (duringRun * 1000) / run.durationMs : 0,
        maxInCalendarSecond: maxInCalendarSecond(times),
        maxInAnySecond: maxInAnySecond(times),
        dropped: reports.reduce((sum, report) => sum + report.dropped, 0),
        rateLimited: arrivals.filter((arrival) => arrival.status === 429).length,
        leases,
        leasesPerRequest: arrivals.length > 0 ? leases / arrivals.length : 0,
        errors,
      };
    },
    async close() {
      await worker.dispose();
      await server.close();
    },
  };
  return harness;
}
