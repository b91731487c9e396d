/**
 * Millisecond lengths of the units the planner counts in. Their own file so `days.ts` and
 * `zone.ts` can both use them while imports run one way (zone → days → units).
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
