import { FleetLimiterUnavailableError } from "@engage-orders/fleet-limiter";
import { describe, expect, it } from "vitest";
import { createKvRateLimiter } from "./createKvRateLimiter.ts";
import type { KvAtomicLike, KvLike } from "./kvTypes.ts";

/** A KV over a Map with versionstamps, as Deno KV's optimistic locking behaves. */
function memoryKv(options: { beforeCommit?: () => void } = {}) {
  const store = new Map<string, { value: unknown; versionstamp: string }>();
  let version = 0;
  const commits = { ok: 0, conflicts: 0 };
  const kv: KvLike & { write(key: readonly unknown[], value: unknown): void } = {
    async get<T>(key: readonly unknown[]) {
      const entry = store.get(JSON.stringify(key));
      return {
        key,
        value: (entry?.value ?? null) as T | null,
        versionstamp: entry?.versionstamp ?? null,
      };
    },
    write(key, value) {
      store.set(JSON.stringify(key), { value, versionstamp: String(++version) });
    },
    atomic() {
      const checks: { key: readonly unknown[]; versionstamp: string | null }[] = [];
      const sets: { key: readonly unknown[]; value: unknown }[] = [];
      const atomic: KvAtomicLike = {
        check: (...more) => {
          checks.push(...more);
          return atomic;
        },
        set: (key, value) => {
          sets.push({ key, value });
          return atomic;
        },
        commit: async () => {
          options.beforeCommit?.();
          const current = (key: readonly unknown[]) =>
            store.get(JSON.stringify(key))?.versionstamp ?? null;
          if (checks.some((check) => current(check.key) !== check.versionstamp)) {
            commits.conflicts++;
            return { ok: false };
          }
          for (const set of sets) kv.write(set.key, set.value);
          commits.ok++;
          return { ok: true };
        },
      };
      return atomic;
    },
  };
  return { kv, commits, store };
}

describe("createKvRateLimiter", () => {
  it("keeps the schedule under a key that does not reveal the API key", async () => {
    const { kv, store } = memoryKv();
    await createKvRateLimiter({ kv, apiKey: "very-secret-key" }).acquire();
    const [key] = [...store.keys()];
    expect(key).toMatch(/^\["engage-orders","fleet-rate-limiter","[0-9a-f]{64}"\]$/);
    expect(key).not.toContain("very-secret-key");
  });

  it("retries a lease whose schedule another instance changed, and never grants a send time twice", async () => {
    let interfere = 2;
    const fake = memoryKv({
      beforeCommit: () => {
        // Another instance writes the schedule between our read and our commit, twice.
        if (interfere-- > 0) {
          const [key] = [...fake.store.keys()];
          if (key) fake.kv.write(JSON.parse(key), fake.store.get(key)?.value);
        }
      },
    });
    const first = createKvRateLimiter({ kv: fake.kv, apiKey: "k" });
    await first.acquire();
    await first.acquire();
    expect(fake.commits.conflicts).toBeGreaterThanOrEqual(1);
    const second = createKvRateLimiter({ kv: fake.kv, apiKey: "k" });
    const startedAt = Date.now();
    await second.acquire();
    // The second client's first send time comes after the first client's leased ones.
    expect(Date.now() - startedAt).toBeGreaterThan(0);
  });

  it("fails closed when the schedule keeps changing under every attempt", async () => {
    let attempts = 0;
    const { kv } = memoryKv();
    const alwaysConflicting: KvLike = {
      get: (key) => kv.get(key),
      atomic() {
        const atomic: KvAtomicLike = {
          check: () => atomic,
          set: () => atomic,
          commit: async () => {
            attempts++;
            return { ok: false };
          },
        };
        return atomic;
      },
    };
    const limiter = createKvRateLimiter({ kv: alwaysConflicting, apiKey: "k", maxConflicts: 3 });
    const error = await limiter.acquire().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FleetLimiterUnavailableError);
    expect(String((error as Error).cause)).toContain("3 lease attempts");
    expect(attempts).toBe(3);
  });

  it("names a bad option", () => {
    expect(() => createKvRateLimiter({ kv: {} as KvLike, apiKey: "k" })).toThrow(/kv/);
    expect(() => createKvRateLimiter({ kv: memoryKv().kv, apiKey: "" })).toThrow(/apiKey/);
  });
});
