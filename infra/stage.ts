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
 * Packages esbuild cannot inline, which SST's `install` puts into the function's node_modules:
 * `date-holidays`, required only for a plan outside the generated holiday table's years
 * (packages/core/src/calendar/holiday-source.ts), so it is never in the bundle itself. (The
 * drafts' spelling dictionary is a generated word list inside the bundle: scripts/generate-dictionary.ts.)
 */
export const withTemplates = { nodejs: { install: ['date-holidays'], splitting: true } } as const;

/** Dynamic imports in their own chunks: the API loads the SES client only when it sends. */
export const lean = { nodejs: { splitting: true } } as const;

/** Failed events are kept 14 days (SQS's maximum) for a person to look at. */
export const keepFourteenDays = { transform: { queue: { messageRetentionSeconds: 14 * 24 * 3600 } } };
