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
