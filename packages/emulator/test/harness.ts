import { CONTACT_EMAIL, makeOrder as makeFixtureOrder } from "@engage-orders/test-utils";
import type { EngageEmulator, EngageEmulatorOptions } from "../src/index.ts";
import { createEngageEmulator, DEFAULT_API_KEY, fixedLatency } from "../src/index.ts";

/** The origin the tests send requests to. */
export const BASE = "http://engage.test";

/** The processing delay of a harness job unless the options say otherwise. */
export const JOB_DELAY_MS = 1000;

export { CONTACT_EMAIL } from "@engage-orders/test-utils";

/**
 * The shared fixture order for the contact every harness seeds, as a loose record: these
 * tests also send broken copies of it (a field deleted, a value of the wrong type).
 */
export const makeOrder = (
  orderId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => makeFixtureOrder(orderId, overrides);

/** The options of a request sent through the harness. */
export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string | null>;
}

/** A manual-clock emulator with one seeded contact and a `call` helper. */
export function createHarness(options: EngageEmulatorOptions = {}) {
  const emulator: EngageEmulator = createEngageEmulator({
    clock: "manual",
    latency: fixedLatency(JOB_DELAY_MS),
    ...options,
  });
  const contact = emulator.seedContact({ email: CONTACT_EMAIL });
  const call = (method: string, path: string, init: CallOptions = {}): Promise<Response> => {
    const headers = new Headers({
      apikey: DEFAULT_API_KEY,
      "user-agent": "EmulatorTests/1.0",
      "content-type": "application/json",
    });
    for (const [name, value] of Object.entries(init.headers ?? {})) {
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
    const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    // The raw answers are under test: redirects come back as they are.
    return emulator.fetch(
      new Request(`${BASE}${path}`, {
        method,
        headers,
        redirect: "manual",
        ...(body === undefined ? {} : { body }),
      }),
    );
  };
  /** Creates an order and lets its job finish; returns the job body. */
  const createProcessed = async (orderId: string, overrides: Record<string, unknown> = {}) => {
    const accepted = await call("POST", "/api/v3/orders", { body: makeOrder(orderId, overrides) });
    if (accepted.status !== 202)
      throw new Error(`create answered ${accepted.status}: ${await accepted.text()}`);
    const { jobId } = (await accepted.json()) as { jobId: string };
    emulator.advance(JOB_DELAY_MS);
    const job = await call("GET", `/api/v3/orders/jobs/${jobId}`);
    return (await job.json()) as {
      jobId: string;
      status: string;
      versionTag: string;
      errorCode?: string;
    };
  };
  return { emulator, contact, call, createProcessed };
}

/** Reads a JSON body as a loose record. */
export async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
