import {
  WorkflowEntrypoint,
  type WorkflowEvent,
  type WorkflowStep,
  type WorkflowStepConfig,
} from "cloudflare:workers";
import { createOrdersClient, type JobHandle, type OrdersClient } from "@engage-orders/core";
import { describeFailure, failureError } from "./orderFlowFailure.ts";
import {
  type OrderFlowParams,
  type ResolvedOrderFlowParams,
  resolveOrderFlowParams,
} from "./orderFlowParams.ts";
import { actionStep, createStep, pollStep } from "./orderFlowSteps.ts";

/** The bindings the default `OrderFlow` reads its client settings from. */
export interface OrderFlowEnv {
  /** `https://{tenant}.voyado.com`, or the emulator's URL locally. */
  ENGAGE_URL: string;
  /** The Engage API key (a secret: `wrangler secret put ENGAGE_API_KEY`). */
  ENGAGE_API_KEY?: string;
  /** The `User-Agent` Engage requires (`system/version`). */
  ENGAGE_USER_AGENT?: string;
}

/** One change of the job's status, as the flow saw it. */
export interface OrderFlowTimelineEntry {
  /** `Accepted` for the create's answer, then the job's statuses. */
  status: string;
  /** When it was seen (ISO 8601). */
  at: string;
}

/** What a completed order flow returns: the instance's `output`. */
export interface OrderFlowOutput {
  /** The order created. */
  orderId: string;
  /** The create's job (empty when the order was adopted after a re-sent create). */
  jobId: string;
  /** The `versionTag` of the processed order. */
  versionTag: string;
  /** The action that rode on the create, if any. */
  embeddedAction?: string;
  /** Every change of the job's status, from the create's answer to completion. */
  timeline: OrderFlowTimelineEntry[];
  /** How many polls the wait took. */
  polls: number;
  /** Set when the create was re-sent after an attempt whose answer was lost (it is stored once). */
  resent: boolean;
  /** Set when a re-sent create step met the order stored by an earlier, interrupted attempt. */
  adopted: boolean;
  /** The separate action, once Engage accepted it. */
  action?: { action: string; versionTag: string; at: string; tries: number };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many times a separate action answered 429 or 503 (not processed) is tried in all. */
const ACTION_TRIES = 5;

/**
 * The durable order flow: create the order (with `ConfirmOrder` riding on it by default),
 * wait for its job, and trigger an optional separate action with the job's `versionTag`,
 * each as a Workflow step. A completed step is never re-run (steps are named by their
 * position); polls are spaced with `step.sleep`, so no CPU is used while waiting. The create
 * step is retried (a create is unique per `orderId`), the action step never: after an
 * ambiguous outcome the instance ends with `OutcomeUnknownError` and what is needed to check
 * by hand (read it with `readOrderFlow`).
 *
 * Export it from your Worker and bind it in `wrangler.jsonc` (`workflows`). It reads
 * `ENGAGE_URL`, `ENGAGE_API_KEY` and `ENGAGE_USER_AGENT` from the environment; override
 * `createClient` to configure the client otherwise (a shared rate limiter, schemas).
 *
 * @example
 * ```ts
 * export { OrderFlow } from "@engage-orders/cloudflare";
 * ```
 */
export class OrderFlow<Env = OrderFlowEnv> extends WorkflowEntrypoint<Env, OrderFlowParams> {
  /** The step settings of the create and the polls (both safe to run again). */
  protected retriedStep: WorkflowStepConfig = {
    retries: { limit: 8, delay: "2 seconds", backoff: "exponential" },
    timeout: "2 minutes",
  };

  /** The step settings of one try of the separate action: never retried by the engine. */
  protected sendOnceStep: WorkflowStepConfig = {
    retries: { limit: 0, delay: 0 },
    timeout: "5 minutes",
  };

  /** Creates the Orders client a run uses. Override it to add a rate limiter or schemas. */
  protected createClient(): OrdersClient {
    const env = this.env as unknown as OrderFlowEnv;
    return createOrdersClient({
      baseUrl: env.ENGAGE_URL,
      apiKey: env.ENGAGE_API_KEY,
      ...(env.ENGAGE_USER_AGENT ? { userAgent: env.ENGAGE_USER_AGENT } : {}),
    });
  }

