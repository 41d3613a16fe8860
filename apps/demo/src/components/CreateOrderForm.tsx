import type { JobHandle } from "@engage-orders/core";
import { newOrderDocument } from "../order/newOrderDocument.ts";
import { newOrderId } from "../order/newOrderId.ts";
import { OrderDocumentForm } from "./OrderDocumentForm.tsx";

/** The props of `CreateOrderForm`. */
export interface CreateOrderFormProps {
  /** The e-mail address of the selected contact, pre-filled as the match key. */
  defaultEmail: string;
  /** Called with the job handle once Engage accepted the order. */
  onCreated: (handle: JobHandle) => void;
}

/**
 * Registers a new order, starting from a complete example for the selected contact with a
 * fresh order id (and again after each accepted order).
 */
export function CreateOrderForm({ defaultEmail, onCreated }: CreateOrderFormProps) {
  return (
    <OrderDocumentForm
      mode="create"
      initialDocument={() => newOrderDocument({ orderId: newOrderId(), email: defaultEmail })}
      onAccepted={onCreated}
    />
  );
}
