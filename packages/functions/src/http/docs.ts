/**
 * `GET /health`, `GET /openapi.json` (OpenAPI 3.1 from the zod schemas, completed by
 * `openapi.ts`) and `GET /docs`: Swagger UI from the pinned `swagger-ui-dist` package, served by
 * the API itself, so the reference works offline and nothing loads from a CDN.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { openApiDocument } from './openapi.ts';
import { problem } from './problem.ts';

/** The files of swagger-ui-dist the page needs, and their media types. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>followup API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
<div id="reference"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
// validatorUrl: null — Swagger UI would otherwise send the document to validator.swagger.io.
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#reference', deepLinking: true, persistAuthorization: true, validatorUrl: null, tryItOutEnabled: true });
</script>
</body>
</html>
`;

const assets = new Map<string, Promise<Uint8Array>>();

/** A file of the installed swagger-ui-dist, read once. */
function asset(name: string): Promise<Uint8Array> {
  let file = assets.get(name);
  if (!file) {
    const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    file = readFile(join(dir, name));
    file.catch(() => assets.delete(name));
    assets.set(name, file);
  }
  return file;
}

/** Adds the documentation routes to `app`, after its API routes are registered. */
export function documented(app: OpenAPIHono<AppEnv>): OpenAPIHono<AppEnv> {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'An API key of your tenant (`npx followup keys create --tenant <name>`).' });
  app.get('/openapi.json', (c) => c.json(openApiDocument(app, c.var.deps.links.baseUrl)));
  app.get('/docs', (c) => c.html(PAGE));
  app.get('/docs/:file', async (c) => {
    const name = c.req.param('file');
    const type = ASSETS[name];
    if (!type) return problem(c, { status: 404, slug: 'not-found', detail: `no file ${name} in the API reference` });
    try {
      return c.body((await asset(name)) as Uint8Array<ArrayBuffer>, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
    } catch {
      // On Lambda the package must be installed beside the bundle (nodejs.install: ['swagger-ui-dist']).
      return problem(c, { status: 503, slug: 'store-unavailable', detail: 'the API reference is not installed here; /openapi.json has the whole contract' });
    }
  });
  app.get('/health', (c) => c.json({ status: 'ok' }));
  return app;
}
