import { describe, expect, it } from 'vitest';
import { TransactionSizer } from '../../../electron/imports/transactionSizer';

describe('TransactionSizer', () => {
  it('grows fast transactions at most twofold, up to what fits the budget', () => {
    const sizer = new TransactionSizer(10_000, 1000);
    sizer.took(10_000, 100); // 10 % of the budget: would fit 100,000, but doubles only
    expect(sizer.next).toBe(20_000);
    sizer.took(20_000, 800);
    expect(sizer.next).toBe(25_000);
  });

  it('shrinks a transaction that took longer than the budget, never below the minimum', () => {
    const sizer = new TransactionSizer(20_000, 1000, 1000);
    sizer.took(20_000, 4000);
    expect(sizer.next).toBe(5000);
    sizer.took(5000, 60_000);
    expect(sizer.next).toBe(1000);
  });

  it('ignores a short last chunk and keeps within the maximum', () => {
    const sizer = new TransactionSizer(1_000_000, 1000, 1000, 50_000);
    expect(sizer.next).toBe(50_000);
    sizer.took(10, 5000);
    expect(sizer.next).toBe(50_000);
  });
});
