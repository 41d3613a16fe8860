import { describe, expect, it } from "vitest";
import { decodePathSegments } from "./decodePathSegments.ts";

describe("decodePathSegments", () => {
  it("decodes each segment once", () => {
    expect(decodePathSegments("/api/v3/orders/A%201%3F%23")).toEqual({
      ok: true,
      segments: ["api", "v3", "orders", "A 1?#"],
    });
    expect(decodePathSegments("/api/v3/orders/A..1")).toMatchObject({ ok: true });
  });

  it.each([
    ["/api/v3/orders/..", "contains a dot segment"],
    ["/api/v3/orders/.", "contains a dot segment"],
    ["/api/v3/orders/%2e%2e", "contains a dot segment"],
    ["/api/v3/orders/%2E%2e/x", "contains a dot segment"],
    ["/api/v3/orders/.%2e", "contains a dot segment"],
    ["/api/v3/orders/%2e%2e%2fjobs", "contains an encoded slash or backslash"],
    ["/api/v3/orders/..%2f..%2fadmin", "contains an encoded slash or backslash"],
    ["/api/v3/orders/A%2FB", "contains an encoded slash or backslash"],
    ["/api/v3/orders/%5c..%5cadmin", "contains an encoded slash or backslash"],
    ["/api/v3/orders/A\\..\\admin", "contains a backslash"],
    ["/api/v3/orders/%252e%252e%252f", "is encoded twice"],
    ["/api/v3/orders/A%2525", "is encoded twice"],
    ["/api/v3/orders/%E0%A4%A", "contains a malformed percent-escape"],
    ["/api/v3/orders/A%00", "contains a control character"],
    ["/api/v3/orders/A%0d%0aX-Injected:1", "contains a control character"],
    ["api/v3/orders", "must start with /"],
  ])("refuses %s", (path, reason) => {
    expect(decodePathSegments(path)).toEqual({ ok: false, reason });
  });
});
