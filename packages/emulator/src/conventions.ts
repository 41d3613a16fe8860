import type { FieldError } from "./http.ts";
import { engageServerError, errorResponse, invalidRequest } from "./http.ts";
import { readLimitedBody } from "./readLimitedBody.ts";

/** The settings of Engage's request conventions. */
export interface ConventionSettings {
  /** The accepted API keys. */
  apiKeys: Set<string>;
  /** The header names an API key is read from, lower-cased. */
  apiKeyHeaders: string[];
  /** Whether a missing User-Agent is rejected. */
  requireUserAgent: boolean;
  /** The largest accepted body, in bytes. */
  maxBodyBytes: number;
}

/** The outcome of a convention check: the API key, or the answer to send. */
export type AuthResult = { ok: true; apiKey: string } | { ok: false; response: Response };

/** Checks the API key header (401 `Unauthorized` when missing or unknown; the key is never echoed). */
export function authenticate(request: Request, settings: ConventionSettings): AuthResult {
  let presented: string | null = null;
  for (const header of settings.apiKeyHeaders) {
    presented = request.headers.get(header);
    if (presented !== null) break;
  }
  const headerNames = settings.apiKeyHeaders.join(" or ");
  if (presented === null || presented.trim() === "") {
    return {
      ok: false,
      response: errorResponse(
        401,
        "Unauthorized",
        `Missing API key: send it in the ${headerNames} header.`,
      ),
    };
  }
  if (!settings.apiKeys.has(presented.trim())) {
    return { ok: false, response: errorResponse(401, "Unauthorized", "The API key is not valid.") };
  }
  return { ok: true, apiKey: presented.trim() };
}

/** Checks User-Agent (400) and Content-Type (Engage's own 500 when missing, 415 when not JSON). */
export function checkHeaders(request: Request, settings: ConventionSettings): Response | null {
  if (settings.requireUserAgent && !request.headers.get("user-agent")?.trim()) {
    return invalidRequest(
      [
        {
          field: "User-Agent",
          message: "the User-Agent header is required, as system/version, e.g. AcmePOS/1.5",
        },
      ],
      "The User-Agent header is required.",
    );
  }
  const contentType = request.headers.get("content-type");
  if (contentType === null || contentType.trim() === "") return engageServerError();
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return errorResponse(
      415,
      "UnsupportedMediaType",
      "The Content-Type must be application/json.",
      [
        {
          field: "Content-Type",
          message: `must be application/json (received ${JSON.stringify(mediaType)})`,
        },
      ],
    );
  }
  return null;
}

/** The outcome of reading a JSON body. */
export type BodyResult =
  | { ok: true; body: unknown; text: string }
  | { ok: false; response: Response };

/** Reads and parses a JSON body, with a size limit (413, checked while reading) and a clear 400 for bad JSON. */
/** Engage's answer to a body above the size limit. */
export const payloadTooLarge = (maxBytes: number): Response =>
  errorResponse(413, "PayloadTooLarge", `The body is larger than ${maxBytes} bytes.`);

export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const read = await readLimitedBody(request, maxBytes);
  if (!read.ok) {
    return { ok: false, response: payloadTooLarge(maxBytes) };
  }
  const { bytes } = read;
  const fail = (message: string): BodyResult => {
    // An empty field names the body as a whole, as the shared toFieldErrors does.
    const errors: FieldError[] = [{ field: "", message }];
    return { ok: false, response: invalidRequest(errors) };
  };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("must be UTF-8 text");
  }
  if (text.trim() === "") return fail("is required: send the request as a JSON object");
  try {
    return { ok: true, body: JSON.parse(text), text };
  } catch {
    return fail("must be valid JSON");
  }
}
