/** What `fetch` accepts: a `Request`, or a URL with init, like the platform's `fetch`. */
export type FetchInput = Request | string | URL;

/** Builds the request from fetch-style arguments, so the handler is a drop-in `fetch`. */
export function toRequest(input: FetchInput, init?: RequestInit): Request {
  if (typeof input === "object" && !(input instanceof URL) && init === undefined) return input;
  return new Request(input, init);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/**
 * Settles like the platform's `fetch` under an `AbortSignal`: rejects at once when already
 * aborted, and rejects when aborted before the answer (the work may still be done, as over a
 * real network).
 */
export function raceAbort(
  signal: AbortSignal | undefined,
  answer: () => Promise<Response>,
): Promise<Response> {
  if (!signal) return answer();
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<Response>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    answer().then(
      (response) => {
        signal.removeEventListener("abort", onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Follows redirects the way the platform's `fetch` does for `redirect: "follow"` (the
 * default), so a 302 completion lands on the order with `redirected` set; `"manual"` returns
 * the 302 and `"error"` rejects. Only same-origin GET targets can be served in process; any
 * other redirect is returned as it is.
 */
export async function followRedirects(
  first: Response,
  request: Request,
  answer: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (request.redirect === "manual" || !redirectStatuses.has(first.status)) return first;
  if (request.redirect === "error") {
    throw new TypeError("fetch failed", {
      cause: new Error("A redirect was answered and redirect is 'error'."),
    });
  }
  let response = first;
  let current = request;
  for (let hop = 0; hop < 20 && redirectStatuses.has(response.status); hop++) {
    const location = response.headers.get("location");
    if (location === null) return response;
    const target = new URL(location, current.url);
    const toGet = response.status === 303 || current.method === "GET" || current.method === "HEAD";
    if (target.origin !== new URL(current.url).origin || !toGet) return response;
    await response.body?.cancel();
    current = new Request(target, {
      method: current.method === "HEAD" ? "HEAD" : "GET",
      headers: current.headers,
      signal: current.signal,
    });
    response = await answer(current);
  }
  Object.defineProperty(response, "redirected", { value: true });
  Object.defineProperty(response, "url", { value: current.url });
  return response;
}
