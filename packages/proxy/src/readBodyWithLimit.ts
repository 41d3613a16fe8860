/** The outcome of reading a body under a byte limit. */
export type LimitedBody =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "too-large" };

/**
 * Reads `body` into memory, stopping and cancelling the stream as soon as more than
 * `maxBytes` arrived. The count comes from the bytes themselves, never from a
 * `Content-Length` header, which a client may get wrong on purpose. An abort of `signal`
 * cancels the stream (so a stalled one is not left open) and rejects with its reason.
 */
export async function readBodyWithLimit(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<LimitedBody> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
  if (signal?.aborted) cancel();
  else signal?.addEventListener("abort", cancel, { once: true });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener("abort", cancel);
    reader.releaseLock();
  }
  return { ok: true, bytes: concatenate(chunks, total) };
}

class RequestBodyTimeout extends Error {
  override readonly name = "RequestBodyTimeout";
}

/** The outcome of reading a request body under a byte limit and a deadline. */
export type DeadlinedBody =
  | LimitedBody
  | { readonly ok: false; readonly reason: "too-slow" | "unreadable" };

/**
 * Reads a request body like {@link readBodyWithLimit}, giving up (and cancelling the stream)
 * when it has not arrived in full within `timeoutMs`: a client trickling its body must not
 * hold a request open for Node's 300 s. A stream that errors reads as `"unreadable"`.
 */
export async function readBodyWithDeadline(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  timeoutMs: number,
): Promise<DeadlinedBody> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new RequestBodyTimeout()), timeoutMs);
  try {
    return await readBodyWithLimit(body, maxBytes, deadline.signal);
  } catch (error) {
    return { ok: false, reason: error instanceof RequestBodyTimeout ? "too-slow" : "unreadable" };
  } finally {
    clearTimeout(timer);
  }
}

function concatenate(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const [first] = chunks;
  // A body that came in one chunk is used as it is, without a copy.
  if (chunks.length === 1 && first) return first;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
