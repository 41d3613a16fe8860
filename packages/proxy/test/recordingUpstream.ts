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

/**
 * The canary key: tests assert it never reaches the browser. It holds `+`, `/`, `=` and `-`,
 * which encoders spell in many ways (`%2B`, `%2b`, `\u002B`, `\/`): a key of only
 * `[a-z0-9-]` would hide every one of those spellings.
 */
export const canaryKey = "test-key+CANARY/12==-34";

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

/**
 * Collects every header and the body of a proxy answer as one string, to search for the key.
 * The body is decoded by the charset the answer names, as a browser would, and every escape a
 * reader could undo (percent-encoding, JSON `\uXXXX` and `\/`, HTML character references,
 * NUL padding) is undone, so a key spelled any of those ways shows as itself.
 */
export async function everythingSent(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(response.headers.get("content-type") ?? "");
  const body = new TextDecoder(charset?.[1] ?? "utf-8").decode(await response.arrayBuffer());
  const raw = `${response.status} ${response.statusText}\n${headers}\n\n${body}`;
  return `${raw}\n${undoEscapes(raw)}`;
}

/** Undoes the escapes a reader could decode the key from, twice over for double encoding. */
export function undoEscapes(text: string): string {
  let current = text.replaceAll("\u0000", "");
  for (let round = 0; round < 3; round++) {
    current = current
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      )
      .replace(/&#[xX]([0-9a-fA-F]+);/g, (_, hex: string) =>
        String.fromCodePoint(Number.parseInt(hex, 16)),
      )
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replaceAll("\\/", "/")
      .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
  }
  return current;
}
