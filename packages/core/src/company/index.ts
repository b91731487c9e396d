export { companyInText, companyKey } from './name.ts';
export { closureIssues, companyClosedDays, closureName, closureOn, MAX_CLOSURE_DAYS, MAX_CLOSURES, type ClosedDays, type Closure, type CompanyClosures } from './closures.ts';
