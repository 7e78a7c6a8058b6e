import { describe, expect, it } from 'vitest';
import * as n from './normalise';

describe('normalising page text the way a biller writes it', () => {
  it('codes: upper-case without dots; modifiers; pointers', () => {
    expect(n.diagnosisCode('m17.11')).toBe('M1711');
    expect(n.diagnosisCode('M17')).toBe('M17');
    expect(n.procedureCode(' 20610 ')).toBe('20610');
    expect(n.procedureCode('2061')).toBeNull();
    expect(n.modifiers('25, xs 59-RT LT')).toEqual(['25', 'XS', '59', 'RT']);
    expect(n.pointers('AB')).toEqual(['A', 'B']);
    expect(n.pointers('1, 3')).toEqual(['A', 'C']);
  });

  it('dates ISO, money as numbers, percentages', () => {
    expect(n.isoDate('8/1/24')).toBe('2024-08-01');
    expect(n.isoDate('02/30/2026')).toBeNull();
    expect(n.dates('09/15/2026 09/16/2026')).toEqual(['2026-09-15', '2026-09-16']);
    expect(n.money('$1,250.00')).toBe(1250);
    expect(n.money('-$5.10')).toBe(-5.1);
    expect(n.money('($5.10)')).toBe(-5.1);
    expect(n.money('9'.repeat(400))).toBeNull();
    expect(n.money('$-5.10')).toBe(-5.1);
    expect(n.money('$0.50')).toBe(0.5);
    expect(n.money('120.00 USD')).toBe(120);
    expect(n.money('$1250')).toBe(1250);
  });

  it('text that is not an amount is not money, whatever digits it holds', () => {
    for (const t of [
      '<b onmouseover=alert(14)>',
      '2 lines $50',
      '$1,25.00',
      '($5.10',
      'N/A',
      '$',
      '1.2.3',
      '',
    ]) {
      expect(n.money(t)).toBeNull();
    }
    expect(n.percent('COINS 20%')).toBe(20);
  });

  it('CO 97, CO-97 and 97 all read; remarks are RARCs; descriptions are not codes', () => {
    for (const t of ['CO 97', 'CO-97'])
      expect(n.reasonAndRemarkCodes(t).adjustments).toEqual([{ group: 'CO', reason: '97', amount: null }]);
    expect(n.reasonAndRemarkCodes('97, N130')).toEqual({
      adjustments: [{ group: null, reason: '97', amount: null }],
      remarks: ['N130'],
    });
    expect(n.reasonAndRemarkCodes('PR-2 MA130').remarks).toEqual(['MA130']);
    expect(n.reasonAndRemarkCodes('CO-97: included in another service billed 835 times').adjustments).toEqual(
      [{ group: 'CO', reason: '97', amount: null }],
    );
  });

  it('adjustments with their amounts, in the shapes remittances use', () => {
    const read = (t: string) =>
      n.reasonAndRemarkCodes(t).adjustments.map((a) => [a.group, a.reason, a.amount]);
    expect(read('CO-45: 60.00 PR-3: 25.00')).toEqual([
      ['CO', '45', 60],
      ['PR', '3', 25],
    ]);
    expect(read('CO 45 $60.00; PR 3 $25.00')).toEqual([
      ['CO', '45', 60],
      ['PR', '3', 25],
    ]);
    expect(read('Group Reason Amount Description CO 45 $1,060.00 Contractual adjustment')).toEqual([
      ['CO', '45', 1060],
    ]);
    // "Co-payment" is a word, not a CO adjustment; a whole number after a code is not an amount.
    expect(read('PR 3 Co-payment amount')).toEqual([['PR', '3', null]]);
    expect(read('CO-45 12 units')).toEqual([
      ['CO', '45', null],
      [null, '12', null],
    ]);
  });

  it('procedure cells: 835 composite, dashes, spaces; a description is not a modifier', () => {
    expect(n.procedure('HC:99214:25')).toEqual({ code: '99214', modifiers: ['25'] });
    expect(n.procedure('99214-25')).toEqual({ code: '99214', modifiers: ['25'] });
    expect(n.procedure('97140 GP 59')).toEqual({ code: '97140', modifiers: ['GP', '59'] });
    expect(n.procedure('HC:J1100')).toEqual({ code: 'J1100', modifiers: [] });
    expect(n.procedure('99214 Office visit PT')).toEqual({ code: '99214', modifiers: [] });
    expect(n.procedure('VISIT')).toBeNull();
  });

  it('dates written with month names, and 835 dates as eight digits on their own', () => {
    expect(n.dates('Jul 8, 2024 to August 12, 2024')).toEqual(['2024-07-08', '2024-08-12']);
    expect(n.isoDate('Sept 3, 2024')).toBe('2024-09-03');
    expect(n.dates('20240708')).toEqual(['2024-07-08']);
    expect(n.dates('claim 7100000101 20240708')).toEqual([]);
  });

  it('claim status: 277 category and code when shown, else the words', () => {
    expect(n.claimStatus('A3:21 - Returned as unprocessable')).toMatchObject({ category: 'A3', code: '21' });
    expect(n.claimStatus('F2')).toMatchObject({ category: 'F2', code: null });
    // Finalized and forwarded (or not) to the secondary payer: the crossover tells the biller not to bill it.
    expect(n.claimStatus('F3F:1 Forwarded to the next payer')).toMatchObject({ category: 'F3F', code: '1' });
    expect(n.claimStatus('F3N')).toMatchObject({ category: 'F3N' });
    expect(n.claimStatus('Acknowledgement/Not Found')).toMatchObject({ category: 'A4' });
    expect(n.claimStatus('DENIED')).toEqual({ category: null, code: null, text: 'DENIED' });
  });

  it('patient: initials only, age on the date of service, sex', () => {
    expect(n.initials('TESTPATIENT, ALEX J')).toBe('AT');
    expect(n.initials('Alex Testpatient')).toBe('AT');
    expect(n.age('1961-03-14', '2026-03-13')).toBe(64);
    expect(n.age('1961-03-14', '2026-03-14')).toBe(65);
    expect(n.sex('Female')).toBe('F');
  });
});
