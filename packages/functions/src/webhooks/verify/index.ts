export { CALENDLY_TOLERANCE_MS } from './calendly.ts';
export type { HeaderBag } from './headers.ts';
export type { Bytes } from './hmac.ts';
export { LEVER_TOLERANCE_MS } from './lever.ts';
export type { VerifyFailure, VerifyInput, VerifyResult } from './result.ts';
export { PROVIDER_ISSUED_SECRET, generateSecret } from './secret.ts';
export { STANDARD_TOLERANCE_MS } from './standard.ts';
export { verify } from './verify.ts';
