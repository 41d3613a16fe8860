import type { AutomationLogEntry } from "@engage-orders/emulator";
import useSWR from "swr";
import { demoApiFetcher } from "../demoApi.ts";

/**
 * What the customers would have received: every automation the emulator fired, newest first,
 * from the action endpoint or an embedded action.
 */
export function AutomationLog() {
  const { data: entries } = useSWR<AutomationLogEntry[]>(
    "/emulator/automation-log",
    demoApiFetcher,
    {
      refreshInterval: 1000,
    },
  );
  const newestFirst = [...(entries ?? [])].reverse();
  return (
    <section aria-labelledby="automation-title" className="automation">
      <h3 id="automation-title">Automation log</h3>
      <p className="muted" role="status">
        {entries === undefined
          ? "Loading…"
          : entries.length === 1
            ? "1 message sent to customers"
            : `${entries.length} messages sent to customers`}
      </p>
      {newestFirst.length > 0 && (
        <table className="table compact" aria-describedby="automation-title">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Order</th>
              <th scope="col">Action</th>
              <th scope="col">Via</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((entry) => (
              <tr
                key={`${entry.firedAt}-${entry.orderId}-${entry.action}-${entry.versionTag}-${entry.jobId ?? ""}`}
              >
                <td>{new Date(entry.firedAt).toLocaleTimeString("en-GB")}</td>
                <td>
                  <code>{entry.orderId}</code>
                </td>
                <td>
                  {entry.action}
                  {entry.language && <span className="muted"> · {entry.language}</span>}
                </td>
                <td>{entry.source === "embedded" ? "embedded" : entry.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
