import { array, type InferOutput, looseObject, pipe } from "valibot";
import { amountsMatch, formatAmount } from "./amountsMatch.ts";
import { checkAt } from "./checkAt.ts";
import { issueMessage } from "./issueMessage.ts";
import { LineItemSchema } from "./LineItemSchema.ts";
import { MoneySchema } from "./MoneySchema.ts";

/** The sum of the items' `totalPrice`, or `undefined` when one of them is not a number. */
const sumOfTotalPrices = (items: unknown): number | undefined =>
  Array.isArray(items)
    ? items.reduce<number | undefined>(
        (sum, item) =>
          typeof item?.totalPrice === "number" && sum !== undefined
            ? sum + item.totalPrice
            : undefined,
        0,
      )
    : undefined;

/**
 * The schema of an order's `lineItems`: the `items` and their `subTotal`, which must equal the
 * sum of the items' `totalPrice` within a rounding tolerance of 0.01. The sum is checked even
 * when other fields of the items are wrong, so all problems are reported at once.
 */
export const LineItemsSchema = /* @__PURE__ */ pipe(
  /* @__PURE__ */ looseObject(
    { items: /* @__PURE__ */ array(LineItemSchema, issueMessage), subTotal: MoneySchema },
    issueMessage,
  ),
  /* @__PURE__ */ checkAt(
    "subTotal",
    ({ items, subTotal }) => {
      const sum = sumOfTotalPrices(items);
      return typeof subTotal !== "number" || sum === undefined || amountsMatch(subTotal, sum);
    },
    ({ items, subTotal }) => {
      // The check fails only with a sum to compare, so there is one to name.
      const sum = sumOfTotalPrices(items);
      const expected = sum === undefined ? "" : `, ${formatAmount(sum)}`;
      return `must equal the sum of the items' totalPrice${expected} (received ${formatAmount(subTotal as number)})`;
    },
  ),
);

/** An order's line items and their subtotal. */
export type LineItems = InferOutput<typeof LineItemsSchema>;
