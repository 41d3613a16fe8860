import type { RouteHandler } from "../context.ts";
import type { FieldError } from "../http.ts";
import { absoluteUrl, errorResponse, invalidRequest, jsonResponse } from "../http.ts";
import { cloneJson } from "../state.ts";

/** The page size when `count` is not given. */
export const DEFAULT_PAGE_SIZE = 10;
/** The largest `count` accepted. */
export const MAX_PAGE_SIZE = 100;

function readInteger(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
  errors: FieldError[],
): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
    errors.push({
      field: name,
      message: `must be a whole number from ${min} to ${max} (received ${JSON.stringify(raw)})`,
    });
  }
  return value;
}

/**
 * Handles `GET /api/v3/orders?contactId=…&offset=…&count=…`: the contact's orders, newest
 * first, as `{ items, offset, count, totalCount, links }` with absolute next/previous links.
 */
export const listContactOrders: RouteHandler = (context) => {
  const params = context.url.searchParams;
  const errors: FieldError[] = [];
  const contactId = params.get("contactId");
  if (contactId === null || contactId.trim() === "") {
    errors.push({ field: "contactId", message: "contactId is required" });
  }
  const offset = readInteger(params, "offset", 0, 0, Number.MAX_SAFE_INTEGER, errors);
  const count = readInteger(params, "count", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
  if (errors.length > 0 || contactId === null) return invalidRequest(errors);
  if (!context.state.contacts.has(contactId)) {
    return errorResponse(404, "ContactNotFound", "No contact has that contactId.", [
      { field: "contactId", message: "no contact has this id" },
    ]);
  }
  const orders = [...context.state.orders.values()]
    .filter((record) => record.contactId === contactId)
    .sort((a, b) => b.sequence - a.sequence);
  const page = (pageOffset: number): string => {
    const query = new URLSearchParams({
      contactId,
      offset: String(pageOffset),
      count: String(count),
    });
    return `${absoluteUrl(context.origin, "api", "v3", "orders")}?${query}`;
  };
  const next = offset + count < orders.length ? page(offset + count) : null;
  const previous = offset > 0 ? page(Math.max(0, offset - count)) : null;
  const links =
    context.settings.variants.pageLinks === "object"
      ? { next, previous }
      : [
          ...(next ? [{ rel: "next", href: next }] : []),
          ...(previous ? [{ rel: "previous", href: previous }] : []),
        ];
  return jsonResponse(200, {
    items: orders.slice(offset, offset + count).map((record) => cloneJson(record.order)),
    offset,
    count,
    totalCount: orders.length,
    links,
  });
};
