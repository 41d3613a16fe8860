/** A field-level problem in an error body. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Creates a JSON response that no cache keeps. */
export function jsonAnswer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** Creates an error response in the project's shape `{ errorCode, message, errors }`. */
export function errorAnswer(
  status: number,
  errorCode: string,
  message: string,
  errors: FieldProblem[] = [],
): Response {
  return jsonAnswer(status, { errorCode, message, errors });
}
