/**
 * The signature block under the tables (填报人, 联系电话, 填报日期), decided once for the print page, the exported
 * .xlsx and the .docx so the three say the same: the person is the unit's contact, else the operator who fills the
 * report in; the phone is the unit's; the date is the day the page or file is made, written out (2026年6月1日).
 */
import { chineseDate } from './deadlines';

export interface Signature {
  person: string;
  phone: string;
  date: string;
}

export interface SignatureSource {
  contactPerson?: string | undefined;
  contactPhone?: string | undefined;
}

export function signatureOf(contact: SignatureSource | undefined, operator: string, today: Date): Signature {
  const iso = `${today.getFullYear()}-${today.getMonth() + 1}-${today.getDate()}`;
  return {
    person: contact?.contactPerson?.trim() || operator.trim(),
    phone: contact?.contactPhone?.trim() ?? '',
    date: chineseDate(iso),
  };
}
