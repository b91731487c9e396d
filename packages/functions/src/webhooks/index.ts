export type { InterviewPatch, MatchKeys, WebhookAction } from './action.ts';
export { PROVIDERS, isProvider, type Provider } from './provider.ts';
export { translate } from './translate.ts';
export {
  CALENDLY_TOLERANCE_MS,
  LEVER_TOLERANCE_MS,
  PROVIDER_ISSUED_SECRET,
  STANDARD_TOLERANCE_MS,
  generateSecret,
  verify,
  type Bytes,
  type HeaderBag,
  type VerifyFailure,
  type VerifyInput,
  type VerifyResult,
} from './verify/index.ts';
