import { createOrdersClient, type EngageEvent, type OrdersClient } from "@engage-orders/core";
import { createEngageEmulator, createVirtualTime, type FaultConfig } from "@engage-orders/emulator";
import { confirmEmbedded } from "../recommended/confirmEmbedded";
import { confirmSeparate } from "../recommended/confirmSeparate";
import type { CallerOptions } from "../recommended/registerOrder";
import { createSoakFetch, type RequestCounts } from "./soakFetch";
import { SOAK_CONTACT, soakOrder } from "./soakOrder";

/**
 * The emulator's faults during the soak: 10 % 5xx in all (8 % 503 "not processed", 1 % a
 * gateway's 502 HTML page, plus the harness's 1 % ambiguous 500 after the work), 5 % 429,
 * 2 % connections dropped after the work was done, 1 % of jobs stalled until released.
 */
export const SOAK_FAULTS: FaultConfig = {
  serverError: 0.08,
  htmlError: 0.01,
  rateLimit: 0.05,
  dropAfterProcessing: 0.02,
  stallJobs: 0.01,
};

/** The share of answers replaced by an ambiguous 500 after the emulator did the work. */
export const PROCESSED_THEN_500 = 0.01;

/** How often stalled jobs are released (an Engage queue that catches up later). */
const RELEASE_EVERY_MS = 5 * 60_000;
/** Virtual time after which the soak calls the run hung. */
const VIRTUAL_LIMIT_MS = 12 * 3_600_000;

/** One soak run. */
export interface SoakOptions {
  /** How many orders. */
  orders: number;
  /** `embedded`: the confirmation rides on the create; `separate`: create → wait → action. */
  mode: "embedded" | "separate";
  /** Whether the faults are on (off: the baseline the request count is compared with). */
  faults: boolean;
  /** Seeds the emulator, the harness and the clients' jitter. Defaults to `"soak"`. */
  seed?: string;
  /** The emulator's faults when `faults` is on. Defaults to `SOAK_FAULTS`. */
  faultConfig?: FaultConfig;
  /** The share of answers lost after the work when `faults` is on. Defaults to `PROCESSED_THEN_500`. */
  processedThen500?: number;
  /** Sees every client event (requests, retries, polls). Defaults to none. */
  onEvent?: (event: EngageEvent) => void;
  /** Every n-th order is also delivered by a second, racing writer. Defaults to `10`. */
  raceEvery?: number;
  /**
   * Orders in flight at once. Defaults to `8`: below the client's 50 requests/s, so the poll
   * schedule decides when polls go. At 32 the rate limiter's queue holds every poll back long
   * enough to find most jobs done, which makes the fault-free baseline look cheaper than any
   * real run and the request ratio meaningless.
   */
  concurrency?: number;
}

/** What one caller saw for one order. */
export interface CallerRecord {
  orderId: string;
  writer: "first" | "duplicate";
  outcome: string;
  adopted: boolean;
}

/** Everything a soak run measured. */
export interface SoakResult {
  options: Required<SoakOptions>;
  requests: RequestCounts;
  virtualSeconds: number;
  realSeconds: number;
  /** Per order: how many create jobs stored it (must be 1). */
  storedBy: Map<string, number>;
  /** Per order: how many confirmations fired (automation log). */
  confirmations: Map<string, number>;
  /** Every caller's outcome. */
  callers: CallerRecord[];
  /** Every error the library threw to the callers. */
  errors: { orderId: string; writer: "first" | "duplicate"; error: unknown }[];
  unhandledRejections: unknown[];
  stalledReleased: number;
}

/** A seeded random source in [0, 1) for the clients' jitter (mulberry32). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the recommended caller code for `orders` orders against the emulator in virtual time,
 * with or without faults, and returns what the emulator stored and fired and what the
 * callers saw. Deterministic for a seed: the same run gives the same figures.
 */
