export type { CommandContext, CommandIo, StopSignals, Target } from "./context.ts";
export { diffOrder, type FieldDifference, isSameOrder } from "./diffOrder.ts";
export { type ImportSettings, runImport } from "./importCommand.ts";
export { type ReconcileSettings, runReconcile } from "./reconcileCommand.ts";
export { runCli, UsageError } from "./runCli.ts";
