import { minLength, pipe, string } from "valibot";
import { issueMessage } from "./issueMessage";

/** The schema of a string with at least one character, for ids, keys and names. */
export const NonEmptyTextSchema = pipe(string(issueMessage), minLength(1, issueMessage));
