import { describe, expect, it } from 'vitest';
import { fillTemplate, PLACEHOLDERS, unknownPlaceholders } from './template';

describe('fillTemplate', () => {
  it('fills every placeholder it knows from the values', () => {
    const text = 'Open {productName}, sign in as {account} with app {appId}; allow {providerIpRanges}.';
    expect(
      fillTemplate(text, {
        productName: 'Hive',
        account: 'backup@contoso.com',
        appId: '00001111-aaaa-2222-bbbb-3333cccc4444',
        providerIpRanges: '203.0.113.0/24',
      }),
    ).toBe(
      'Open Hive, sign in as backup@contoso.com with app 00001111-aaaa-2222-bbbb-3333cccc4444; allow 203.0.113.0/24.',
    );
  });

  it.each([
    ['missing', {}],
    ['empty', { account: '' }],
  ])('uses the stand-in when a value is %s', (_name, values) => {
    expect(fillTemplate('Sign in as {account}.', values)).toBe(`Sign in as ${PLACEHOLDERS.account}.`);
  });

  it('fills the same placeholder every time it appears', () => {
    expect(fillTemplate('{productName} and {productName}', { productName: 'Hive' })).toBe('Hive and Hive');
  });

  // Unknown names (including ones on Object.prototype) and names with spaces are not placeholders.
  it.each(['{tenant}', '{constructor}', '{ account }', '{product-name}'])('leaves %j as it is', (text) => {
    expect(fillTemplate(text, { productName: 'Hive' })).toBe(text);
  });

  it('leaves text without placeholders alone', () => {
    expect(fillTemplate('Nothing to fill: {} or { }.', { productName: 'Hive' })).toBe('Nothing to fill: {} or { }.');
  });
});

describe('unknownPlaceholders', () => {
  it('lists the names the app cannot fill, in order', () => {
    expect(unknownPlaceholders('{tenant} {productName} {toString} {account} {tenant}')).toEqual([
      'tenant',
      'toString',
      'tenant',
    ]);
  });

  it('is empty for text with only known placeholders or none', () => {
    expect(unknownPlaceholders('{productName} {account} {appId} {providerIpRanges}')).toEqual([]);
    expect(unknownPlaceholders('no braces at all')).toEqual([]);
  });
});
