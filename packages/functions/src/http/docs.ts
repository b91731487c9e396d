/** `GET /health`, `GET /openapi.json` (OpenAPI 3.1 from the zod schemas), `GET /docs` (Scalar). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { AppEnv } from './env.ts';

/** Adds the documentation routes to `app`, after its API routes are registered. */
export function documented(app: OpenAPIHono<AppEnv>): OpenAPIHono<AppEnv> {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'An API key of your tenant.' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'followup',
      version: '1.0.0',
      description: 'Coaches job candidates through the days after an interview. Errors are RFC 9457 problem documents.',
    },
  });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'followup API' }));
  app.get('/health', (c) => c.json({ status: 'ok' }));
  return app;
}
