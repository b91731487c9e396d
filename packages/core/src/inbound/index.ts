/** What followup learns by email (POLICY): pure rules that read a received message. */
export { INBOUND_LIMITS, type InboundMessage, type MailAddress } from './message.ts';
export { readReplyAddress, replyAddress, type ReplyTarget } from './reply-address.ts';
export { autoReplyRule, autoReplySubject } from './auto-reply.ts';
export { addressesInBounceText, failedRecipients, isDeliveryReport, isMailSystem } from './bounce.ts';
export { forwardedOf, parseAddress, type ForwardFormat, type Forwarded } from './forwarded.ts';
export { excerptOf } from './excerpt.ts';
export { datesIn, instantIn, type FoundDate } from './chrono-dates.ts';
export { returnDate, type ReturnDate } from './return-date.ts';
export { decisionDate } from './decision-date.ts';
export { VERDICTS, suggestVerdict, type Verdict, type VerdictResult } from './verdict.ts';
export { employerMatch } from './employer.ts';
export { sentMilestone } from './sent-match.ts';
export { classifyMessage, type ClassifyContext, type Classified, type Understanding } from './classify.ts';
export { OUT_OF_OFFICE_DAYS_WITHOUT_DATE, OUT_OF_OFFICE_MAX_DAYS, outOfOfficeDelay, type OutOfOfficeDelay } from './out-of-office.ts';
export { localDateOf, localDayOf } from './local-date.ts';
