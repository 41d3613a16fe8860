type Json = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** The value at a dotted path (`lineItems.items.0.quantity`), or `undefined`. */
export function getAt(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const key of path.split(".")) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A copy of the document with the value at a dotted path replaced; `undefined` removes the
 * key. Missing objects on the way are created; numeric segments index arrays.
 */
export function setAt<T>(document: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split(".") as [string, ...string[]];
  const source: Json = isContainer(document) ? document : {};
  const copy: Json = Array.isArray(source) ? [...source] : { ...source };
  const record = copy as Record<string, unknown>;
  const next = rest.length === 0 ? value : setAt(record[head], rest.join("."), value);
  if (next === undefined && !Array.isArray(copy)) delete record[head];
  else record[head] = next;
  return copy as T;
}
