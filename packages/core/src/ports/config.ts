/** One `tenant:key` pair of `FOLLOWUP_API_KEYS`. */
export interface ApiKeyEntry {
  tenant: string;
  key: string;
}

/**
 * Everything the service reads from its environment, resolved once by `loadConfig`.
 * @example const { tableName, dynamo } = loadConfig()
 */
export interface Config {
  tableName: string;
  dynamo: {
    region: string;
    /** dynalite's URL locally; absent on AWS. */
    endpoint?: string;
  };
  /** Closed interviews are removed this many days after their last change. */
  retentionDays: number;
  /** Shards of the due-time index (`due#0` … `due#<n-1>`); fixed for the life of a table. */
  dueShards: number;
  apiKeys: ApiKeyEntry[];
  local: {
    host: string;
    port: number;
    /** dynalite's data and the generated API key live here. */
    dataDir: string;
    /** dynalite's port; a free one when absent. */
    dynamoPort?: number;
    /** aws-ses-v2-local and its mailbox viewer. */
    mailPort: number;
    /** Seconds of followup time per real second, for demos of a whole plan. */
    clockSpeed: number;
    /** Real-time lease of a claimed send (FOLLOWUP_CLAIM_LEASE_SECONDS); 5 minutes unless a crash test shortens it. */
    claimLeaseMs: number;
    /** The SMTP receiver of reply addresses (127.0.0.1 by default, as `host`). */
    smtpPort: number;
  };
  /** Base URL of the candidate's action links (no trailing slash); required on AWS, the API's own URL locally. */
  publicUrl?: string;
  /** Signs action links; required on AWS, made and kept in the data folder locally. */
  linkKey?: string;
  /** Seals webhook endpoints' signing secrets at rest (AES-256-GCM); required on AWS, made and kept in the data folder locally. */
  webhookSecretKey?: string;
  mail: {
    region: string;
    /** aws-ses-v2-local's URL locally; absent on AWS. */
    endpoint?: string;
    from: string;
    configurationSet: string;
  };
  /** EventBridge Scheduler; absent when the embedded scheduler fires milestones from the store. */
  scheduler?: {
    groupName: string;
    targetArn: string;
    roleArn: string;
    deadLetterArn: string;
  };
  /** Reply addresses (issue 13): their domain, and on AWS the bucket SES stores received mail in. */
  inbound: {
    domain: string;
    bucket?: string;
  };
}
