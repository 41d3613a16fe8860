/**
 * Creates a response whose body fails at once. Runtimes that cannot drop a socket from a
 * fetch handler (Workers, `Deno.serve`) abort the connection when the body errors, so the
 * caller sees a network error, as with the dropped-connection faults in process.
 */
export function brokenResponse(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(new Error("The emulator dropped the connection (fault injection)."));
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
}

/** Wraps a fetch handler so a rejection (a dropped-connection fault) becomes a broken response. */
export function withBrokenResponses(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return (request) => handler(request).catch(() => brokenResponse());
}
