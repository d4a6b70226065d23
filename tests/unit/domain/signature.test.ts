import { describe, expect, it } from 'vitest';
import { signatureOf } from '@/domain/office/signature';

describe('signatureOf', () => {
  const day = new Date(2026, 5, 1);
  it("takes the unit's contact and writes the date out", () => {
    expect(signatureOf({ contactPerson: ' 王芳 ', contactPhone: '0375-1234567' }, '李明', day)).toEqual({
      person: '王芳',
      phone: '0375-1234567',
      date: '2026年6月1日',
    });
  });
  it('falls back to the operator when the unit names no contact', () => {
    expect(signatureOf({ contactPerson: '  ' }, '李明', day)).toEqual({ person: '李明', phone: '', date: '2026年6月1日' });
    expect(signatureOf(undefined, '', day)).toEqual({ person: '', phone: '', date: '2026年6月1日' });
  });
});
