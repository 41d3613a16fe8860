/** A fresh order id for the form, e.g. `W-483920`: short, readable and unlikely to repeat. */
export function newOrderId(now = Date.now()): string {
  return `W-${String(Math.floor(now / 100) % 1_000_000).padStart(6, "0")}`;
}
