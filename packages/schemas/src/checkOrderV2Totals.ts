import { amountsMatch, formatAmount, moneyTolerance } from "./amountsMatch.ts";
import type { FieldError } from "./FieldError.ts";
import type { OrderV2 } from "./OrderV2Schema.ts";

/**
 * The add-up rules an Engage tenant may switch on for Orders v2. Newer tenants have them off,
 * so each defaults to `false`.
 */
export type OrderV2TenantRules = {
  /** The items' `taxAmount`s plus the fees' `tax` add up to `totalTax`. Defaults to `false`. */
  totalTax?: boolean;
  /**
   * `totalGrossPrice` is the items' `grossPaidPrice`s plus the `value` of `freightFee`,
   * `handlingFee` and `totalRoundOff`. Defaults to `false`.
   */
  totalGrossPrice?: boolean;
  /** The `paymentMethods` values add up to `totalGrossPrice`. Defaults to `false`. */
  paymentMethods?: boolean;
};

/** Options of `checkOrderV2Totals`. */
export type CheckOrderV2TotalsOptions = {
  /** The tenant's optional add-up rules. Defaults to none. */
  tenantRules?: OrderV2TenantRules;
  /** How far two amounts may differ and still count as equal. Defaults to `0.01`. */
  tolerance?: number;
};

const sum = (amounts: readonly (number | undefined)[]): number =>
  amounts.reduce<number>((total, amount) => total + (amount ?? 0), 0);

/**
 * Creates the list of Orders v2 amounts that do not add up, as field errors (empty when all
 * is well). Always checked, as Engage always does: discount values are negative, purchase
 * quantities positive and return quantities negative, a given `taxAmount` equals
 * `grossPaidPrice − grossPaidPrice / (1 + taxPercent / 100)`, and a return's
 * `taxAmount × quantity` is not positive. The tenant's optional sums are checked when switched
 * on in `tenantRules`. Amounts are compared with a rounding tolerance.
 *
 * Run it on an order that `OrderV2Schema` accepted; its errors have the same shape as those
 * of `toFieldErrors`, so the two lists can be joined.
 *
 * @example
 * const problems = checkOrderV2Totals(order, { tenantRules: { totalGrossPrice: true } });
 * // [{ field: "totalGrossPrice", message: "must equal the items' grossPaidPrice plus … " }]
 */
export const checkOrderV2Totals = (
  order: OrderV2,
  { tenantRules = {}, tolerance = moneyTolerance }: CheckOrderV2TotalsOptions = {},
): FieldError[] => {
  const errors: FieldError[] = [];
  const fees = [order.freightFee, order.handlingFee, order.totalRoundOff];
  const demand = (valid: boolean, field: string, message: string) => {
    if (!valid) errors.push({ field, message });
  };
  const expectAmount = (field: string, rule: string, expected: number, received: number) =>
    demand(
      amountsMatch(expected, received, tolerance),
      field,
      `must ${rule}, ${formatAmount(expected)} (received ${formatAmount(received)})`,
    );

  order.items.forEach((item, index) => {
    const field = `items.${index}.`;
    const isReturn = item.type === "RETURN";
    const { quantity, taxAmount, taxPercent } = item;
    demand(
      isReturn ? quantity < 0 : quantity > 0,
      `${field}quantity`,
      `must be ${isReturn ? "negative on a return" : "positive on a purchase"} (received ${quantity})`,
    );
    item.discounts?.forEach((discount, position) => {
      demand(
        discount.value <= 0,
        `${field}discounts.${position}.value`,
        `must be negative (received ${discount.value})`,
      );
    });
    if (taxAmount !== undefined && taxPercent !== undefined) {
      expectAmount(
        `${field}taxAmount`,
        "equal grossPaidPrice − grossPaidPrice / (1 + taxPercent / 100)",
        item.grossPaidPrice - item.grossPaidPrice / (1 + taxPercent / 100),
        taxAmount,
      );
    }
    // A zero tax on a tax-free return is fine; only a positive product is wrong.
    demand(
      !isReturn || (taxAmount ?? 0) * quantity <= 0,
      `${field}taxAmount`,
      `must have the opposite sign of quantity on a return (received ${taxAmount})`,
    );
  });

  if (tenantRules.totalTax && order.totalTax !== undefined) {
    expectAmount(
      "totalTax",
      "equal the items' taxAmount plus the fees' tax",
      sum([...order.items.map((item) => item.taxAmount), ...fees.map((fee) => fee?.tax)]),
      order.totalTax,
    );
  }
  if (tenantRules.totalGrossPrice) {
    expectAmount(
      "totalGrossPrice",
      "equal the items' grossPaidPrice plus the fees",
      sum([...order.items.map((item) => item.grossPaidPrice), ...fees.map((fee) => fee?.value)]),
      order.totalGrossPrice,
    );
  }
  if (tenantRules.paymentMethods && order.paymentMethods) {
    expectAmount(
      "paymentMethods",
      "add up to totalGrossPrice",
      order.totalGrossPrice,
      sum(order.paymentMethods.map((method) => method.value)),
    );
  }
  return errors;
};
