/**
 * SES receiving stores each message in S3 before it invokes the `inbound` function; this
 * reads it back, never more than the cap (the object's size is checked first).
 */
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { StoreUnavailable } from '../../errors/errors.ts';
import type { RawMailSource } from '../../ports/messages.ts';

/**
 * @example const source = new S3RawMailSource(new S3Client({ region }), 'followup-prod-inbound')
 */
export class S3RawMailSource implements RawMailSource {
  constructor(private readonly client: S3Client, private readonly bucket: string) {}

  async read(objectKey: string, maxBytes: number): Promise<{ raw: Uint8Array; tooLarge: boolean }> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if ((head.ContentLength ?? 0) > maxBytes) return { raw: new Uint8Array(), tooLarge: true };
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      const raw = await object.Body!.transformToByteArray();
      return { raw, tooLarge: raw.length > maxBytes };
    } catch (error) {
      throw new StoreUnavailable(`S3 ${this.bucket}/${objectKey}: ${(error as Error).name}`, { cause: error });
    }
  }
}

/** @example createS3Client('us-east-1') */
export function createS3Client(region: string): S3Client {
  return new S3Client({ region });
}
