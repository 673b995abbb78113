/**
 * IPv4 and IPv6 CIDR matching for named locations (research §5 step 5): Graph stores ranges as
 * `cidrAddress` strings and What If takes a single address, so both families are needed client-side.
 */
interface Address {
  bits: 32 | 128;
  value: bigint;
}

interface Cidr extends Address {
  prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    // An embedded IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
    const v4 = parseIpv4(last);
    if (v4 === undefined) return undefined;
    return parseIpv6(`${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  const rest = parseGroups(halves[1] ?? '');
  if (!head || !rest) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<bigint>(missing).fill(0n), ...rest];
  return groups.reduce((value, group) => (value << 16n) | group, 0n);
}

function parseGroups(text: string): bigint[] | undefined {
  if (text === '') return [];
  const groups = text.split(':');
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.map((g) => BigInt(`0x${g}`));
}

export function parseAddress(text: string): Address | undefined {
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    const value = parseIpv6(trimmed);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(trimmed);
  return value === undefined ? undefined : { bits: 32, value };
}

/** "203.0.113.0/24", "2001:db8::/32"; a bare address is a single host. */
export function parseCidr(text: string): Cidr | undefined {
  const [addressText = '', prefixText, ...extra] = text.trim().split('/');
  if (extra.length > 0) return undefined;
  const address = parseAddress(addressText);
  if (!address) return undefined;
  if (prefixText === undefined) return { ...address, prefix: address.bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > address.bits) return undefined;
  return { ...address, prefix: Number(prefixText) };
}

/** Whether `address` lies in `cidr`; an address of the other family never does. */
export function cidrContains(cidr: Cidr, address: Address): boolean {
  if (cidr.bits !== address.bits) return false;
  const hostBits = BigInt(cidr.bits - cidr.prefix);
  return cidr.value >> hostBits === address.value >> hostBits;
}
