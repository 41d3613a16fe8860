import { useContactOrders } from "@engage-orders/react";
import { useState } from "react";
import { ErrorNotice } from "./ErrorNotice.tsx";

/** The props of `ContactOrders`. */
export interface ContactOrdersProps {
  contactId: string;
  selectedOrderId: string | undefined;
  onSelect: (orderId: string) => void;
  /** Orders per page. Defaults to Engage's `10`. */
  pageSize?: number;
}

/**
 * A contact's orders, one page at a time, following Engage's next links. A completed job
 * refreshes the list (the hooks revalidate it). Give it `key={contactId}` so another contact
 * starts on its first page.
 */
export function ContactOrders({
  contactId,
  selectedOrderId,
  onSelect,
  pageSize = 10,
}: ContactOrdersProps) {
  const [page, setPage] = useState(0);
  const {
    data: pages,
    error,
    isLoading,
    setSize,
  } = useContactOrders(contactId, { count: pageSize });
  const current = pages?.[page];
  const items = current?.items ?? [];
  const first = (current?.offset ?? page * pageSize) + 1;
  const total = current?.totalCount;
  const goTo = (next: number) => {
    setPage(next);
    void setSize((size) => Math.max(size, next + 1));
  };
  return (
    <section className="orders" aria-labelledby="orders-title">
      <h2 id="orders-title">Orders</h2>
      <ErrorNotice title="The orders could not be read" error={error} />
      {isLoading && !current && <p className="muted">Loading orders…</p>}
      {current && items.length === 0 && <p className="muted">No orders for this contact yet.</p>}
      <ul className="order-list">
        {items.map((order) => (
          <li key={order.orderId}>
            <button
              type="button"
              className="order-item"
              aria-current={order.orderId === selectedOrderId ? "true" : undefined}
              onClick={() => onSelect(order.orderId)}
            >
              <span className="order-id">{order.orderId}</span>
              <span className={`badge badge-${String(order.status ?? "unknown").toLowerCase()}`}>
                {order.status ?? "–"}
              </span>
              <span className="muted order-meta">
                {order.createdAt ? new Date(order.createdAt).toLocaleDateString("en-GB") : ""}
                {typeof order.lineItems?.subTotal === "number" &&
                  ` · ${order.lineItems.subTotal} ${order.currencyCode ?? ""}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {current && items.length > 0 && (
        <nav className="pager" aria-label="Order pages">
          <button
            type="button"
            className="button-quiet"
            disabled={page === 0}
            onClick={() => goTo(page - 1)}
          >
            Previous
          </button>
          <span aria-live="polite">
            {first}–{first + items.length - 1}
            {total !== undefined && ` of ${total}`}
          </span>
          <button
            type="button"
            className="button-quiet"
            disabled={!current.next}
            onClick={() => goTo(page + 1)}
          >
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
