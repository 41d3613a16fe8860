import { array, forward, type InferOutput, looseObject, partialCheck, pipe } from "valibot";
import { amountsMatch, formatAmount } from "./amountsMatch";
import { issueMessage } from "./issueMessage";
import { LineItemSchema } from "./LineItemSchema";
import { MoneySchema } from "./MoneySchema";

const sumOfTotalPrices = (items: readonly { totalPrice: number }[]): number =>
  items.reduce((sum, item) => sum + item.totalPrice, 0);

/**
 * The schema of an order's `lineItems`: the `items` and their `subTotal`, which must equal the
 * sum of the items' `totalPrice` within a rounding tolerance of 0.01. The sum is checked even
 * when other fields of the items are wrong, so all problems are reported at once.
 */
export const LineItemsSchema = pipe(
  looseObject({ items: array(LineItemSchema, issueMessage), subTotal: MoneySchema }, issueMessage),
  forward(
    partialCheck(
      [["items", "$", "totalPrice"], ["subTotal"]],
      (lineItems) => amountsMatch(lineItems.subTotal, sumOfTotalPrices(lineItems.items)),
      (issue) => {
        const lineItems = issue.input as { items: { totalPrice: number }[]; subTotal: number };
        return `must equal the sum of the items' totalPrice, ${formatAmount(sumOfTotalPrices(lineItems.items))} (received ${formatAmount(lineItems.subTotal)})`;
      },
    ),
    ["subTotal"],
  ),
);

/** An order's line items and their subtotal. */
export type LineItems = InferOutput<typeof LineItemsSchema>;
