// The OpenTelemetry recipe of the README, run against the in-memory exporter: one CLIENT span
// per attempt, its traceparent on the wire, the request id and order id on every span.
import { type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, describe, expect, it } from "vitest";
import { accepted, job, json, KEY, setup } from "../test/fake.ts";
import { createOrder, type EngageEvent, type OrdersClientOptions, waitForJob } from "./index.ts";

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
trace.setGlobalTracerProvider(provider);
afterEach(() => exporter.reset());

/** The README's recipe, as a user would paste it (options for `createOrdersClient`). */
function tracing(): Pick<OrdersClientOptions, "onEvent" | "headers"> {
  const tracer = trace.getTracer("engage-orders");
  const spans = new Map<string, Span>();
  const keyOf = (event: { requestId: string; attempt: number }) =>
    `${event.requestId}/${event.attempt}`;
  return {
    onEvent(event: EngageEvent) {
      if (event.type === "request-start") {
        const span = tracer.startSpan(`${event.method} ${event.path}`, {
          kind: SpanKind.CLIENT,
          attributes: {
            "http.request.method": event.method,
            "url.path": event.path,
            "http.request.resend_count": event.attempt - 1,
            "engage.request_id": event.requestId,
            ...(event.orderId && { "engage.order_id": event.orderId }),
          },
        });
        spans.set(keyOf(event), span);
      } else if (event.type === "request") {
        const span = spans.get(keyOf(event));
        spans.delete(keyOf(event));
        if (event.status !== undefined)
          span?.setAttribute("http.response.status_code", event.status);
        if (event.error || (event.status ?? 0) >= 400) {
          span?.setStatus({
            code: SpanStatusCode.ERROR,
            message: event.error ?? `HTTP ${event.status}`,
          });
        }
        span?.end();
      }
    },
    // W3C trace context of the attempt's own span, so Engage's side (or a proxy) can join it.
    headers(request) {
      const context = spans.get(keyOf(request))?.spanContext();
      if (!context) return undefined;
      const flags = context.traceFlags.toString(16).padStart(2, "0");
      return { traceparent: `00-${context.traceId}-${context.spanId}-${flags}` };
    },
  };
}

describe("the OpenTelemetry recipe", () => {
  it("makes one CLIENT span per attempt, sends its traceparent, and names the request and order", async () => {
    const { client, sent } = setup(
      [json(503, {}), accepted("j-1"), job("j-1", "Completed", { versionTag: "v1" })],
      tracing(),
    );
    const handle = await createOrder(client, { orderId: "o-1" });
    await waitForJob(client, handle, { minDelayMs: 1 });
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name)).toEqual([
      "POST /api/v3/orders",
      "POST /api/v3/orders",
      "GET /api/v3/orders/jobs/j-1",
    ]);
    expect(spans.every((span) => span.kind === SpanKind.CLIENT)).toBe(true);
    expect(spans.map((span) => span.attributes["http.response.status_code"])).toEqual([
      503, 202, 200,
    ]);
    expect(spans.map((span) => span.status.code)).toEqual([
      SpanStatusCode.ERROR,
      SpanStatusCode.UNSET,
      SpanStatusCode.UNSET,
    ]);
    expect(spans.map((span) => span.attributes["http.request.resend_count"])).toEqual([0, 1, 0]);
    // The two attempts of the create share a request id; the poll has its own. All follow o-1.
    const [first, second, poll] = spans.map((span) => span.attributes["engage.request_id"]);
    expect(first).toBe(second);
    expect(poll).not.toBe(first);
    expect(spans.every((span) => span.attributes["engage.order_id"] === "o-1")).toBe(true);
    // Each attempt carried its own span's context.
    expect(sent.map((request) => request.headers.traceparent)).toEqual(
      spans.map((span) => {
        const { traceId, spanId } = span.spanContext();
        return `00-${traceId}-${spanId}-01`;
      }),
    );
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain(KEY);
  });

  it("ends the span of an attempt that got no answer, with the error", async () => {
    const { client } = setup([new TypeError("fetch failed")], { ...tracing(), retry: false });
    await expect(createOrder(client, { orderId: "o-2" })).rejects.toThrow();
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "fetch failed" });
  });
});
