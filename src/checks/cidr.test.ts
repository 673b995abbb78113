import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrContains, parseAddress, parseCidr } from './cidr';

function contains(range: string, address: string): boolean | undefined {
  const cidr = parseCidr(range);
  const parsed = parseAddress(address);
  return cidr && parsed ? cidrContains(cidr, parsed) : undefined;
}

describe('cidrContains', () => {
  it.each([
    // IPv4
    ['0.0.0.0/0', '203.0.113.10', true],
    ['0.0.0.0/0', '255.255.255.255', true],
    ['203.0.113.0/24', '203.0.113.0', true],
    ['203.0.113.0/24', '203.0.113.255', true],
    ['203.0.113.0/24', '203.0.114.0', false],
    ['203.0.113.0/24', '203.0.112.255', false],
    ['203.0.113.10/32', '203.0.113.10', true],
    ['203.0.113.10/32', '203.0.113.11', false],
    ['203.0.113.10', '203.0.113.10', true], // a bare address is a single host
    ['203.0.113.77/24', '203.0.113.1', true], // host bits in the range are ignored, as Entra does
    ['10.0.0.0/8', '11.0.0.1', false],
    // IPv6
    ['2001:db8:4a1c:10::/64', '2001:db8:4a1c:10::25', true],
    ['2001:db8:4a1c:10::/64', '2001:db8:4a1c:10:ffff:ffff:ffff:ffff', true],
    ['2001:db8:4a1c:10::/64', '2001:db8:4a1c:11::1', false],
    ['2001:DB8:4A1C::/48', '2001:db8:4a1c:ffff::1', true], // hex is case-insensitive
    ['::/0', '2001:db8::1', true],
    ['2001:db8::1/128', '2001:db8:0:0:0:0:0:1', true],
    ['::ffff:192.0.2.0/120', '::ffff:192.0.2.55', true], // an embedded IPv4 tail
    // families never mix
    ['0.0.0.0/0', '2001:db8::1', false],
    ['::/0', '203.0.113.10', false],
  ])('%s contains %s: %s', (range, address, expected) => {
    expect(contains(range, address)).toBe(expected);
  });
});

describe('parseCidr refuses what is not a range', () => {
  it.each([
    '203.0.113.0/33',
    '2001:db8::/129',
    '300.0.113.0/24',
    '203.0.113/24',
    '203.0.113.0.1/24',
    '203.0.113.0/24/1',
    '203.0.113.0/',
    '203.0.113.0/-1',
    '203.0.113.0/2a',
    '2001:db8::1::/64',
    '2001:db8:0:0:0:0:0:0:1/64',
    '2001:db8:0:0:0:0:0/64',
    '2001:dg8::/32',
    '12345::/16',
    '',
    'anywhere',
  ])('%j', (range) => {
    expect(parseCidr(range)).toBeUndefined();
  });
});

describe('properties', () => {
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));

  it('every IPv4 address is in its own /32 and in /0', () => {
    fc.assert(
      fc.property(ipv4, (address) => {
        expect(contains(`${address}/32`, address)).toBe(true);
        expect(contains('0.0.0.0/0', address)).toBe(true);
      }),
    );
  });

  it('a range contains exactly the addresses sharing its first prefix bits', () => {
    fc.assert(
      fc.property(ipv4, ipv4, fc.integer({ min: 0, max: 32 }), (network, address, prefix) => {
        const bits = (text: string) =>
          text
            .split('.')
            .map((p) => Number(p).toString(2).padStart(8, '0'))
            .join('');
        const same = bits(network).slice(0, prefix) === bits(address).slice(0, prefix);
        expect(contains(`${network}/${prefix}`, address)).toBe(same);
      }),
    );
  });
});
