// Starts the demo in this Node process: Vite in middleware mode serves the page and loads the
// server code (TypeScript, and the workspace packages through their `source` condition), so a
// fresh clone needs no build. `start.mjs` and the end-to-end tests both start it through here.
import { createServer as createHttpServer } from "node:http";
import { fileURLToPath } from "node:url";
import { createServer as createViteServer } from "vite";

const demoRoot = fileURLToPath(new URL("..", import.meta.url));

/** Starts the demo server with the page; resolves to the running server (`url`, `close`). */
export async function launchDemo(options = {}) {
  const server = createHttpServer();
  const vite = await createViteServer({
    configFile: `${demoRoot}/vite.config.ts`,
    appType: "spa",
    server: { middlewareMode: true, hmr: { server } },
    ...(options.quiet ? { logLevel: "silent" } : {}),
  });
  try {
    const { startDemoServer } = await vite.ssrLoadModule("/server/startDemoServer.ts");
    return await startDemoServer({
      ...options,
      server,
      page: vite.middlewares,
      onClose: () => vite.close(),
    });
  } catch (error) {
    await vite.close();
    throw error;
  }
}
