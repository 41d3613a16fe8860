import type { InputSource } from "./inputRecords.ts";
import type { LineFile } from "./runFiles.ts";
import { type InputSummary, validateInput } from "./validateInput.ts";

/** How many invalid orders are printed; all of them go to the rejects file. */
const PRINTED_AT_MOST = 50;

/**
 * Validates the whole input before anything is sent: prints each invalid order (its line or
 * index, `orderId` and field paths; the first fifty) and writes every one of them, with the
 * order itself, to the rejects file.
 */
export async function reportInvalid(
  source: InputSource,
  rejects: LineFile,
  say: (text: string) => void,
): Promise<InputSummary> {
  let printed = 0;
  const summary = await validateInput(source, (invalid, record) => {
    rejects.write({ ...invalid, ...(record.value === undefined ? {} : { order: record.value }) });
    if (printed++ >= PRINTED_AT_MOST) return;
    const problems = invalid.errors
      .map((error) => (error.field ? `${error.field}: ${error.message}` : error.message))
      .join("; ");
    const which = invalid.orderId === undefined ? "" : ` (orderId ${invalid.orderId})`;
    say(`${source.label} ${invalid.where}${which}: ${problems}`);
  });
  if (printed > PRINTED_AT_MOST) {
    say(`… and ${printed - PRINTED_AT_MOST} more invalid orders (all in ${rejects.path}).`);
  }
  return summary;
}
