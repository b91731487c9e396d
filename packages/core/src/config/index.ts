export { loadConfig, quietAwsSdk } from './config.ts';
