export { SecretBox, SecretUnreadable } from './secret-box.ts';
