/** How deep a cause chain is followed; deeper links are cut off (a chain may be a cycle). */
const MAX_DEPTH = 8;

/**
 * Returns a thrown value with the API key redacted at any depth: the message, `stack` and
 * every string field of an error, its whole `cause` chain (Node's fetch throws
 * `TypeError("fetch failed", { cause })`), an `AggregateError`'s `errors`, and objects hung on
 * it (an HTTP library's `config.headers`). An error is copied (same name, its class when that
 * is a built-in one) only when the key appears somewhere; otherwise the value itself comes
 * back, so `console.error` or `util.inspect` of anything the client throws never prints it.
 */
export function redactThrown(value: unknown, redact: (text: string) => string, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (value instanceof Error) return redactError(value, redact, depth);
  return redactData(value, redact);
}

/** Copies an error whose text, cause, members or fields name the key. */
function redactError(error: Error, redact: (text: string) => string, depth: number): Error {
  const message = redact(error.message);
  const stack = error.stack === undefined ? undefined : redact(error.stack);
  const cause = "cause" in error ? redactThrown(error.cause, redact, depth + 1) : undefined;
  const members =
    error instanceof AggregateError
      ? error.errors.map((member) => redactThrown(member, redact, depth + 1))
      : [];
  const fields = Object.entries(error).filter(([name]) => name !== "cause" && name !== "errors");
  const redactedFields = fields.map(
    ([name, field]) => [name, redactThrown(field, redact, depth + 1)] as const,
  );
  const unchanged =
    message === error.message &&
    stack === error.stack &&
    cause === error.cause &&
    (!(error instanceof AggregateError) ||
      members.every((member, index) => member === error.errors[index])) &&
    redactedFields.every(([, field], index) => field === fields[index]?.[1]);
  if (unchanged) return error;
  const options = "cause" in error ? { cause } : undefined;
  const copy =
    error instanceof AggregateError
      ? new AggregateError(members, message, options)
      : new (builtInErrorClass(error))(message, options);
  // Own fields (a `code`, an `errno`, a library's `config`) keep their names.
  for (const [name, field] of redactedFields) {
    Object.defineProperty(copy, name, {
      value: field,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(copy, "name", { value: error.name, writable: true, configurable: true });
  if (stack !== undefined) copy.stack = stack;
  return copy;
}

/** The built-in class an error is an instance of, so the copy keeps `instanceof TypeError`. */
function builtInErrorClass(error: Error): ErrorConstructor {
  for (const ErrorClass of [
    TypeError,
    RangeError,
    SyntaxError,
    ReferenceError,
    URIError,
    EvalError,
  ]) {
    if (error instanceof ErrorClass) return ErrorClass;
  }
  return Error;
}

/** Plain data hung on an error: redacted through its JSON form when it names the key. */
function redactData(value: object, redact: (text: string) => string): unknown {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Not JSON (a cycle, a BigInt): its own string fields are checked; one naming the key
    // makes the whole object unreadable rather than risk the rest.
    const namesKey = Object.values(value).some(
      (field) => typeof field === "string" && redact(field) !== field,
    );
    return namesKey ? "[redacted]" : value;
  }
  if (json === undefined) return value;
  const redacted = redact(json);
  return redacted === json ? value : JSON.parse(redacted);
}
