export { createApp } from './app.ts';
export { createDeps } from './deps.ts';
export type { AppDeps, AppEnv } from './env.ts';
