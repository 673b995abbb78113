import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import type { CauseId } from './cause-ids';
import type { Content } from './content-schema';
import { orderCauses } from './order-causes';
import type { StartAnswers } from './wizard-state';

const NOW = 1_800_000_000;
const HOUR = 3600;
const { orders } = content.flow;

describe('the base order', () => {
  it.each<[string, StartAnswers, readonly CauseId[]]>([
    ['worked before', { workedBefore: 'yes' }, orders.workedBefore],
    ['never worked', { workedBefore: 'no' }, orders.neverWorked],
    ['unsure', { workedBefore: 'unsure' }, orders.unsure],
    ['not answered', {}, orders.unsure],
  ])('%s follows flow.json', (_name, answers, expected) => {
    expect(orderCauses(content, answers, NOW)).toEqual(expected);
  });

  it('is a copy: changing it leaves flow.json alone', () => {
    const order = orderCauses(content, { workedBefore: 'yes' }, NOW);
    order.reverse();
    expect(content.flow.orders.workedBefore[0]).toBe('legacy-auth-retirement');
  });
});

describe('a recent change', () => {
  // In the real flow.json propagation-delay is last in every order, so "moved last" and "not moved"
  // look the same there. This copy puts it in the middle, so each case below can tell them apart.
  const middle: CauseId[] = [
    'credentials',
    'security-defaults',
    'sharepoint-legacy-auth',
    'propagation-delay',
    'conditional-access',
    'authentication-policy',
    'legacy-auth-retirement',
  ];
  const moved: Content = {
    ...content,
    flow: { ...content.flow, orders: { ...content.flow.orders, unsure: middle } },
  };
  const first: CauseId[] = ['propagation-delay', ...middle.filter((c) => c !== 'propagation-delay')];
  const last: CauseId[] = [...middle.filter((c) => c !== 'propagation-delay'), 'propagation-delay'];

  it.each<[string, StartAnswers, CauseId[]]>([
    ['an hour ago', { recentChange: 'yes', changedAt: NOW - HOUR }, first],
    ['just under 24 hours ago', { recentChange: 'yes', changedAt: NOW - 24 * HOUR + 1 }, first],
    ['a minute in the future (clock skew)', { recentChange: 'yes', changedAt: NOW + 60 }, first],
    ['with no time given', { recentChange: 'yes' }, first],
    ['exactly 24 hours ago', { recentChange: 'yes', changedAt: NOW - 24 * HOUR }, middle],
    ['two days ago', { recentChange: 'yes', changedAt: NOW - 48 * HOUR }, middle],
    ['a day in the future', { recentChange: 'yes', changedAt: NOW + 24 * HOUR }, middle],
    ['"not sure"', { recentChange: 'unsure' }, middle],
    ['not answered', {}, middle],
    ['"no": propagation goes last', { recentChange: 'no' }, last],
  ])('%s', (_name, answers, expected) => {
    expect(orderCauses(moved, answers, NOW)).toEqual(expected);
  });

  it('moves propagation first in the real content too', () => {
    const order = orderCauses(content, { workedBefore: 'yes', recentChange: 'yes', changedAt: NOW - 600 }, NOW);
    expect(order).toEqual(['propagation-delay', ...orders.workedBefore.filter((c) => c !== 'propagation-delay')]);
  });
});

describe('a recognised error', () => {
  it.each<[string, CauseId]>([
    ['AADSTS53003: Access has been blocked by Conditional Access policies.', 'conditional-access'],
    ['The remote server returned an error: (401) Unauthorized. AADSTS530035', 'security-defaults'],
    ['The sign-in name or password does not match one in the Microsoft account system. 50126', 'credentials'],
    ['The partner does not support SharePoint Online credentials', 'sharepoint-legacy-auth'],
  ])('%s → %s first', (errorText, cause) => {
    const order = orderCauses(content, { workedBefore: 'yes', errorText }, NOW);
    expect(order[0]).toBe(cause);
    expect(order).toEqual([cause, ...orders.workedBefore.filter((c) => c !== cause)]);
  });

  it('goes before propagation after a recent change', () => {
    const answers: StartAnswers = { workedBefore: 'no', recentChange: 'yes', errorText: 'AADSTS53003' };
    expect(orderCauses(content, answers, NOW).slice(0, 2)).toEqual(['conditional-access', 'propagation-delay']);
  });

  it('leaves the order alone when the text is not recognised', () => {
    expect(orderCauses(content, { workedBefore: 'no', errorText: '401 Unauthorized' }, NOW)).toEqual(
      orders.neverWorked,
    );
  });

  it('always lists each of the seven causes once', () => {
    const order = orderCauses(content, { recentChange: 'yes', errorText: 'AADSTS50158' }, NOW);
    expect(new Set(order).size).toBe(7);
    expect(order).toHaveLength(7);
  });
});
