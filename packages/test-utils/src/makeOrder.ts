/** The email of the contact the test suites seed and the fixture orders name. */
export const CONTACT_EMAIL = "ada@example.com";

// Type aliases, not interfaces: an alias fits the core's `Order`, whose line items and order
// take any extra field (an index signature), and an interface does not.
/** A line item of a fixture order. */
export type FixtureLineItem = {
  quantity: number;
  article: { sku: string; name?: string };
  totalPrice: number;
};

/** A valid v3 order as the test suites send it (the shape of the core's `Order`). */
export type FixtureOrder = {
  orderId: string;
  contact: { matchKey: string; matchKeyType: "Email" };
  externalStoreId: string;
  status: "InProgress";
  currencyCode: string;
  channel: "Ecom";
  createdAt: string;
  lastChangedAt: string;
  lineItems: { items: FixtureLineItem[]; subTotal: number };
};

/**
 * Creates a valid v3 order for the seeded contact: one line of two mugs, 200 SEK.
 * `overrides` replace top-level fields (another contact, more lines, extra data, or an invalid
 * value on purpose); the type says which fields they replaced.
 */
export function makeOrder<const Overrides extends Record<string, unknown> = Record<never, never>>(
  orderId: string,
  overrides?: Overrides,
): Omit<FixtureOrder, keyof Overrides> & Overrides {
  const order: FixtureOrder = {
    orderId,
    contact: { matchKey: CONTACT_EMAIL, matchKeyType: "Email" },
    externalStoreId: "store-1",
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-12-03T15:15:19+01:00",
    lastChangedAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 2, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 200 }],
      subTotal: 200,
    },
  };
  return Object.assign(order, overrides);
}

/** Creates the contact of a fixture order for another email (a second customer). */
export const contactFor = (email: string): FixtureOrder["contact"] => ({
  matchKey: email,
  matchKeyType: "Email",
});
