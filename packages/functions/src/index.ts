export { createApp } from './http/app.ts';
export { createApiDeps } from './wiring/api.ts';
export type { AppDeps, AppEnv } from './http/env.ts';
