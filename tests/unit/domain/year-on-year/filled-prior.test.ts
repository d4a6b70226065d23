import { isFilledPrior } from '@/domain/year-on-year/prior-values';

describe('a prior-year report', () => {
  it('counts as last year only once a value was entered, 0 included', () => {
    expect(isFilledPrior(undefined)).toBe(false);
    expect(isFilledPrior({ values: {} })).toBe(false);
    expect(isFilledPrior({ values: { 't3.received.natural': null } })).toBe(false);
    expect(isFilledPrior({ values: { 't3.received.natural': 0 } })).toBe(true);
  });
});
