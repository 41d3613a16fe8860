import type { Order } from "@engage-orders/core";
import fc from "fast-check";

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "");
const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);

/** An ISO 8601 date-time with a UTC offset, as Engage wants it (`2025-12-03T15:15:19+01:00`). */
export const isoDateArb = fc
  .tuple(
    fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    fc.constantFrom("Z", "+01:00", "-05:30", "+14:00"),
  )
  .map(([date, offset]) => date.toISOString().replace(/\.\d{3}Z$/, offset));

/** Keys Engage does not document, with any JSON under them: they must survive untouched. */
const extraFieldsArb = fc.dictionary(
  fc.stringMatching(/^ext[A-Z][a-z]{1,8}$/),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 3 },
);

const lineItemArb = fc
  .record({
    quantity: fc.integer({ min: 1, max: 50 }),
    unitPrice: cents(100_000),
    sku: text,
    name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    type: fc.option(fc.constantFrom("Purchase", "Return"), { nil: undefined }),
    extra: extraFieldsArb,
  })
  .map(({ quantity, unitPrice, sku, name, type, extra }) => ({
    ...extra,
    quantity,
    article: name === undefined ? { sku } : { sku, name },
    ...(type === undefined ? {} : { type }),
    pricePerUnit: unitPrice,
    totalPrice: Math.round(quantity * unitPrice * 100) / 100,
  }));

/** Valid v3 orders with varied ids, contacts, dates, amounts and undocumented fields. */
export const validOrderArb: fc.Arbitrary<Order> = fc
  .record({
    orderId: text,
    matchKey: text,
    matchKeyType: fc.constantFrom("Email", "MemberNumber", "ExternalId"),
    status: fc.constantFrom("InProgress", "Completed", "Cancelled"),
    currencyCode: fc.constantFrom("SEK", "EUR", "NOK", "USD"),
    createdAt: isoDateArb,
    references: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), {
      nil: undefined,
    }),
    items: fc.array(lineItemArb, { minLength: 1, maxLength: 5 }),
    extra: extraFieldsArb,
  })
  .map(({ orderId, matchKey, matchKeyType, items, extra, references, ...rest }) => ({
    ...extra,
    orderId,
    contact: { matchKey, matchKeyType },
    ...rest,
    ...(references === undefined ? {} : { references }),
    lineItems: {
      items,
      subTotal: Math.round(items.reduce((sum, item) => sum + item.totalPrice, 0) * 100) / 100,
    },
  }));

/** Marks a mutation that deletes the field. */
const REMOVE = Symbol("remove");

/** A way to break a valid order: the field path its error must name, and the new value. */
type Mutation = { field: string; to: (current: unknown) => unknown };

/** Replaces (or deletes) the value at a dotted path inside `order`. */
function mutate(order: Record<string, unknown>, { field, to }: Mutation): void {
  const keys = field.split(".");
  const last = keys.pop() as string;
  let target = order;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  const next = to(target[last]);
  if (next === REMOVE) delete target[last];
  else target[last] = next;
}

const mutations: Mutation[] = [
  { field: "orderId", to: () => "   " },
  { field: "orderId", to: () => 42 },
  { field: "contact", to: () => REMOVE },
  { field: "contact.matchKey", to: () => "" },
  { field: "status", to: () => "Shipped" },
  { field: "currencyCode", to: () => "sek" },
  { field: "createdAt", to: () => "2025-12-03" },
  { field: "createdAt", to: () => "2025-12-03T15:15:19" },
  { field: "lineItems.items.0.quantity", to: () => REMOVE },
  { field: "lineItems.items.0.quantity", to: () => "2" },
  { field: "lineItems.items.0.article.sku", to: () => REMOVE },
  { field: "lineItems.items.0.totalPrice", to: () => null },
  { field: "lineItems.items.0.type", to: () => "Gift" },
  {
    field: "lineItems.items.0.returnDetails",
    to: () => ({ type: "Normal", reason: "x".repeat(256) }),
  },
  { field: "lineItems.subTotal", to: (current) => (current as number) + 5 },
];

/** The path the error names: a too-long reason is reported at the reason itself. */
const expectedField = (mutation: Mutation) =>
  mutation.field === "lineItems.items.0.returnDetails"
    ? "lineItems.items.0.returnDetails.reason"
    : mutation.field;

/** An invalid order and the field path its error must name. */
export const invalidOrderArb: fc.Arbitrary<{ order: Record<string, unknown>; field: string }> = fc
  .tuple(validOrderArb, fc.constantFrom(...mutations))
  .map(([order, mutation]) => {
    const copy = structuredClone(order) as Record<string, unknown>;
    mutate(copy, mutation);
    return { order: copy, field: expectedField(mutation) };
  });
