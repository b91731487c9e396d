export { companyClosuresSchema, companyKeySchema, tenantSettingsSchema } from './schema.ts';
export { planningOf, type TenantDocuments, type TenantPlanningWithMail, type TenantSettings } from './settings.ts';
export { TENANT_PLANNING_TTL_MS, TenantPlanningCache } from './tenant-planning.ts';
