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
