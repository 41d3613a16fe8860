import type { DemoConfig } from "../demoApi.ts";

/** The props of `AppHeader`. */
export interface AppHeaderProps {
  config: DemoConfig;
  onNewOrder: () => void;
}

/** The top bar: the product, where orders go (emulator or tenant), and "New order". */
export function AppHeader({ config, onNewOrder }: AppHeaderProps) {
  return (
    <header className="topbar">
      <h1>
        Orders <span className="muted">· Voyado Engage</span>
      </h1>
      <p className="mode">
        {config.mode === "emulator" ? (
          <span className="badge badge-emulator">Embedded emulator</span>
        ) : (
          <span className="badge badge-tenant">Tenant {config.tenant}</span>
        )}
        <span className="muted"> through the server-side proxy at {config.proxyPath}</span>
      </p>
      <button type="button" className="button-primary" onClick={onNewOrder}>
        New order
      </button>
    </header>
  );
}
