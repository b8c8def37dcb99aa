import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatRegistrationNumber, numberFormatError } from '../../shared/correspondence/numbering';
import { createTeamDatabase, type TeamDatabase } from '../support/teamDatabase';

/** The server's number texts (cd_format_number) against the app's formatter as the oracle. */
describe.skipIf(inject('postgres') === null)('registration numbers on the server [postgres]', () => {
  let team: TeamDatabase;
  beforeAll(async () => {
    team = await createTeamDatabase();
  });
  afterAll(async () => team.drop());

  it('formats registration numbers on the server exactly as the app does', async () => {
    // A seeded generator: the same 400 cases every run.
    let seed = 20261207;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [
      '{seq}',
      '{seq:1}',
      '{seq:3}',
      '{seq:9}',
      '{yyyy}',
      '{yy}',
      '{mm}',
      '{kind}',
      'Вх-',
      '/',
      '-',
      '№ ',
      'ә',
      '.',
    ];
    const cases = Array.from({ length: 400 }, () => {
      const format = [pieces[next(4)], ...Array.from({ length: next(6) }, () => pieces[next(pieces.length)])]
        .sort(() => next(3) - 1)
        .join('');
      const date = `${2000 + next(100)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
      return {
        format,
        seq: 1 + next(next(2) === 0 ? 12 : 2_000_000_000),
        date,
        kind: ['П', 'З', 'Р', 'О', 'ПР-1', ''][next(6)] as string,
      };
    }).filter((c) => numberFormatError(c.format) === null);
    expect(cases.length).toBeGreaterThan(300);
    const { rows } = await team.admin.query<{ n: string }>(
      `SELECT cd_format_number(f, s, d, k) AS n FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) WITH ORDINALITY AS c(f, s, d, k, i) ORDER BY i`,
      [
        cases.map((c) => c.format),
        cases.map((c) => c.seq),
        cases.map((c) => c.date),
        cases.map((c) => c.kind),
      ],
    );
    expect(rows.map((r) => r.n)).toEqual(
      cases.map((c) => formatRegistrationNumber(c.format, { seq: c.seq, date: c.date, kindCode: c.kind })),
    );
  });
});
