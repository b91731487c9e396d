/** Moved to core (`@followup/core/company`), where company closures are keyed by the same name. */
export { companyInText, legalFormIn } from '@followup/core/company';
