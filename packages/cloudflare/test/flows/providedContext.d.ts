// What the emulator's global setup hands to the tests (`inject`).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The emulator's base URL, e.g. `http://127.0.0.1:41234`. */
    emulatorUrl: string;
    /** The emulator's test key (not a secret). */
    emulatorApiKey: string;
  }
}
