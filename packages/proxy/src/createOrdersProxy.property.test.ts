import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import { decodePathSegments } from "./decodePathSegments.ts";
import { matchOrdersRoute } from "./matchOrdersRoute.ts";
import { ordersRoutes } from "./ordersRoutes.ts";

// Pieces that make up traversal attempts, mixed with ordinary id characters.
const piece = fc.constantFrom(
  ".",
  "..",
  "/",
  "\\",
  "%2e",
  "%2E",
  "%2f",
  "%2F",
  "%5c",
  "%25",
  "%252e",
  "%00",
  "%",
  "?",
  "#",
  ";",
  "jobs",
  "action",
  "A-1",
  " ",
  "é",
  "%C3%A9",
);
const suffix = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 })
  .map((parts) => parts.join(""));
const method = fc.constantFrom("GET", "POST", "PUT", "DELETE");

describe("createOrdersProxy never forwards outside the allow-list", () => {
  it("forwards only clean paths that match an Orders route, re-encoded", async () => {
    let forwarded = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(method, suffix, async (verb, tail) => {
        const upstream = recordingUpstream();
        const proxy = createOrdersProxy({
          baseUrl: upstreamBase,
          apiKey: canaryKey,
          fetch: upstream.fetch,
        });
        let request: Request;
        try {
          request = new Request(`https://shop.example/api/v3/orders/${tail}?contactId=c`, {
            method: verb,
            headers: { "content-type": "application/json" },
            ...(verb === "POST" || verb === "PUT" ? { body: "{}" } : {}),
          });
        } catch {
          return; // not a URL at all: nothing to send
        }
        const response = await proxy(request);
        await response.body?.cancel();
        if (upstream.requests.length === 0) {
          refused++;
          expect([400, 403, 404, 405, 413, 415]).toContain(response.status);
          return;
        }
        forwarded++;
        const sent = new URL(upstream.requests[0]!.url);
        expect(sent.origin).toBe(upstreamBase);
        const decoded = decodePathSegments(sent.pathname);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const match = matchOrdersRoute(ordersRoutes, verb, decoded.segments);
        expect(match.kind).toBe("matched");
        // Each parameter goes upstream encoded exactly once.
        for (const segment of sent.pathname.split("/").slice(1)) {
          expect(segment).toBe(encodeURIComponent(decodeURIComponent(segment)));
        }
      }),
      { numRuns: 400 },
    );
    // Both sides of the property were exercised, not just one.
    expect(forwarded).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
