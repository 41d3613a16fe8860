/** One element of a top-level JSON array: its text, its index and the line it starts on. */
export interface ArrayElementText {
  /** The element's JSON text, whitespace trimmed. */
  text: string;
  /** Its position in the array, from 0. */
  index: number;
  /** The line (from 1) where it starts. */
  line: number;
}

/** Tells whether a character is JSON whitespace. */
const isSpace = (char: string | undefined): boolean =>
  char === " " || char === "\n" || char === "\r" || char === "\t";

/** Thrown when a JSON array's structure is broken (outside any element's own JSON). */
export class ArrayStructureError extends Error {
  override name = "ArrayStructureError";
  /** The line (from 1) where the problem was found. */
  readonly line: number;
  /** Creates the error for a line. */
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Splits a top-level JSON array into its elements' texts as the chunks arrive, so a file of any
 * size is read with memory bounded by its largest element. Only strings, escapes and bracket
 * depth are tracked; each element is then parsed on its own with `JSON.parse`, which is far
 * faster than a token-by-token streaming parser.
 */
export async function* jsonArrayElements(
  chunks: AsyncIterable<string>,
): AsyncGenerator<ArrayElementText> {
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let current = "";
  let elementLine = 1;
  let elementHasText = false;
  let index = 0;
  for await (const chunk of chunks) {
    let sliceStart = 0;
    for (let position = 0; position < chunk.length; position++) {
      const char = chunk[position];
      if (char === "\n") line++;
      if (!started) {
        if (char === "[") {
          started = true;
          sliceStart = position + 1;
        } else if (!isSpace(char)) {
          throw new ArrayStructureError("the input does not start with '[' or an order", line);
        }
        continue;
      }
      if (ended) {
        if (!isSpace(char)) {
          throw new ArrayStructureError("text after the closing ']' of the array", line);
        }
        continue;
      }
      const boundary = depth === 0 && (char === "," || char === "]");
      if (!elementHasText && !inString && !boundary && !isSpace(char)) {
        elementHasText = true;
        elementLine = line;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (char === "\\") escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"') inString = true;
      else if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") {
        if (depth === 0 && char === "]") {
          const text = (current + chunk.slice(sliceStart, position)).trim();
          current = "";
          elementHasText = false;
          if (text) yield { text, index: index++, line: elementLine };
          else if (index > 0) throw new ArrayStructureError("a ',' before the closing ']'", line);
          ended = true;
          continue;
        }
        depth--;
      } else if (char === "," && depth === 0) {
        const text = (current + chunk.slice(sliceStart, position)).trim();
        current = "";
        elementHasText = false;
        sliceStart = position + 1;
        if (!text) throw new ArrayStructureError("an empty element (two commas in a row)", line);
        yield { text, index: index++, line: elementLine };
      }
    }
    if (started && !ended) current += chunk.slice(sliceStart);
  }
  if (!started) return;
  if (!ended) {
    throw new ArrayStructureError(
      "the array has no closing ']': the file seems truncated (it ends mid-order)",
      line,
    );
  }
}