  /** Runs the flow; Workflows call it, and replay it after an interruption. */
  override async run(
    event: Readonly<WorkflowEvent<OrderFlowParams>>,
    step: WorkflowStep,
  ): Promise<OrderFlowOutput> {
    let params: ResolvedOrderFlowParams;
    let client: OrdersClient;
    try {
      params = resolveOrderFlowParams(event.payload);
      client = this.createClient();
    } catch (error) {
      // Bad params or client settings (e.g. no ENGAGE_URL): nothing was sent.
      const orderId = String(
        (event.payload as Partial<OrderFlowParams> | undefined)?.order?.orderId ?? "",
      );
      throw failureError(describeFailure(error, { step: "setup", orderId }));
    }
    const { order, orderAction, action } = params;
    const created = await step.do("create order", this.retriedStep, ({ attempt }) =>
      createStep(client, params, attempt),
    );
    if (!created.ok) throw failureError(created.failure);
    const handle: JobHandle = created.handle;
    // Taken from the stored create step, so every replay of the run computes the same deadline.
    const deadline = params.deadline ?? Date.parse(handle.startedAt) + DAY_MS;
    const timeline: OrderFlowTimelineEntry[] = [{ status: "Accepted", at: handle.startedAt }];
    const { versionTag, polls } = await this.waitForVersionTag(step, client, handle, params, {
      deadline,
      timeline,
    });

    const output: OrderFlowOutput = {
      orderId: order.orderId,
      jobId: handle.jobId,
      versionTag,
      timeline,
      polls,
      resent: handle.retried === true,
      adopted: created.adopted,
      ...(orderAction ? { embeddedAction: orderAction.action } : {}),
    };
    if (!action) return output;
    for (let tries = 1; ; tries++) {
      const name = `action ${action.action} (try ${tries})`;
      const result = await step.do(name, this.sendOnceStep, ({ attempt }) =>
        actionStep(client, order.orderId, action, versionTag, { name, attempt }),
      );
      if (result.ok) {
        output.action = { action: action.action, versionTag, at: result.at, tries };
        return output;
      }
      if (!result.notProcessed || tries >= ACTION_TRIES) throw failureError(result.failure);
      await step.sleep(
        `before action ${action.action} (try ${tries + 1})`,
        params.minDelayMs * 2 ** tries,
      );
    }
  }

  /** Polls the job, one step per poll, sleeping between polls, until it has a `versionTag`. */
  private async waitForVersionTag(
    step: WorkflowStep,
    client: OrdersClient,
    handle: JobHandle,
    params: ResolvedOrderFlowParams,
    progress: { deadline: number; timeline: OrderFlowTimelineEntry[] },
  ): Promise<{ versionTag: string; polls: number }> {
    const { deadline, timeline } = progress;
    if (handle.status === "Completed" && handle.versionTag) {
      timeline.push({ status: "Completed", at: handle.startedAt });
      return { versionTag: handle.versionTag, polls: 0 };
    }
    let delayMs = params.minDelayMs;
    for (let polls = 1; ; polls++) {
      await step.sleep(`wait ${polls}`, delayMs);
      const result = await step.do(`poll ${polls}`, this.retriedStep, () =>
        pollStep(client, handle, params),
      );
      if (timeline.at(-1)?.status !== result.status) {
        timeline.push({ status: result.status, at: result.at });
      }
      if (result.failure) throw failureError(result.failure);
      if (result.versionTag) return { versionTag: result.versionTag, polls };
      const left = deadline - Date.parse(result.at);
      if (left <= 0) {
        throw failureError({
          name: "JobTimeoutError",
          message: `Job ${handle.jobId || handle.orderId} did not finish before the deadline; resume it with waitForJob(client, handle)`,
          step: `poll ${polls}`,
          orderId: handle.orderId,
          handle: { ...handle, status: result.status },
        });
      }
      delayMs = Math.min(delayMs * 2, params.maxDelayMs, left);
    }
  }
}
