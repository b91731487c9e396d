export { loadConfig, loadLogConfig, quietAwsSdk, type LogConfig } from './config.ts';
