export {
  CONTACT_RELATIONS,
  CULTURES,
  HIRING_PACES,
  candidateSchema,
  companySchema,
  contactSchema,
  fieldErrors,
  fields,
  interviewRecordSchema,
  interviewSchema,
  notesSchema,
  parseRecord,
  preferencesSchema,
  type Contact,
  type InterviewRecord,
  type InterviewRecordInput,
  UNKNOWN_FIELD,
} from './record.ts';
export { attended, primaryContact } from './contacts.ts';
export { DATES_WITHIN_YEARS_OF_INTERVIEW, INTERVIEW_WITHIN_YEARS, NOW_WITHIN_YEARS, checkEventDates, checkNow, checkRecordDates } from './bounds.ts';
export { headerText, isHeaderSafe, isWellFormed, linkUrl, MAX_LINK_LENGTH, noteText } from './text.ts';
