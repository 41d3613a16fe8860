/** The outcome of reading a body under a size limit. */
export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

/** Whether a declared `Content-Length` already says the body is above the limit. */
function declaredTooLarge(request: Request, maxBytes: number): boolean {
  const declared = request.headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared.trim())) return false;
  return Number(declared) > maxBytes;
}

/** Joins the chunks read so far into one array. */
function concatenate(chunks: Uint8Array[], byteLength: number): Uint8Array {
  const bytes = new Uint8Array(byteLength);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a request body, but never more than `maxBytes` of it: a declared `Content-Length`
 * above the limit is refused before a byte is read, and a streamed body is cancelled as soon
 * as it passes the limit, so an oversized upload never sits in memory whole.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  if (declaredTooLarge(request, maxBytes)) return { ok: false, tooLarge: true };
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let byteLength = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    byteLength += value.byteLength;
    if (byteLength > maxBytes) {
      await reader.cancel();
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: concatenate(chunks, byteLength) };
}
