// ESM entry for scripts that use `import`; the server itself is scripts/serve.cjs so jest can load it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const { serveStatic } = require('./serve.cjs');
