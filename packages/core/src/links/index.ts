export {
  LINK_ACTIONS,
  LINK_TTL_MS,
  linkExpiry,
  signLink,
  verifyLink,
  type ActionLink,
  type LinkAction,
  type LinkCheck,
  type LinkRefusal,
} from './signed-link.ts';
export { FEED_TTL_MS, signFeed, verifyFeed, type FeedCheck, type FeedGrant } from './feed-token.ts';
