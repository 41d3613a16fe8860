/** The rounding tolerance for money comparisons: one cent, or one öre. */
export const moneyTolerance = 0.01;

/**
 * Whether two amounts are equal within `tolerance`. Amounts are rounded decimals sent as
 * binary floats (`454.08000000`, `0.1 + 0.2`), so exact comparison would reject correct orders.
 */
export const amountsMatch = (a: number, b: number, tolerance = moneyTolerance): boolean =>
  Math.abs(a - b) <= tolerance + 1e-9;

/**
 * Formats an amount for a message: at most four decimals, one more than any currency uses, and
 * no binary float noise (`0.30000000000000004` → `0.3`).
 */
export const formatAmount = (amount: number): string => String(Number(amount.toFixed(4)));
