import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../electron/db/connection';
import { rejectionsCsv } from '../../electron/services/imports/rejectionsCsv';
import { recipientRegisterCsv } from '../../electron/services/registerExport';
import { isInstant } from '../../shared/deadlines/timeZone';
import { escapeHtml, escapeMultiline } from '../../shared/documents/html';
import { BreachInput } from '../../shared/domain/breach';
import { NotificationInput } from '../../shared/domain/breachClock';
import { Instant, isStrictInstant } from '../../shared/domain/common';
import type { ImportRecord } from '../../shared/domain/ledger';
import { csvCell, neutraliseFormula } from '../../shared/format/csv';
import { makeOrganisation, makeRecipient } from './registerFixtures';

describe('strict instants', () => {
  it('refuses impossible dates and times instead of moving them', () => {
    for (const bad of [
      '2026-02-30T10:00Z',
      '2026-02-29T10:00Z', // 2026 is not a leap year
      '2026-04-31T10:00:00+05:00',
      '2026-12-31T24:00Z', // Date would make it 2027-01-01: another year, another number
      '2026-12-31T23:60Z',
      '2026-12-31T23:59:60Z',
      '2026-12-31T10:00+19:00',
      '2026-13-01T10:00Z',
      '2026-12-31',
      '31.12.2026 10:00',
    ]) {
      expect(isStrictInstant(bad), bad).toBe(false);
      expect(Instant.safeParse(bad).success, bad).toBe(false);
    }
    expect(Instant.parse('2028-02-29T23:59:59.999+06:00')).toBe('2028-02-29T17:59:59.999Z');
    expect(Instant.parse('2026-12-31T23:00Z')).toBe('2026-12-31T23:00:00.000Z');
  });

  it('is the rule of breach instants, notifications and the deadline engine', () => {
    const detected = BreachInput.safeParse({ detectedAt: '2026-12-31T24:00Z' });
    expect(detected.success).toBe(false);
    expect(detected.error?.issues.find((i) => i.path.join('.') === 'detectedAt')?.message).toBe(
      'validation.date',
    );
    const sent = NotificationInput.safeParse({
      incidentId: 1,
      addressee: 'regulator',
      channel: 'portal',
      sentAt: '2026-02-30T10:00Z',
    });
    expect(sent.error?.issues.find((i) => i.path.join('.') === 'sentAt')?.message).toBe('validation.date');
    expect(isInstant('2026-02-30T10:00Z')).toBe(false);
    expect(isInstant('2026-02-28T10:00Z')).toBe(true);
  });
});

describe('one CSV cell guard for every export', () => {
  it('neutralises formulas led by = + - @, TAB, CR, LF and their full-width forms', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '＝1+1'])
      expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    expect(neutraliseFormula('ОсОО «Курьер»')).toBe('ОсОО «Курьер»');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('\t=cmd|"/c calc"!A1')).toBe(`"'\t=cmd|""/c calc""!A1"`);
  });

  it('guards the rejected-rows report and the register export', async () => {
    const rows = [
      {
        line: 2,
        column: 'Телефон',
        reason: 'import.badPhone',
        value: '\t=HYPERLINK("http://x")',
        severity: 'error',
      },
      { line: 3, column: 'Имя', reason: 'import.badPhone', value: '\r+1', severity: 'warning' },
    ];
    const q = {
      all: async (_sql: string, p: { offset: number }) => (p.offset === 0 ? rows : []),
    } as unknown as Queryable;
    const csv = new TextDecoder().decode(await rejectionsCsv(q, { id: 1 } as ImportRecord));
    expect(csv).toContain(`'\t=HYPERLINK`);
    expect(csv).toContain(`"'\r+1"`);
    const org = makeOrganisation();
    const register = new TextDecoder().decode(
      recipientRegisterCsv(org, [makeRecipient({ organisationId: org.id, legalName: '\t=2+2' })]),
    );
    expect(register).toContain(`'\t=2+2`);
  });
});

describe('bidi overrides in printed documents', () => {
  it('isolates user text and drops its overrides; plain text is unchanged', () => {
    expect(escapeHtml('Иван Петров')).toBe('Иван Петров');
    const spoof = 'Иван \u202Eвортеп\u202C <b>';
    const html = escapeHtml(spoof);
    expect(html).toBe('\u2068Иван вортеп &lt;b&gt;\u2069');
    expect(html).not.toMatch(/[\u202A-\u202E]/);
    expect(escapeMultiline('строка\u202E1\nстрока 2')).toBe('\u2068строка1\u2069<br>строка 2');
    // Right-to-left names are kept, isolated from the text around them.
    expect(escapeHtml('محمد')).toBe('\u2068محمد\u2069');
  });
});
