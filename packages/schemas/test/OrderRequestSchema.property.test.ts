import fc from "fast-check";
import { parse, safeParse } from "valibot";
import { describe, expect, it } from "vitest";
import { OrderRequestSchema, toFieldErrors } from "../src";

/** A valid line item; prices in whole cents so the expected subtotal is exact. */
const lineItem = fc.record(
  {
    type: fc.constantFrom("Purchase", "Return"),
    quantity: fc.integer({ min: 1, max: 50 }),
    article: fc.record({ sku: fc.string({ minLength: 1 }).filter((sku) => sku.trim() !== "") }),
    totalPrice: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
    note: fc.string(),
  },
  { requiredKeys: ["quantity", "article", "totalPrice"] },
);

/** A valid order: `subTotal` is the rounded sum of the generated items. */
const order = fc.array(lineItem, { maxLength: 30 }).chain((items) =>
  fc.record({
    orderId: fc.uuid(),
    contact: fc.record({
      matchKey: fc.emailAddress(),
      matchKeyType: fc.constantFrom("Email", "email", "MemberNumber"),
    }),
    status: fc.constantFrom("InProgress", "Completed", "Cancelled"),
    currencyCode: fc.constantFrom("EUR", "SEK", "NOK"),
    createdAt: fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((date) => date.toISOString()),
    lineItems: fc.constant({
      items,
      subTotal: Math.round(items.reduce((sum, item) => sum + item.totalPrice, 0) * 100) / 100,
    }),
  }),
);

const requiredPaths = [
  ["orderId"],
  ["contact"],
  ["contact", "matchKey"],
  ["contact", "matchKeyType"],
  ["status"],
  ["currencyCode"],
  ["createdAt"],
  ["lineItems"],
  ["lineItems", "items"],
  ["lineItems", "subTotal"],
];

describe("OrderRequestSchema properties", () => {
  it("parses every valid order unchanged", () => {
    fc.assert(
      fc.property(order, (valid) => {
        expect(parse(OrderRequestSchema, valid)).toEqual(valid);
      }),
    );
  });

  it("names exactly the required field that is missing", () => {
    fc.assert(
      fc.property(order, fc.constantFrom(...requiredPaths), (valid, path) => {
        const broken = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
        const parent = path.length === 2 ? broken[path[0]!]! : broken;
        delete parent[path.at(-1)!];
        const errors = toFieldErrors(safeParse(OrderRequestSchema, broken).issues ?? []);
        expect(errors).toEqual([{ field: path.join("."), message: `${path.at(-1)} is required` }]);
      }),
    );
  });

  it("never throws on any input and points every error into the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const { field, message } of toFieldErrors(
          safeParse(OrderRequestSchema, input).issues ?? [],
        )) {
          expect(message).toMatch(/\w/);
          // The parent of the field exists in the input (the field itself may be missing).
          let value: unknown = input;
          for (const key of field.split(".").slice(0, -1)) {
            expect(value).toBeTypeOf("object");
            value = (value as Record<string, unknown>)[key];
          }
        }
      }),
    );
  });
});
