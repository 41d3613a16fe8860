/** A field-level problem, as the demo's routes and the schemas report it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the demo's own routes (`/demo-api`). */
export class DemoApiError extends Error {
  override name = "DemoApiError";
  /** The HTTP status. */
  readonly status: number;
  /** The field-level problems, if any. */
  readonly fieldErrors: FieldProblem[];

  /** Creates the error from a status and the parsed body. */
  constructor(status: number, message: string, fieldErrors: FieldProblem[]) {
    super(message);
    this.status = status;
    this.fieldErrors = fieldErrors;
  }
}

/** The demo's configuration, as `/demo-api/config` answers it (never holds the key). */
export interface DemoConfig {
  mode: "emulator" | "tenant";
  proxyPath: string;
  tenant: string | null;
}

/**
 * Calls one of the demo's own routes and returns the JSON answer; throws a `DemoApiError` with
 * the server's message and field errors otherwise.
 */
export async function demoApi<T>(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`/demo-api${path}`, {
    method: init.method ?? "GET",
    headers: { accept: "application/json", "content-type": "application/json" },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const body: unknown = text === "" ? null : JSON.parse(text);
  if (!response.ok) {
    const error = (body ?? {}) as { message?: string; errors?: FieldProblem[] };
    throw new DemoApiError(
      response.status,
      error.message ?? `The demo server answered ${response.status}.`,
      error.errors ?? [],
    );
  }
  return body as T;
}

/** The SWR fetcher for the demo's GET routes (the key is the path below `/demo-api`). */
export const demoApiFetcher = <T>(path: string): Promise<T> => demoApi<T>(path);
