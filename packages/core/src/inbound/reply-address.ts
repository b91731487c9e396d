/**
 * The reply address of an interview: `<tenant>.<interview>.<mac>@<inbound domain>`, every part
 * lower-case base32, so no lookup table is needed and mail systems that fold case do no harm.
 * The MAC (HMAC-SHA256 under a key derived from the link key, 8 bytes) binds tenant,
 * interview and domain: an address made up or altered fails `readReplyAddress`, and one tenant's address
 * never names another tenant's interview.
 *
 *   acme + 3f2b…-uuid ─▶ mfrw2zi.h4vswhm…(26).k3l…(13)@replies.followup.localhost   (48 characters before @)
 *
 * A UUID id takes 26 characters; other ids are spelled out. The local part stays within
 * RFC 5321's 64 octets for tenants of up to 14 characters.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const MAC_BYTES = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ReplyTarget {
  tenant: string;
  interviewId: string;
}

function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Buffer | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    const n = ALPHABET.indexOf(c);
    if (n < 0) return undefined;
    value = ((value << 5) | n) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

function mac(key: string, tenant: string, interviewId: string, domain: string): Buffer {
  // A key of its own, derived from the link key: a reply address never doubles as a link signature.
  const derived = createHmac('sha256', key).update('followup reply address v1').digest();
  return createHmac('sha256', derived).update(`${tenant}\0${interviewId}\0${domain.toLowerCase()}`).digest().subarray(0, MAC_BYTES);
}

function encodeId(id: string): string {
  // 'u': a UUID as its 16 bytes; 'x': any other id spelled out.
  return UUID.test(id) ? `u${base32(Buffer.from(id.replace(/-/g, ''), 'hex'))}` : `x${base32(Buffer.from(id, 'utf8'))}`;
}

function decodeId(part: string): string | undefined {
  const bytes = unbase32(part.slice(1));
  if (!bytes) return undefined;
  if (part[0] === 'u' && bytes.length === 16) {
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return part[0] === 'x' ? bytes.toString('utf8') : undefined;
}

/**
 * @example replyAddress({ tenant: 'acme', interviewId: id }, linkKey, 'replies.followup.localhost') // 'mfrw2zi.u…@replies.followup.localhost'
 */
export function replyAddress(target: ReplyTarget, key: string, domain: string): string {
  const { tenant, interviewId } = target;
  return `${base32(Buffer.from(tenant, 'utf8'))}.${encodeId(interviewId)}.${base32(mac(key, tenant, interviewId, domain))}@${domain.toLowerCase()}`;
}

/**
 * The tenant and interview an address names, or undefined when it is not an address this key
 * made at this domain (another domain, malformed, forged, altered).
 * @example readReplyAddress('mfrw2zi.u…@replies.followup.localhost', linkKey, 'replies.followup.localhost') // { tenant: 'acme', interviewId: '…' }
 */
export function readReplyAddress(address: string, key: string, domain: string): ReplyTarget | undefined {
  if (address.length > 320) return undefined;
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return undefined;
  const parts = address.slice(0, at).toLowerCase().split('.');
  if (parts.length !== 3 || parts.some((p) => !p || p.length > 200)) return undefined;
  const [tenantPart, idPart, macPart] = parts as [string, string, string];
  const tenantBytes = unbase32(tenantPart);
  const interviewId = decodeId(idPart);
  const given = unbase32(macPart);
  if (!tenantBytes || !interviewId || !given || given.length !== MAC_BYTES) return undefined;
  const tenant = tenantBytes.toString('utf8');
  // One spelling per address: a last character differing only in its unused bits is refused too.
  if (base32(tenantBytes) !== tenantPart || encodeId(interviewId) !== idPart || base32(given) !== macPart) return undefined;
  if (!timingSafeEqual(given, mac(key, tenant, interviewId, domain))) return undefined;
  return { tenant, interviewId };
}
