import { errorResponse } from "./errorResponse.ts";
import { createUpstreamHeaders } from "./forwardedHeaders.ts";
import { readBodyWithLimit } from "./readBodyWithLimit.ts";
import { readUpstreamResponse } from "./readUpstreamResponse.ts";
import { redactText } from "./redactSecret.ts";
import type { ResolvedProxyOptions } from "./resolveProxyOptions.ts";
import type { OrdersProxyOptions } from "./types.ts";
import type { ForwardResult, UpstreamCall } from "./upstreamExchange.ts";

class UpstreamTimeout extends Error {
  override readonly name = "UpstreamTimeout";
}

/**
 * Sends one checked request upstream with the key injected and turns the answer into the
 * browser's: links rewritten, the key redacted, the upstream body always read or cancelled.
 * `options` is read at call time so its `fetch` is never called detached.
 */
export async function forwardToUpstream(
  call: UpstreamCall,
  config: ResolvedProxyOptions,
  options: Pick<OrdersProxyOptions, "fetch">,
): Promise<ForwardResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new UpstreamTimeout()), config.timeoutMs);
  const abortFromClient = () => controller.abort(call.signal.reason);
  if (call.signal.aborted) abortFromClient();
  else call.signal.addEventListener("abort", abortFromClient, { once: true });
  const request = new Request(call.url, {
    method: call.method,
    headers: createUpstreamHeaders(call.incomingHeaders, config.forwardHeaders, config),
    // A Uint8Array over a shared buffer is not a valid BodyInit in every runtime: copy the view.
    ...(call.body === undefined ? {} : { body: call.body.slice() }),
    // A finished job may answer 302 to the order: the browser follows it through the proxy.
    redirect: "manual",
    signal: controller.signal,
  });
  // The answer to the browser never waits on the upstream call honouring the abort: a fetch
  // that ignores it (or whose request the runtime let go of) still ends in a 504 or a 502.
  const stopped = new Promise<never>((_, reject) => {
    const stop = () => reject(controller.signal.reason);
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener("abort", stop, { once: true });
  });
  stopped.catch(() => {});
  try {
    // A browser that already left gets nothing sent upstream, even by a fetch that would
    // ignore the aborted signal.
    if (controller.signal.aborted)
      return failure(controller.signal.reason, controller.signal, config);
    let upstream: Response;
    const answer = Promise.resolve(
      options.fetch === undefined
        ? globalThis.fetch(request)
        : options.fetch.call(globalThis, request),
    );
    try {
      upstream = await Promise.race([answer, stopped]);
    } catch (error) {
      // An answer that comes after the abort is not read: whatever it is, its body (if it
      // has one) is cancelled, and nothing it does can throw out of here.
      answer.then(
        (late: unknown) => {
          try {
            void (late as Response | undefined)?.body?.cancel().catch(() => {});
          } catch {}
        },
        () => {},
      );
      return failure(error, controller.signal, config);
    }
    const body = await Promise.race([
      readBodyWithLimit(upstream.body, config.maxResponseBytes, controller.signal),
      stopped,
    ]).catch((error: unknown) => ({ ok: false as const, reason: "failed" as const, error }));
    if (!body.ok) {
      if (body.reason === "too-large") {
        return {
          response: errorResponse(
            502,
            "UpstreamResponseTooLarge",
            `The Engage API answered with more than ${config.maxResponseBytes} bytes.`,
          ),
          outcome: "upstream-response-too-large",
          upstreamStatus: upstream.status,
        };
      }
      return failure(body.error, controller.signal, config);
    }
    return readUpstreamResponse(upstream, body.bytes, call, config);
  } finally {
    clearTimeout(timer);
    call.signal.removeEventListener("abort", abortFromClient);
  }
}

function failure(error: unknown, signal: AbortSignal, config: ResolvedProxyOptions): ForwardResult {
  const detail = redactText(
    error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    config.secretPattern,
  );
  if (signal.aborted && signal.reason instanceof UpstreamTimeout) {
    return {
      response: errorResponse(
        504,
        "UpstreamTimeout",
        `The Engage API did not answer within ${config.timeoutMs} ms.`,
      ),
      outcome: "upstream-timeout",
      error: detail,
    };
  }
  return {
    response: errorResponse(502, "UpstreamUnavailable", "The Engage API could not be reached."),
    outcome: "upstream-unavailable",
    error: detail,
  };
}
