import { AutomationLog } from "./AutomationLog.tsx";
import { FaultSwitches } from "./FaultSwitches.tsx";
import { LatencyControl } from "./LatencyControl.tsx";
import { StalledJobs } from "./StalledJobs.tsx";

/**
 * The emulator's side of the demo: the automation log (what customers would receive), fault
 * switches and the job latency, so retries and recovery can be watched. Shown in emulator mode
 * only; its routes are the demo server's, never the proxy's.
 */
export function EmulatorPanel() {
  return (
    <aside className="emulator-panel" aria-labelledby="emulator-title">
      <h2 id="emulator-title">Emulator</h2>
      <AutomationLog />
      <FaultSwitches />
      <section aria-labelledby="latency-title">
        <h3 id="latency-title">Latency</h3>
        <LatencyControl />
        <StalledJobs />
      </section>
    </aside>
  );
}
