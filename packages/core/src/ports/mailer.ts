/** One email to the candidate, with both parts. */
export interface OutgoingEmail {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  /** Extra message headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers: Record<string, string>;
  /** Tags for delivery events (bounces, complaints), e.g. the interview and milestone. */
  tags: Record<string, string>;
}

/**
 * Sends email. Throws `DeliveryFailed` when the email was certainly not sent (safe to try again
 * later) and `DeliveryOutcomeUnknown` when it may have been (never re-send it blindly).
 * @example const { messageId } = await mailer.send({ to, from, subject, html, text, headers: {}, tags: {} })
 */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}
