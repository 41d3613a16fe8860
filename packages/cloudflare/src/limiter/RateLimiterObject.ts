import {
  checkLeasePolicy,
  checkLeaseRequest,
  createLeaseSchedule,
  defaultLeasePolicy,
  grantLease,
  type LeasePolicy,
  type LeaseSchedule,
} from "@engage-orders/fleet-limiter";
import type { DurableObjectStateLike } from "./durableObjectTypes.ts";

/** The storage key of the first send time not yet granted. */
const nextSlotKey = "nextSlotAt";

/**
 * The Durable Object holding one API key's fleet-wide send schedule. Export it from your Worker
 * and bind it (see the README's `wrangler.jsonc`); `createFleetRateLimiter` addresses one
 * instance per key. A lease is a `POST` of `{ lessee, want, policy }`, answered with the
 * granted send times (`LeaseGrant`) relative to the answer. The object runs one request at a
 * time, so grants never overlap; the end of the schedule is stored before the answer leaves
 * (the output gate), so a restarted object never grants a send time twice.
 *
 * @example
 * ```ts
 * export { RateLimiterObject } from "@engage-orders/cloudflare";
 * ```
 */
export class RateLimiterObject {
  readonly #state: DurableObjectStateLike;
  #schedule: LeaseSchedule = createLeaseSchedule();

  /** Creates the object; workerd calls this with the object's state and the Worker's env. */
  constructor(state: DurableObjectStateLike, _env?: unknown) {
    this.#state = state;
    void state.blockConcurrencyWhile(async () => {
      this.#schedule.nextSlotAt = (await state.storage.get<number>(nextSlotKey)) ?? 0;
    });
  }

  /** Answers one lease request. */
  async fetch(request: Request): Promise<Response> {
    if (request.method !== "POST") return new Response("Only POST leases.", { status: 405 });
    let lease: ReturnType<typeof checkLeaseRequest>;
    let policy: LeasePolicy;
    try {
      const body = (await request.json()) as { policy?: Partial<LeasePolicy> } | null;
      lease = checkLeaseRequest(body);
      policy = checkLeasePolicy({ ...defaultLeasePolicy, ...body?.policy });
    } catch (error) {
      return new Response(error instanceof Error ? error.message : "The lease body is not JSON.", {
        status: 400,
      });
    }
    const { schedule, grant } = grantLease(this.#schedule, lease, Date.now(), policy);
    this.#schedule = schedule;
    void this.#state.storage.put(nextSlotKey, schedule.nextSlotAt);
    return Response.json(grant);
  }
}
