import type { JobHandle, StoredOrder } from "@engage-orders/core";
import { isoWithOffset } from "../order/isoWithOffset.ts";
import { OrderDocumentForm } from "./OrderDocumentForm.tsx";

/** The props of `ReplaceOrderPanel`. */
export interface ReplaceOrderPanelProps {
  /** The stored order the new version starts from. */
  order: StoredOrder;
  /** Called with the job handle once Engage accepted the new version. */
  onJob: (handle: JobHandle) => void;
}

/**
 * Edits the whole order and sends it as its new version, behind a disclosure so the order's
 * everyday actions stay in view. The stored `versionTag` is not sent (Engage assigns the new
 * one); `lastChangedAt` becomes now.
 */
export function ReplaceOrderPanel({ order, onJob }: ReplaceOrderPanelProps) {
  const { versionTag: _stored, ...document } = order;
  return (
    <details className="panel replace-order">
      <summary>Edit the whole order (replace)</summary>
      <OrderDocumentForm
        key={order.versionTag}
        mode="replace"
        initialDocument={() => ({ ...document, lastChangedAt: isoWithOffset(new Date()) })}
        onAccepted={onJob}
      />
    </details>
  );
}
