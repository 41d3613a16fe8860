import type { OrderFlowParams } from "./orderFlowParams.ts";
import { resolveOrderFlowParams } from "./orderFlowParams.ts";

/** The part of a Workflow binding `startOrderFlow` uses (`env.ORDER_FLOW`). */
export interface OrderFlowBinding {
  create(options: { id?: string; params?: OrderFlowParams }): Promise<{ id: string }>;
  get(id: string): Promise<{
    id: string;
    status(): Promise<{
      status: string;
      error?: { name: string; message: string } | null;
      output?: unknown;
    }>;
  }>;
}

/** What `startOrderFlow` returns at once. */
export interface StartedOrderFlow {
  /** The instance id: read its status with `readOrderFlow(binding, id)`. */
  id: string;
  /** `false` when a flow for this order already existed (a retried request): it was not started twice. */
  created: boolean;
}

const INSTANCE_ID = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,99}$/;

/**
 * The instance id of an order's flow: `order-` and the `orderId` where Workflows allow it
 * (letters, digits, `-`, `_`, at most 100 characters), otherwise `order-` and the SHA-256 of
 * the `orderId` in hex. One id per order makes starting a flow idempotent.
 */
export async function orderFlowId(orderId: string): Promise<string> {
  const plain = `order-${orderId}`;
  if (INSTANCE_ID.test(plain)) return plain;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(orderId));
  const hex = [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
  return `order-${hex}`;
}

/**
 * Starts the durable flow of an order and returns its instance id at once; the create, the
 * wait and the action run in the Workflow. The params are checked first (a `ValidationError`
 * names the field; nothing is started). Starting the same order again returns the existing
 * instance (`created: false`) instead of a second flow.
 *
 * @example
 * ```ts
 * const { id } = await startOrderFlow(env.ORDER_FLOW, { order });
 * return Response.json({ id }, { status: 202 });
 * ```
 */
export async function startOrderFlow(
  binding: OrderFlowBinding,
  params: OrderFlowParams,
  options: { id?: string } = {},
): Promise<StartedOrderFlow> {
  resolveOrderFlowParams(params);
  const id = options.id ?? (await orderFlowId(params.order.orderId));
  // Workflows refuse a second instance with the same id (locally, a second create is not
  // refused): look first, and look again when the create fails, as a racing start may have won.
  if (await exists(binding, id)) return { id, created: false };
  try {
    const instance = await binding.create({ id, params });
    return { id: instance.id, created: true };
  } catch (error) {
    if (await exists(binding, id)) return { id, created: false };
    throw error;
  }
}

async function exists(binding: OrderFlowBinding, id: string): Promise<boolean> {
  // `get` rejects for an id no instance has.
  return binding.get(id).then(
    () => true,
    () => false,
  );
}
