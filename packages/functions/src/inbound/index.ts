export type { InboundDeps } from './deps.ts';
export { applyMessage, type Applied, type Notice } from './apply-message.ts';
export { noticeEmail } from './notice.ts';
export { parseMessage, UnreadableMessage } from './parse.ts';
export { receiveMail, type ReceivedMail, type RecipientOutcome } from './receive.ts';
export { interviewFor } from './resolve.ts';
export { startSmtpReceiver, type SmtpReceiver } from './smtp.ts';
export { inboundView } from './view.ts';
export { inboundMessages, MessageSchema } from './routes.ts';
