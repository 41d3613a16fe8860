// The few Workers runtime types the limiter touches, typed structurally so the package needs
// no `@cloudflare/workers-types` and fits whichever version a project uses.

/** The part of a Durable Object's `ctx.storage` the limiter uses. */
export interface DurableObjectStorageLike {
  get<T>(key: string): Promise<T | undefined>;
  put<T>(key: string, value: T): Promise<void>;
}

/** The part of a Durable Object's state (`ctx`) the limiter uses. */
export interface DurableObjectStateLike {
  readonly storage: DurableObjectStorageLike;
  blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
}

/** A Durable Object stub: the limiter calls it over `fetch`. */
export interface DurableObjectStubLike {
  fetch(url: string, init?: RequestInit): Promise<Response>;
}

/** The part of a Durable Object namespace binding (`env.ENGAGE_RATE_LIMITER`) the limiter uses. */
export interface DurableObjectNamespaceLike {
  idFromName(name: string): unknown;
  get(id: never): DurableObjectStubLike;
}
