/**
 * The domain of interviews' reply addresses (deploy-time setting, see README): every function
 * that shows or checks a reply address gets it as FOLLOWUP_INBOUND_DOMAIN.
 */
const mailDomain = process.env.FOLLOWUP_MAIL_DOMAIN;

/** `FOLLOWUP_INBOUND_DOMAIN`, else `replies.` + the sending domain. */
export const inboundDomain = (process.env.FOLLOWUP_INBOUND_DOMAIN ?? (mailDomain ? `replies.${mailDomain}` : 'replies.followup.localhost')).toLowerCase();
