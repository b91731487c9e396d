export { companyInText, companyKey } from './name.ts';
export { companyClosedDays, MAX_CLOSURES, type ClosedDays, type Closure, type CompanyClosures } from './closures.ts';
