import type { FetchLike } from "@engage-orders/core";
import fc from "fast-check";

/** What a hostile or broken server can put in a body. */
export type BodyKind =
  | "valid"
  | "pending"
  | "completedWithoutVersionTag"
  | "malformedJson"
  | "html"
  | "plainText"
  | "empty"
  | "wrongTypes"
  | "jsonArray"
  | "jsonNull"
  | "problemJson";

/** One answer: a status, a body kind, maybe a `Retry-After` and a redirect target. */
export interface AnswerSpec {
  status: number;
  body: BodyKind;
  retryAfter?: string | undefined;
  location?: "same origin" | "other origin" | undefined;
}

/** What the server does once its list of answers is used up. */
export type Tail = "complete" | "endless pending" | "endless 202";

/** A `Retry-After` of every kind: none, sane, zero, negative, huge, a date, garbage. */
export const retryAfterArb = fc.option(
  fc.constantFrom(
    "1",
    "0",
    "-5",
    "3.5",
    "1e9",
    "99999999999999",
    "Infinity",
    "NaN",
    "abc",
    "",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Fri, 01 Jan 2100 00:00:00 GMT",
  ),
  { nil: undefined },
);

/** A random answer. */
export const answerArb: fc.Arbitrary<AnswerSpec> = fc.record({
  status: fc.constantFrom(200, 201, 202, 204, 302, 400, 404, 409, 422, 429, 500, 502, 503, 504),
  body: fc.constantFrom<BodyKind>(
    "valid",
    "pending",
    "completedWithoutVersionTag",
    "malformedJson",
    "html",
    "plainText",
    "empty",
    "wrongTypes",
    "jsonArray",
    "jsonNull",
    "problemJson",
  ),
  retryAfter: retryAfterArb,
  location: fc.option(fc.constantFrom("same origin" as const, "other origin" as const), {
    nil: undefined,
  }),
});

/** The origin the client is configured with; anything else must never receive a request. */
export const HOSTILE_BASE = "https://tenant.voyado.test";

/** A server that answers `answers` in turn, then behaves as `tail`; it records what it saw. */
export function createHostileServer(answers: AnswerSpec[], tail: Tail, orderId: string) {
  const urls: string[] = [];
  const versionTags: string[] = [];
  let served = 0;
  const job = (status: string, versionTag?: string) => ({
    jobId: "job-1",
    orderId,
    status,
    ...(versionTag ? { versionTag } : {}),
    createdAt: "2025-01-01T00:00:00Z",
  });
  const render = (kind: BodyKind, path: string, method: string): string | null => {
    const tag = `tag-${served}`;
    switch (kind) {
      case "valid":
        versionTags.push(tag);
        if (path.endsWith("/action")) return JSON.stringify({ orderId, accepted: true });
        if (method === "POST") {
          return JSON.stringify({
            ...job("Pending"),
            href: `${HOSTILE_BASE}/api/v3/orders/jobs/job-1`,
          });
        }
        if (path.includes("/jobs/")) return JSON.stringify(job("Completed", tag));
        return JSON.stringify({ orderId, versionTag: tag });
      case "pending":
        return JSON.stringify(job("Pending"));
      case "completedWithoutVersionTag":
        return JSON.stringify(path.includes("/jobs/") ? job("Completed") : { orderId });
      case "malformedJson":
        return '{"jobId": "job-1", "status": "Compl';
      case "html":
        return "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
      case "plainText":
        return "Service Unavailable";
      case "empty":
        return "";
      case "wrongTypes":
        return JSON.stringify({ jobId: 123, status: 7, versionTag: null, href: 5, orderId: [] });
      case "jsonArray":
        return "[1,2,3]";
      case "jsonNull":
        return "null";
      case "problemJson":
        return JSON.stringify({ type: "about:blank", title: "Broken", status: 500, detail: "x" });
    }
  };
  const fetch: FetchLike = async (url, init) => {
    urls.push(url);
    const { pathname } = new URL(url);
    const method = init.method ?? "GET";
    const fallback: AnswerSpec =
      tail === "complete"
        ? { status: method === "POST" ? 202 : 200, body: "valid" }
        : { status: tail === "endless 202" ? 202 : 200, body: "pending" };
    const spec = answers[served] ?? fallback;
    served++;
    const headers = new Headers({
      "content-type": spec.body === "html" ? "text/html" : "application/json",
    });
    if (spec.retryAfter !== undefined) headers.set("retry-after", spec.retryAfter);
    if (spec.location) {
      const origin = spec.location === "same origin" ? HOSTILE_BASE : "https://evil.example";
      headers.set("location", `${origin}/api/v3/orders/${encodeURIComponent(orderId)}`);
    }
    const body = spec.status === 204 ? null : render(spec.body, pathname, method);
    return new Response(body, { status: spec.status, headers });
  };
  return { fetch, urls, versionTags };
}
