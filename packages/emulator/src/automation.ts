import type { AutomationLogEntry, AutomationSource, EmulatorState, OrderAction } from "./state.ts";
import { cloneJson } from "./state.ts";

/** The details of one fired automation. */
export interface FiredAction extends OrderAction {
  /** The order it fired for. */
  orderId: string;
  /** The version it fired for. */
  versionTag: string | null;
  /** Where it came from. */
  source: AutomationSource;
  /** The linked contact. */
  contactId: string | null;
  /** The job of an embedded action. */
  jobId?: string;
  /** When it fired (epoch ms). */
  at: number;
}

/** Records a fired action in the automation log: what a customer would receive. */
export function fireAction(state: EmulatorState, fired: FiredAction): AutomationLogEntry {
  const entry: AutomationLogEntry = {
    orderId: fired.orderId,
    action: fired.action,
    versionTag: fired.versionTag,
    source: fired.source,
    contactId: fired.contactId,
    firedAt: new Date(fired.at).toISOString(),
  };
  if (fired.language !== undefined) entry.language = fired.language;
  if (fired.data !== undefined) entry.data = cloneJson(fired.data);
  if (fired.jobId !== undefined) entry.jobId = fired.jobId;
  state.automationLog.push(entry);
  return entry;
}
