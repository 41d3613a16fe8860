/** One field where the stored order is not what the input says. */
export interface FieldDifference {
  /** The dotted path, array indexes as numbers: `lineItems.items.0.quantity`. */
  field: string;
  /** `changed`: another value; `absent`: Engage does not have it; `extra`: an array element only Engage has. */
  kind: "changed" | "absent" | "extra";
  /** The input's value (absent for `extra`). */
  expected?: unknown;
  /** Engage's value (absent for `absent`). */
  actual?: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Dates may come back in another format or offset: `createdAt`, `deliveryDate` … compare as instants. */
const isDateField = (key: string): boolean => /(At|Date)$/.test(key);

/**
 * Lists every field where `stored` (what Engage holds) differs from `expected` (the input),
 * depth first. Fields Engage adds (`versionTag`, anything only it has) are ignored; dates are
 * compared as instants; array elements are compared position by position.
 */
export function diffOrder(expected: unknown, stored: unknown, field = ""): FieldDifference[] {
  const key = field.slice(field.lastIndexOf(".") + 1);
  if (stored === undefined) return [{ field, kind: "absent", expected }];
  if (Array.isArray(expected)) {
    if (!Array.isArray(stored)) return [{ field, kind: "changed", expected, actual: stored }];
    const differences: FieldDifference[] = [];
    expected.forEach((item, index) => {
      differences.push(...diffOrder(item, stored[index], join(field, String(index))));
    });
    for (let index = expected.length; index < stored.length; index++) {
      differences.push({ field: join(field, String(index)), kind: "extra", actual: stored[index] });
    }
    return differences;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(stored)) return [{ field, kind: "changed", expected, actual: stored }];
    return Object.entries(expected).flatMap(([name, value]) =>
      value === undefined ? [] : diffOrder(value, stored[name], join(field, name)),
    );
  }
  if (
    isDateField(key) &&
    typeof expected === "string" &&
    typeof stored === "string" &&
    !Number.isNaN(Date.parse(expected))
  ) {
    return Date.parse(expected) === Date.parse(stored)
      ? []
      : [{ field, kind: "changed", expected, actual: stored }];
  }
  return Object.is(expected, stored) ? [] : [{ field, kind: "changed", expected, actual: stored }];
}

const join = (parent: string, name: string): string => (parent ? `${parent}.${name}` : name);

/**
 * Tells whether a stored order is the one we sent: no value disagrees. Fields Engage dropped
 * do not count against it, as in the core's own 409 resolution.
 */
export function isSameOrder(expected: unknown, stored: unknown): boolean {
  return diffOrder(expected, stored).every((difference) => difference.kind === "absent");
}
