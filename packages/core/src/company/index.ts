export { companyInText, companyKey } from './name.ts';
export { closedDays, closureIssues, closureName, closureOn, MAX_CLOSURE_DAYS, MAX_CLOSURES, type ClosedDays, type Closure, type CompanyClosures } from './closures.ts';
