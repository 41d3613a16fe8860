import { useSyncExternalStore } from "react";
import { describeEvent, type RequestLog } from "../requestLog.ts";

/** The props of `RequestLogPanel`. */
export interface RequestLogPanelProps {
  log: RequestLog;
}

const tone = (line: string): string =>
  /→ (5\d\d|429)|no answer|retry/.test(line) ? "log-line log-trouble" : "log-line";

/**
 * What this page's Orders client did, newest first: every request with its status, every retry
 * with its wait and reason, every job poll. With the emulator's faults on, retries and the
 * recovery can be watched here.
 */
export function RequestLogPanel({ log }: RequestLogPanelProps) {
  const entries = useSyncExternalStore(log.subscribe, log.entries, log.entries);
  return (
    <section className="request-log" aria-labelledby="request-log-title">
      <h2 id="request-log-title">Requests</h2>
      {entries.length === 0 ? (
        <p className="muted">Requests of this page's Orders client appear here.</p>
      ) : (
        // Scrollable, so it takes the focus: keyboard users can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
        <ol className="log-lines" tabIndex={0} aria-label="Requests, newest first">
          {entries.map((entry) => {
            const line = describeEvent(entry.event);
            return (
              <li key={entry.id} className={tone(line)}>
                <time className="muted" dateTime={new Date(entry.at).toISOString()}>
                  {new Date(entry.at).toLocaleTimeString("en-GB")}
                </time>{" "}
                {line}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
