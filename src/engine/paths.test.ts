import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { CAUSE_IDS } from './cause-ids';
import { answersToFirstFix, exploreTree } from './paths';

describe('every path through the tree', () => {
  const report = exploreTree(content);

  it('has no dead end, loop or refused step', () => {
    expect(report.problems).toEqual([]);
  });

  it('reaches all seven causes', () => {
    expect([...report.reachedCauses].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('ends every path in resolved or escalate', () => {
    expect(report.paths).toBeGreaterThan(0);
    expect(report.resolved + report.escalated).toBe(report.paths);
    expect(report.resolved).toBeGreaterThan(0);
    expect(report.escalated).toBeGreaterThan(0);
  });

  it.each(CAUSE_IDS)('leads from the first step of %s to a fix', (id) => {
    const cause = content.causes.find((c) => c.id === id);
    expect(cause && answersToFirstFix(cause)).not.toBeNull();
  });
});
