import { EngageError } from "@engage-orders/core";

/** The props of `ErrorNotice`. */
export interface ErrorNoticeProps {
  /** What failed, e.g. "The order could not be registered". */
  title: string;
  /** The error; nothing is shown without one. */
  error: unknown;
}

/**
 * Shows a failed request as an alert: the error class, Engage's error code and status, the
 * message and any field errors (an `EngageError` never contains the API key).
 */
export function ErrorNotice({ title, error }: ErrorNoticeProps) {
  if (!error) return null;
  const engage = error instanceof EngageError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const fields = engage?.fieldErrors ?? [];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>
        {engage && <code>{engage.name}</code>}
        {engage?.errorCode && <> · {engage.errorCode}</>}
        {engage?.status !== undefined && <> · HTTP {engage.status}</>}
      </p>
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={`${field.field}:${field.message}`}>
              <code>{field.field || "(body)"}</code>: {field.message}
            </li>
          ))}
        </ul>
      )}
      {engage?.attempts && engage.attempts.length > 1 && (
        <p className="muted">
          {engage.attempts.length} attempts:{" "}
          {engage.attempts.map((attempt) => attempt.status ?? attempt.reason).join(", ")}
        </p>
      )}
    </div>
  );
}
