export { S3RawMailSource, createS3Client } from './raw-mail-source.ts';
