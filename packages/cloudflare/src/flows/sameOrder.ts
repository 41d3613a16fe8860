const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Tells whether a stored order is the one a flow sent: every field sent that Engage kept must
 * agree, at any depth; fields Engage added or dropped are ignored, and dates (`…At`, `…Date`)
 * are compared as instants, since Engage may rewrite their format. A create re-sent after an
 * interrupted attempt meets a 409; this decides whether the stored order is the flow's own.
 */
export function sameOrder(sent: unknown, stored: unknown, key = ""): boolean {
  if (stored === undefined) return true;
  if (Array.isArray(sent)) {
    return (
      Array.isArray(stored) &&
      sent.length === stored.length &&
      sent.every((item, index) => sameOrder(item, stored[index]))
    );
  }
  if (isRecord(sent)) {
    return (
      isRecord(stored) &&
      Object.entries(sent).every(([field, value]) => sameOrder(value, stored[field], field))
    );
  }
  if (/(At|Date)$/.test(key)) return Date.parse(String(sent)) === Date.parse(String(stored));
  return sent === stored;
}