export async function runSoak(soakOptions: SoakOptions): Promise<SoakResult> {
  const options: Required<SoakOptions> = {
    seed: "soak",
    raceEvery: 10,
    concurrency: 8,
    faultConfig: SOAK_FAULTS,
    processedThen500: PROCESSED_THEN_500,
    onEvent: () => {},
    ...soakOptions,
  };
  const { orders, mode, faults, seed, raceEvery, concurrency } = options;
  const time = createVirtualTime();
  const startedAt = time.now();
  const realStart = performance.now();
  const apiKey = "test-key-soak";
  const emulator = createEngageEmulator({
    clock: { now: time.now, sleep: (ms) => time.sleep(ms) },
    apiKeys: [apiKey],
    seed,
    contacts: [{ email: SOAK_CONTACT }],
    faults: faults ? options.faultConfig : {},
  });
  const { fetch, counts } = createSoakFetch(emulator, seed, faults ? options.processedThen500 : 0);
  const client = (salt: number): OrdersClient =>
    createOrdersClient({
      baseUrl: "https://soak.voyado.test",
      apiKey,
      userAgent: "EngageOrdersSoak/1.0",
      fetch,
      now: time.now,
      sleep: time.sleep,
      random: seededRandom(salt + orders),
      onEvent: options.onEvent,
    });
  // Two writers: the shop, and a webhook that sometimes delivers the same order again.
  const writers = { first: client(1), duplicate: client(2) };
  const errors: SoakResult["errors"] = [];
  const callers: CallerRecord[] = [];
  const unhandledRejections: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandledRejections.push(reason);
  process.on("unhandledRejection", onUnhandled);
  const runId = `soak-${mode}`;
  const deliver = async (index: number, writer: "first" | "duplicate") => {
    const order = soakOrder(index, runId);
    const action = { action: "ConfirmOrder", language: "sv-SE" };
    const c = writers[writer];
    const callerOptions: CallerOptions = {
      sleep: (ms) => time.sleep(ms),
      onError: (error, orderId) => errors.push({ orderId, writer, error }),
    };
    const result =
      mode === "embedded"
        ? await confirmEmbedded(c, order, action, callerOptions)
        : await confirmSeparate(c, order, action, callerOptions);
    const adopted = "adopted" in result && result.adopted;
    callers.push({ orderId: order.orderId, writer, outcome: result.kind, adopted });
  };
  let done = false;
  let stalledReleased = 0;
  const releaser = (async () => {
    while (!done && time.now() - startedAt < VIRTUAL_LIMIT_MS) {
      await time.sleep(RELEASE_EVERY_MS);
      stalledReleased += emulator.releaseStalledJobs();
    }
  })();
  let next = 0;
  const lane = async () => {
    while (next < orders) {
      const index = next++;
      const racing =
        index % raceEvery === 0
          ? time.sleep(50 * (index % 7)).then(() => deliver(index, "duplicate"))
          : undefined;
      await Promise.all([deliver(index, "first"), racing]);
    }
  };
  try {
    await time.runUntil(
      (async () => {
        await Promise.all(Array.from({ length: Math.min(concurrency, orders) }, lane));
        done = true;
        // Let every job still queued (a racing loser, a stalled one) finish.
        await time.sleep(RELEASE_EVERY_MS);
      })(),
    );
  } finally {
    done = true;
    process.off("unhandledRejection", onUnhandled);
  }
  void releaser;
  stalledReleased += emulator.releaseStalledJobs();
  emulator.flushJobs();
  const storedBy = new Map<string, number>();
  for (const job of emulator.listJobs()) {
    if (job.operation === "create" && job.status === "Completed") {
      storedBy.set(job.orderId, (storedBy.get(job.orderId) ?? 0) + 1);
    }
  }
  for (const view of emulator.listOrders()) {
    if (!storedBy.has(view.order.orderId)) storedBy.set(view.order.orderId, 0);
  }
  const confirmations = new Map<string, number>();
  for (const entry of emulator.automationLog()) {
    if (entry.action === "ConfirmOrder") {
      confirmations.set(entry.orderId, (confirmations.get(entry.orderId) ?? 0) + 1);
    }
  }
  return {
    options,
    requests: counts,
    virtualSeconds: (time.now() - startedAt) / 1000,
    realSeconds: (performance.now() - realStart) / 1000,
    storedBy,
    confirmations,
    callers,
    errors,
    unhandledRejections,
    stalledReleased,
  };
}
