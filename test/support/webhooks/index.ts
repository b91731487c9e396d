export { TEST_NOW, TEST_SECRETS, edited, receive, refusedFields } from './receive.ts';
export { SAMPLES_DIR, sample, sampleJson } from './samples.ts';
export { signDelivery, type SignedDelivery } from './sign.ts';
