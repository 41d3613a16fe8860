/**
 * The contract's open points, one switch each: the emulator's defaults are our chosen
 * answers, and the alternatives let client tests prove they accept what the real service
 * might do instead.
 */
export interface ContractVariants {
  /** The status of an accepted write (one Engage page says "201 Accepted"). Defaults to `202`. */
  acceptedStatus?: 201 | 202;
  /** `"job"` sends the job body with `Location`; `"empty"` sends `Location` only. Defaults to `"job"`. */
  acceptedBody?: "job" | "empty";
  /** Paging links as `[{ rel, href }]` or as `{ next, previous }`. Defaults to `"array"`. */
  pageLinks?: "array" | "object";
  /** Error bodies as ours (`{ errorCode, message, errors }`) or RFC 9457 problem+json. Defaults to `"engage"`. */
  errorFormat?: "engage" | "problem";
  /** Send `Retry-After` (seconds) with 429. Defaults to `true`. */
  retryAfter?: boolean;
  /** DELETE through a job (202), or at once (204). Defaults to `"job"`. */
  deleteAnswer?: "job" | "immediate";
  /** A replace with an older `lastChangedAt` than the stored one: accepted, or 409 `StaleOrder`. Defaults to `"accept"`. */
  staleReplace?: "accept" | "reject";
}

/** The variants with every default filled in. */
export type ResolvedVariants = Required<ContractVariants>;

/** Fills in the defaults and checks each value; throws a `RangeError` naming a bad one. */
export function resolveVariants(variants: ContractVariants = {}): ResolvedVariants {
  const resolved: ResolvedVariants = {
    acceptedStatus: variants.acceptedStatus ?? 202,
    acceptedBody: variants.acceptedBody ?? "job",
    pageLinks: variants.pageLinks ?? "array",
    errorFormat: variants.errorFormat ?? "engage",
    retryAfter: variants.retryAfter ?? true,
    deleteAnswer: variants.deleteAnswer ?? "job",
    staleReplace: variants.staleReplace ?? "accept",
  };
  const allowed: { [K in keyof ResolvedVariants]: readonly ResolvedVariants[K][] } = {
    acceptedStatus: [201, 202],
    acceptedBody: ["job", "empty"],
    pageLinks: ["array", "object"],
    errorFormat: ["engage", "problem"],
    retryAfter: [true, false],
    deleteAnswer: ["job", "immediate"],
    staleReplace: ["accept", "reject"],
  };
  for (const key of Object.keys(allowed) as (keyof ResolvedVariants)[]) {
    if (!(allowed[key] as readonly unknown[]).includes(resolved[key])) {
      throw new RangeError(
        `variants.${key} must be one of ${allowed[key].map((value) => JSON.stringify(value)).join(", ")}; got ${JSON.stringify(resolved[key])}.`,
      );
    }
  }
  return resolved;
}

/** Rewrites an error answer as RFC 9457 problem+json, keeping `errorCode` and `errors` as extensions. */
export async function toProblemDetails(response: Response): Promise<Response> {
  const body = (await response.json()) as {
    errorCode?: string;
    message?: string;
    errors?: unknown;
  };
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/problem+json");
  headers.delete("content-length");
  const problem = {
    type: "about:blank",
    title: body.errorCode ?? "Error",
    status: response.status,
    detail: body.message ?? "",
    errorCode: body.errorCode,
    errors: body.errors ?? [],
  };
  return new Response(JSON.stringify(problem), { status: response.status, headers });
}
