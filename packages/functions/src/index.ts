export { createApp } from './app.ts';
export { createApiDeps } from './wiring/api.ts';
export type { AppDeps, AppEnv } from './http/env.ts';
