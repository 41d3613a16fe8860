import { EngageOrdersProvider } from "@engage-orders/react";
import { useState } from "react";
import useSWR from "swr";
import { AppHeader } from "./components/AppHeader.tsx";
import { ContactOrders } from "./components/ContactOrders.tsx";
import { ContactPicker } from "./components/ContactPicker.tsx";
import { CreateOrderForm } from "./components/CreateOrderForm.tsx";
import { OrderWorkspace, type TrackedJob } from "./components/OrderWorkspace.tsx";
import { RequestLogPanel } from "./components/RequestLogPanel.tsx";
import { type DemoConfig, demoApiFetcher } from "./demoApi.ts";
import { EmulatorPanel } from "./emulator/EmulatorPanel.tsx";
import { createBrowserOrdersClient } from "./ordersClient.ts";
import { createRequestLog } from "./requestLog.ts";

type View = { kind: "create" } | { kind: "order"; orderId: string } | { kind: "none" };

/**
 * The orders admin: pick a contact and page through its orders, register an order, follow its
 * job to a `versionTag`, send actions and change status or delivery; in emulator mode, watch
 * the automation log and switch faults on.
 */
export function App() {
  const { data: config, error } = useSWR<DemoConfig>("/config", demoApiFetcher);
  const [requestLog] = useState(() => createRequestLog());
  const [client] = useState(() =>
    createBrowserOrdersClient(window.location.origin, requestLog.record),
  );
  const [contact, setContact] = useState({ contactId: "", email: "" });
  const [view, setView] = useState<View>({ kind: "create" });
  const [jobs, setJobs] = useState<TrackedJob[]>([]);
  // "New order" always starts from a fresh form, also when one is already open.
  const [formNumber, setFormNumber] = useState(0);
  const addJob = (job: TrackedJob) => setJobs((current) => [job, ...current]);

  if (error) {
    return (
      <main className="boot" id="main">
        <h1>Orders admin</h1>
        <p role="alert">
          The demo server did not answer: {error instanceof Error ? error.message : String(error)}
        </p>
      </main>
    );
  }
  if (!config) {
    return (
      <main className="boot" id="main">
        <p role="status">Loading…</p>
      </main>
    );
  }
  const emulatorMode = config.mode === "emulator";
  return (
    <EngageOrdersProvider client={client}>
      <a className="skip-link" href="#main">
        Skip to the order
      </a>
      <AppHeader
        config={config}
        onNewOrder={() => {
          setView({ kind: "create" });
          setFormNumber((number) => number + 1);
        }}
      />
      <div className={emulatorMode ? "layout layout-emulator" : "layout"}>
        <div className="sidebar">
          <nav aria-label="Contacts and orders">
            <ContactPicker
              mode={config.mode}
              contactId={contact.contactId}
              onChange={(next) => {
                setContact(next);
                setView((current) => (current.kind === "order" ? { kind: "none" } : current));
              }}
            />
            {contact.contactId ? (
              <ContactOrders
                key={contact.contactId}
                contactId={contact.contactId}
                selectedOrderId={view.kind === "order" ? view.orderId : undefined}
                onSelect={(orderId) => setView({ kind: "order", orderId })}
              />
            ) : (
              <p className="muted">Choose a contact to see its orders.</p>
            )}
          </nav>
          <RequestLogPanel log={requestLog} />
        </div>
        <main id="main" className="main" tabIndex={-1}>
          {view.kind === "create" && (
            <CreateOrderForm
              key={`${contact.email}#${formNumber}`}
              defaultEmail={contact.email || "ada@example.com"}
              onCreated={(handle) => {
                addJob({ handle, label: "Register order" });
                setView({ kind: "order", orderId: handle.orderId });
              }}
            />
          )}
          {view.kind === "order" && (
            <OrderWorkspace
              key={view.orderId}
              orderId={view.orderId}
              jobs={jobs.filter((job) => job.handle.orderId === view.orderId)}
              onJob={addJob}
            />
          )}
          {view.kind === "none" && (
            <div className="empty">
              <p>Choose an order on the left, or register a new one.</p>
            </div>
          )}
        </main>
        {emulatorMode && <EmulatorPanel />}
      </div>
    </EngageOrdersProvider>
  );
}
