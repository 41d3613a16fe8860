import { finite, number, pipe } from "valibot";
import { issueMessage } from "./issueMessage";

/** The schema of an amount of money or a quantity: a finite JSON number (`.` decimal separator). */
export const MoneySchema = pipe(number(issueMessage), finite(issueMessage));
