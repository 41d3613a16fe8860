/** The launch flags for this project's closed network. */
export declare const chromiumArgs: readonly string[];
/** Finds Debian's Chromium (or `CHROMIUM_PATH`), or says how to install it. */
export declare function findChromium(): { path: string } | { missing: string };
