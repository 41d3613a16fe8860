import type { StoredOrder } from "@engage-orders/core";

/** The props of `OrderSummary`. */
export interface OrderSummaryProps {
  order: StoredOrder;
}

const money = (value: unknown, currency: string | undefined): string =>
  typeof value === "number"
    ? new Intl.NumberFormat("en", {
        style: currency ? "currency" : "decimal",
        ...(currency ? { currency } : {}),
      }).format(value)
    : "–";

/** The stored order at a glance: status, contact, lines, totals, delivery and the raw JSON. */
export function OrderSummary({ order }: OrderSummaryProps) {
  const items = order.lineItems?.items ?? [];
  const delivery = order.delivery;
  return (
    <section className="panel" aria-labelledby="order-summary-title">
      <h3 id="order-summary-title">Stored order</h3>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge badge-${String(order.status ?? "unknown").toLowerCase()}`}>
              {order.status ?? "–"}
            </span>
            {order.externalStatus && <> · {order.externalStatus}</>}
          </dd>
        </div>
        <div>
          <dt>Contact</dt>
          <dd>
            {order.contact ? `${order.contact.matchKey} (${order.contact.matchKeyType})` : "–"}
          </dd>
        </div>
        <div>
          <dt>Placed</dt>
          <dd>{order.createdAt ? new Date(order.createdAt).toLocaleString("en-GB") : "–"}</dd>
        </div>
        <div>
          <dt>Channel · store</dt>
          <dd>
            {order.channel ?? "–"} · {String(order.externalStoreId ?? "–")}
          </dd>
        </div>
        <div>
          <dt>Delivery</dt>
          <dd>
            {delivery
              ? [delivery.method, delivery.trackingNumber, delivery.deliveryDate]
                  .filter(Boolean)
                  .join(" · ") || "–"
              : "–"}
          </dd>
        </div>
        <div>
          <dt>versionTag</dt>
          <dd>
            <code>{order.versionTag}</code>
          </dd>
        </div>
      </dl>
      <table className="table">
        <caption className="visually-hidden">Line items of order {order.orderId}</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col" className="number">
              Qty
            </th>
            <th scope="col" className="number">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: stored lines are shown in their stored order
            <tr key={index}>
              <td>
                {item.article.name ?? item.article.sku}{" "}
                <span className="muted">{item.article.sku}</span>
              </td>
              <td className="number">{item.quantity}</td>
              <td className="number">{money(item.totalPrice, order.currencyCode)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Sub-total
            </th>
            <td className="number">{money(order.lineItems?.subTotal, order.currencyCode)}</td>
          </tr>
        </tfoot>
      </table>
      <details>
        <summary>Stored document (JSON)</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable */}
        <pre className="json" tabIndex={0}>
          {JSON.stringify(order, null, 2)}
        </pre>
      </details>
    </section>
  );
}
