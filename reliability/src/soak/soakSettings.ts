import { fileURLToPath } from "node:url";

/** Orders per soak run: 2,000 in CI; `SOAK_ORDERS` (or `node soak.mjs --orders N`) for more. */
export const SOAK_ORDERS = Number(process.env.SOAK_ORDERS ?? 2000);

/** The seed of every soak run; the same seed gives the same figures. */
export const SOAK_SEED = process.env.SOAK_SEED ?? "soak";

/** How long the two runs of one mode may take in real time (generous: CI machines vary). */
export const SOAK_TIMEOUT_MS = Math.max(120_000, SOAK_ORDERS * 100);

/** Where a mode's figures are written: `reports/reliability-soak-{mode}.json` at the repository root. */
export const soakReportPath = (mode: string): string =>
  fileURLToPath(new URL(`../../../reports/reliability-soak-${mode}.json`, import.meta.url));
