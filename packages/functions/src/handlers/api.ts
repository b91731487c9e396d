/** The API on Lambda (API Gateway / function URL events). */
import { systemClock } from '@followup/core/adapters/index';
import { loadConfig } from '@followup/core/config';
import { handle } from 'hono/aws-lambda';
import { createApp } from '../app.ts';
import { createDeps } from '../deps.ts';

const app = createApp(createDeps(loadConfig(), systemClock));

export const handler = handle(app);
