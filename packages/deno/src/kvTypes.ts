// The few Deno KV types the limiter touches, typed structurally so the package builds without
// Deno's types and accepts `Deno.Kv` as it is.

/** A KV entry as `kv.get` returns it. */
export interface KvEntryLike<T> {
  readonly key: readonly unknown[];
  readonly value: T | null;
  readonly versionstamp: string | null;
}

/** The part of `kv.atomic()` the limiter uses. */
export interface KvAtomicLike {
  check(...checks: { key: readonly unknown[]; versionstamp: string | null }[]): KvAtomicLike;
  set(key: readonly unknown[], value: unknown, options?: { expireIn?: number }): KvAtomicLike;
  commit(): Promise<{ ok: boolean }>;
}

/** The part of a `Deno.Kv` the limiter uses. */
export interface KvLike {
  get<T>(key: readonly unknown[]): Promise<KvEntryLike<T>>;
  atomic(): KvAtomicLike;
}
