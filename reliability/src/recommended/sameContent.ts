/**
 * Tells whether a stored order holds everything that was sent: every sent field, nested ones
 * included, is present with the same value (dates compared as instants, since Engage may
 * rewrite their format). Fields Engage adds (`versionTag`) are ignored.
 */
export function sameContent(sent: unknown, stored: unknown, key = ""): boolean {
  if (Array.isArray(sent)) {
    return (
      Array.isArray(stored) &&
      stored.length === sent.length &&
      sent.every((item, index) => sameContent(item, stored[index]))
    );
  }
  if (typeof sent === "object" && sent !== null) {
    if (typeof stored !== "object" || stored === null) return false;
    const other = stored as Record<string, unknown>;
    return Object.entries(sent).every(([k, value]) => sameContent(value, other[k], k));
  }
  if (/(At|Date)$/.test(key) && typeof sent === "string" && typeof stored === "string") {
    return Date.parse(sent) === Date.parse(stored);
  }
  return Object.is(sent, stored);
}
