/** humanparser ships no types; this is the part of its API the drafts use. */
declare module 'humanparser' {
  export interface ParsedName {
    salutation?: string;
    firstName?: string;
    middleName?: string;
    lastName?: string;
    suffix?: string;
    fullName: string;
  }
  const humanparser: { parseName(name: string): ParsedName };
  export default humanparser;
}
