/** One request the fake upstream received, read in full. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string;
}

/** What a test's responder returns: a body, status and headers for the fake's answer. */
export interface FakeAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
}

/** The canary key: tests assert it never reaches the browser. */
export const canaryKey = "test-key-CANARY-1234";

/** The fake tenant the proxy forwards to. */
export const upstreamBase = "https://tenant.voyado.example";

/**
 * Creates a recording fake of Engage: it keeps every request it received and answers with a
 * body stream that notes whether the proxy read it to the end or cancelled it, so a test can
 * prove no upstream body is left open.
 */
export function recordingUpstream(
  respond: (request: RecordedRequest) => FakeAnswer | Promise<FakeAnswer> = () => ({
    status: 200,
    headers: { "content-type": "application/json" },
    body: "{}",
  }),
) {
  const requests: RecordedRequest[] = [];
  const bodies: { settled: boolean }[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const recorded: RecordedRequest = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.text(),
    };
    requests.push(recorded);
    const answer = await respond(recorded);
    const status = answer.status ?? 200;
    if (status === 204 || status === 304) return new Response(null, answer);
    const bytes =
      typeof answer.body === "string"
        ? new TextEncoder().encode(answer.body)
        : (answer.body ?? new Uint8Array(0));
    const tracker = { settled: false };
    bodies.push(tracker);
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) {
          tracker.settled = true;
          controller.close();
          return;
        }
        sent = true;
        controller.enqueue(bytes);
      },
      cancel() {
        tracker.settled = true;
      },
    });
    return new Response(stream, { status, headers: answer.headers ?? {} });
  };
  return {
    fetch,
    requests,
    /** Whether every upstream body was read to its end or cancelled. */
    allBodiesSettled: () => bodies.every((body) => body.settled),
    bodyCount: () => bodies.length,
  };
}

/** Collects every header and the body of a proxy answer as one string, to search for the key. */
export async function everythingSent(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  return `${response.status} ${response.statusText}\n${headers}\n\n${await response.text()}`;
}
