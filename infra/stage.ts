/**
 * What every other infra file shares: the stage's protection, and the account and region
 * that IAM and EventBridge Scheduler ARNs are built from.
 */

/** Stages that hold real candidates' data: retained on removal, protected from `sst remove`. */
export const isProduction = $app.stage === 'prod' || $app.stage === 'production';

export const region = aws.getRegionOutput().region;
export const accountId = aws.getCallerIdentityOutput().accountId;

/** Stage-scoped physical names, for the resources whose ARNs are needed before they exist. */
export const physical = (name: string) => `${$app.name}-${$app.stage}-${name}`;

/** Every function: Lambda's Node 22 on Graviton (same bundle, about 20 % cheaper per GB-second). */
export const runtime = { runtime: 'nodejs22.x', architecture: 'arm64' } as const;

/**
 * Functions that render drafts: packages/templates reads `dictionary-en`'s two files from
 * node_modules at run time (createRequire(...).resolve), so esbuild cannot inline them; SST's
 * `install` puts the package into the function's node_modules instead.
 */
export const withTemplates = { nodejs: { install: ['dictionary-en'] } } as const;

/** Failed events are kept 14 days (SQS's maximum) for a person to look at. */
export const keepFourteenDays = { transform: { queue: { messageRetentionSeconds: 14 * 24 * 3600 } } };
