import { createOrdersClient, type FetchLike } from "@engage-orders/core";
import { EngageOrdersProvider } from "@engage-orders/react";
import { act } from "@testing-library/react";
import type { ReactNode } from "react";
import { SWRConfig } from "swr";

/** A request the step harness holds until the test answers it. */
export interface HeldRequest {
  method: string;
  path: string;
  signal: AbortSignal | undefined;
  answered: boolean;
  /** Answers it with a status and a JSON body (or none). */
  answer(status: number, body?: unknown): void;
}

/** The API key of every step harness: a canary that must never show up anywhere. */
export const HOOKS_API_KEY = "test-key-CANARY-hooks-7f3a";

/** Lets promises and zero-delay timers run. */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A client whose every request and every wait is held until the test releases it, so a test
 * can stop the hooks in any phase (request in flight, retry backoff, between polls) and then
 * check that nothing runs afterwards.
 */
export function createStepHarness() {
  const requests: HeldRequest[] = [];
  const sleeps = new Set<{ ms: number; wake: () => void }>();
  let now = Date.UTC(2025, 0, 1);
  const fetch: FetchLike = (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const { pathname } = new URL(url);
      const signal = init.signal ?? undefined;
      const held: HeldRequest = {
        method: init.method ?? "GET",
        path: pathname,
        signal,
        answered: false,
        answer(status, body) {
          held.answered = true;
          resolve(
            new Response(body === undefined ? null : JSON.stringify(body), {
              status,
              headers: { "content-type": "application/json" },
            }),
          );
        },
      };
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      requests.push(held);
    });
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const entry = {
        ms,
        wake: () => {
          sleeps.delete(entry);
          now += ms;
          resolve();
        },
      };
      sleeps.add(entry);
      signal?.addEventListener(
        "abort",
        () => {
          sleeps.delete(entry);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  const client = createOrdersClient({
    baseUrl: "https://shop.example/engage",
    apiKey: HOOKS_API_KEY,
    fetch,
    now: () => now,
    sleep,
    random: () => 0.5,
    rateLimit: false,
  });
  // One cache per harness, created once: under StrictMode a provider that makes a new Map on
  // every call gives SWR's subscriptions a cache it never set up.
  const cache = new Map();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <SWRConfig value={{ provider: () => cache, dedupingInterval: 0 }}>
      <EngageOrdersProvider client={client}>{children}</EngageOrdersProvider>
    </SWRConfig>
  );
  /** Waits (in act) until `count` requests were sent; returns the last one. */
  const request = async (count: number): Promise<HeldRequest> => {
    for (let i = 0; i < 200 && requests.length < count; i++) await act(() => settle(1));
    const held = requests[count - 1];
    if (!held) throw new Error(`expected request ${count}, saw ${requests.length}`);
    return held;
  };
  /** Waits (in act) until a wait is pending. */
  const sleeping = async (): Promise<void> => {
    for (let i = 0; i < 200 && sleeps.size === 0; i++) await act(() => settle(1));
    if (sleeps.size === 0) throw new Error("expected a pending wait");
  };
  /** Ends every pending wait. */
  const wake = async (): Promise<void> => {
    await act(async () => {
      for (const entry of [...sleeps]) entry.wake();
      await settle();
    });
  };
  return { client, wrapper, requests, sleeps, request, sleeping, wake, now: () => now };
}
