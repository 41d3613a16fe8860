// The example Worker exactly as the README shows it, with one addition for the test: its
// limiter object counts the leases it grants (and answers a GET with the counts), so the test
// can tell that the flow's requests took their send times from the Durable Object.
import {
  type DurableObjectStateLike,
  RateLimiterObject as ExampleRateLimiterObject,
  type LeaseGrant,
} from "../../src/index.ts";

export { default, ShopOrderFlow } from "../../examples/worker.ts";

/** What the limiter object granted: leases, and send times in them. */
export interface LimiterServed {
  leases: number;
  sendTimes: number;
}

/** The example's `RateLimiterObject`, counting what it grants. */
export class RateLimiterObject extends ExampleRateLimiterObject {
  readonly #state: DurableObjectStateLike;
  #served: LimiterServed = { leases: 0, sendTimes: 0 };

  constructor(state: DurableObjectStateLike, env?: unknown) {
    super(state, env);
    this.#state = state;
    void state.blockConcurrencyWhile(async () => {
      this.#served = (await state.storage.get<LimiterServed>("served")) ?? this.#served;
    });
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.method === "GET") return Response.json(this.#served);
    const response = await super.fetch(request);
    if (response.ok) {
      const grant = (await response.clone().json()) as LeaseGrant;
      // Counted in memory at once (no await in between), stored in case the object restarts.
      this.#served = {
        leases: this.#served.leases + 1,
        sendTimes: this.#served.sendTimes + grant.count,
      };
      await this.#state.storage.put("served", this.#served);
    }
    return response;
  }
}
