const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * A copy of an order document whose line totals follow from quantity × unit price and whose
 * `subTotal` is the sum of the line totals, as Engage requires. Lines without both numbers keep
 * their total; the sum is left alone when a total is missing (the schema then says which).
 */
export function recomputeTotals(document: Record<string, unknown>): Record<string, unknown> {
  const lineItems = document.lineItems as { items?: unknown } | undefined;
  if (!lineItems || !Array.isArray(lineItems.items)) return document;
  const items = lineItems.items.map((item: unknown) => {
    if (typeof item !== "object" || item === null) return item;
    const { quantity, pricePerUnit } = item as { quantity?: unknown; pricePerUnit?: unknown };
    return typeof quantity === "number" && typeof pricePerUnit === "number"
      ? { ...item, totalPrice: round(quantity * pricePerUnit) }
      : item;
  });
  const totals = items.map((item) => (item as { totalPrice?: unknown } | null)?.totalPrice);
  const allNumbers = totals.every((total) => typeof total === "number");
  return {
    ...document,
    lineItems: {
      ...lineItems,
      items,
      ...(allNumbers ? { subTotal: round((totals as number[]).reduce((a, b) => a + b, 0)) } : {}),
    },
  };
}
