/** The API on Lambda (API Gateway / function URL events). */
import { systemClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { handle } from 'hono/aws-lambda';
import { createApp } from '../app.ts';
import { createApiDeps } from '../wiring/api.ts';

const app = createApp(createApiDeps(loadConfig(), systemClock));

export const handler = handle(app);
