import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { problemCondition } from '../../electron/db/repositories/recipientListRepository';
import { storeOf } from '../../electron/db/store/interop';
import { sha256OfFile } from '../../electron/services/attachments';
import { InstructionRequisite, RegisterProblem } from '../../shared/domain/recipient';
import { describeEngines } from '../support/engines';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { rawSession, sqlState } from '../support/teamSql';
import { startTestApp, type TestApp } from '../support/testContext';

describeEngines('recipient register', (engine) => {
  let app: TestApp;
  let orgId: number;
  beforeEach(async () => {
    app = await startTestApp({ engine });
    orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  });
  afterEach(async () => app.close());

  /** What deleting every recipient ends with: SQLite's trigger message, or PostgreSQL's SQLSTATE. */
  const deleteAll = async (): Promise<string> => {
    if (!app.team)
      return app.ctx.db.run('DELETE FROM recipients').then(
        () => 'deleted',
        (error: Error) => error.message,
      );
    const officer = await rawSession(app.team, app.team.logins.officer);
    try {
      return await sqlState(officer.client.query('DELETE FROM recipients'));
    } finally {
      await officer.client.end();
    }
  };

  it('creates a recipient and reads it back with derived fields', async () => {
    const created = await app.ok('recipients:create', recipientInput(orgId));
    expect(created).toMatchObject({
      legalName: 'ОсОО «Курьер Плюс»',
      crossBorder: false,
      problems: [],
      archivedAt: null,
    });
    expect(await app.ok('recipients:get', { id: created.id })).toEqual(created);
  });

  it('rejects an invalid payload with field errors and writes nothing', async () => {
    const result = await app.call('recipients:create', {
      ...recipientInput(orgId),
      country: 'RU',
      registrationNumber: '7704583722',
      legalName: '  ',
      dataCategories: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fieldErrors).toMatchObject({
      legalName: ['validation.required'],
      dataCategories: ['validation.choose'],
      registrationNumber: ['validation.regNumber.RU.checksum'],
    });
    expect((await app.ok('recipients:list', { organisationId: orgId })).total).toBe(0);
  });

  it('refuses a recipient for an unknown organisation', async () => {
    const result = await app.call('recipients:create', recipientInput(9999));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { organisationId: ['errors.notFound'] } },
    });
  });

  it('derives the cross-border flag from the country and the organisation jurisdiction', async () => {
    const foreign = await app.ok(
      'recipients:create',
      recipientInput(orgId, { country: 'RU', registrationNumber: '' }),
    );
    expect(foreign.crossBorder).toBe(true);
    expect(foreign.problems).toContain('noTransferNotice');
    // KG operator: the transfer notice is the notice to subjects (Decree No. 759).
    const noticed = await app.ok('recipients:update', {
      id: foreign.id,
      data: recipientInput(orgId, { country: 'RU', registrationNumber: '', subjectNoticeDate: '2025-01-01' }),
    });
    expect(noticed.problems).not.toContain('noTransferNotice');
    // The operator moves to RU: the same recipient is now domestic.
    await app.ok('organisations:update', {
      id: orgId,
      data: { ...kgOrganisation, jurisdiction: 'RU', registrationNumber: '7707083893' },
    });
    const list = await app.ok('recipients:list', { organisationId: orgId, crossBorder: 'yes' });
    expect(list.total).toBe(0);
    expect((await app.ok('recipients:get', { id: foreign.id })).crossBorder).toBe(false);
  });

  it('searches by a fragment of the name (Cyrillic, any case) or the registration number', async () => {
    await app.ok(
      'recipients:create',
      recipientInput(orgId, { legalName: 'ГП «Кыргыз почтасы»', type: 'postal' }),
    );
    await app.ok(
      'recipients:create',
      recipientInput(orgId, {
        legalName: 'ОАО «Оптима Банк»',
        type: 'bank',
        registrationNumber: '02708199110074',
      }),
    );
    const byName = await app.ok('recipients:list', { organisationId: orgId, search: 'ПОЧТАС' });
    expect(byName.items.map((r) => r.legalName)).toEqual(['ГП «Кыргыз почтасы»']);
    const byNumber = await app.ok('recipients:list', { organisationId: orgId, search: '0270819' });
    expect(byNumber.items.map((r) => r.legalName)).toEqual(['ОАО «Оптима Банк»']);
    const wildcard = await app.ok('recipients:list', { organisationId: orgId, search: '%' });
    expect(wildcard.total).toBe(0);
  });

  it('filters by type, status and problems, sorts and pages', async () => {
    for (let i = 0; i < 12; i += 1) {
      await app.ok(
        'recipients:create',
        recipientInput(orgId, {
          legalName: `Получатель ${String(i).padStart(2, '0')}`,
          type: i % 2 ? 'bank' : 'courier',
          status: i % 3 ? 'active' : 'ended',
          contractNumber: i === 5 ? '' : 'Д-1',
          contractDate: i === 5 ? '' : '2025-01-01',
          reviewDate: i === 7 ? '2026-01-01' : '2027-01-01',
        }),
      );
    }
    const banks = await app.ok('recipients:list', { organisationId: orgId, types: ['bank'] });
    expect(banks.total).toBe(6);
    const ended = await app.ok('recipients:list', { organisationId: orgId, status: 'ended' });
    expect(ended.total).toBe(4);
    const problems = await app.ok('recipients:list', {
      organisationId: orgId,
      problemsOnly: true,
      today: '2026-11-22',
    });
    expect(problems.items.map((r) => [r.legalName, r.problems])).toEqual([
      ['Получатель 05', ['noContract']],
      ['Получатель 07', ['reviewOverdue']],
    ]);
    const page2 = await app.ok('recipients:list', {
      organisationId: orgId,
      sort: 'legalName',
      direction: 'desc',
      limit: 5,
      offset: 5,
    });
    expect(page2.total).toBe(12);
    expect(page2.items.map((r) => r.legalName)).toEqual([
      'Получатель 06',
      'Получатель 05',
      'Получатель 04',
      'Получатель 03',
      'Получатель 02',
    ]);
  });

  it('archives and restores, never deletes, and rejects edits of an archived record', async () => {
    const r = await app.ok('recipients:create', recipientInput(orgId));
    const archived = await app.ok('recipients:archive', { id: r.id, reason: 'Договор расторгнут' });
    expect(archived.archivedAt).not.toBeNull();
    expect((await app.ok('recipients:list', { organisationId: orgId })).total).toBe(0);
    expect((await app.ok('recipients:list', { organisationId: orgId, archived: true })).total).toBe(1);
    const edit = await app.call('recipients:update', {
      id: r.id,
      data: recipientInput(orgId, { legalName: 'Новое' }),
    });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const restored = await app.ok('recipients:restore', { id: r.id });
    expect(restored.archivedAt).toBeNull();
    expect(await deleteAll()).toMatch(engine === 'sqlite' ? /archived, not deleted/ : /^42501$/);
    // Archived again with another reason: the register shows the new one.
    const again = await app.ok('recipients:archive', { id: r.id, reason: 'Поставщик сменился' });
    expect(again.archiveReason).toBe('Поставщик сменился');
    expect((await app.ok('recipients:restore', { id: r.id })).archiveReason).toBeNull();
  });

  it('checks each recipient against its last audited snapshot and finds one changed behind the app', async () => {
    const r = await app.ok('recipients:create', recipientInput(orgId));
    await app.ok('recipients:archive', { id: r.id, reason: 'Договор расторгнут' });
    expect((await app.ok('audit:verify')).records.findings).toEqual([]);
    // Someone with the file or the database owner's credentials renames it without the app.
    const rename = "UPDATE recipients SET legal_name = 'Подмена'";
    if (app.team) {
      await app.team.admin.query(`BEGIN; SET LOCAL session_replication_role = replica; ${rename}; COMMIT`);
    } else await app.ctx.db.run(rename);
    expect((await app.ok('audit:verify')).records.findings).toEqual([
      { entity: 'recipient', entityId: r.id, kind: 'changed', fields: ['legalName'] },
    ]);
  });

  it('attaches a contract file: copies it into the data folder and records its SHA-256', async () => {
    const r = await app.ok(
      'recipients:create',
      recipientInput(orgId, { contractNumber: '', contractDate: '' }),
    );
    expect(r.problems).toEqual(['noContract']);
    const source = join(app.dir, 'Договор КД-1.pdf');
    await writeFile(source, '%PDF-1.4 contract');
    app.dialogs.nextOpen.push(source);
    const attached = await app.ok('recipients:attachContract', { id: r.id });
    expect(attached?.contractFile).toMatchObject({
      fileName: 'Договор КД-1.pdf',
      sha256: await sha256OfFile(source),
      size: 17,
    });
    expect(attached?.problems).toEqual([]);
    // Cancelled dialog: nothing changes.
    expect(await app.ok('recipients:attachContract', { id: r.id })).toBeNull();
  });

  it('exports the register to CSV (UTF-8 BOM, semicolons) and XLSX at the chosen path', async () => {
    await app.ok('recipients:create', recipientInput(orgId, { legalName: 'ОсОО «Курьер; Плюс»' }));
    const csvPath = join(app.dir, 'register.csv');
    app.dialogs.nextSave.push(csvPath);
    expect(await app.ok('recipients:export', { organisationId: orgId, format: 'csv' })).toEqual({
      path: csvPath,
    });
    const csv = await readFile(csvPath);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('"ОсОО «Курьер; Плюс»"');
    const xlsxPath = join(app.dir, 'register.xlsx');
    app.dialogs.nextSave.push(xlsxPath);
    await app.ok('recipients:export', { organisationId: orgId, format: 'xlsx' });
    expect((await readFile(xlsxPath)).subarray(0, 2).toString()).toBe('PK');
    expect(await app.ok('recipients:export', { organisationId: orgId, format: 'csv' })).toBeNull();
  });

  it('each SQL problem condition agrees with its shared rule, for RU, KZ and KG organisations', async () => {
    const ruOrg = (
      await app.ok('organisations:create', {
        ...kgOrganisation,
        jurisdiction: 'RU',
        registrationNumber: '7707083893',
      })
    ).id;
    const kzOrg = (
      await app.ok('organisations:create', {
        ...kgOrganisation,
        jurisdiction: 'KZ',
        registrationNumber: '180540023458',
      })
    ).id;
    const countries = ['KG', 'RU', 'KZ', 'US'];
    const keys = InstructionRequisite.options;
    let seed = 7;
    const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 48271) % 2147483647) % xs.length] as T;
    for (const org of [orgId, ruOrg, kzOrg]) {
      for (let i = 0; i < 40; i += 1) {
        const contract = pick([true, false]);
        await app.ok(
          'recipients:create',
          recipientInput(org, {
            legalName: `R${i}`,
            registrationNumber: '',
            country: pick(countries),
            role: pick(['processor', 'independent', 'stateBody']),
            status: pick(['active', 'active', 'ended']),
            contractNumber: contract ? 'Д' : '',
            contractDate: contract ? '2025-01-01' : '',
            contractEndDate: contract ? pick(['', '2026-06-30', '2027-12-31']) : '',
            instruction: Object.fromEntries(keys.map((k) => [k, pick([true, true, true, false])])),
            reviewDate: pick(['', '2026-01-01', '2027-01-01']),
            transferNoticeDate: pick(['', '2025-05-05']),
            subjectNoticeDate: pick(['', '2025-05-05']),
          }),
        );
      }
      const all = await app.ok('recipients:list', { organisationId: org, limit: 500, today: '2026-11-22' });
      const flagged = await app.ok('recipients:list', {
        organisationId: org,
        limit: 500,
        today: '2026-11-22',
        problemsOnly: true,
      });
      const expected = all.items.filter((r) => r.problems.length > 0).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(5);
      expect(expected.length).toBeLessThan(40);
      expect(flagged.items.map((r) => r.id)).toEqual(expected);
      // Rule by rule: the repository's condition selects exactly the recipients the shared rule flags.
      for (const problem of RegisterProblem.options) {
        const db = storeOf(app.ctx).read;
        const rows = await db.k
          .selectFrom('recipients as r')
          .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
          .select('r.id')
          .where('r.organisation_id', '=', org)
          .where(problemCondition(db.engine, problem, '2026-11-22'))
          .orderBy('r.id')
          .execute();
        const byRule = all.items
          .filter((r) => r.problems.includes(problem))
          .map((r) => r.id)
          .sort((a, b) => a - b);
        expect(
          rows.map((r) => r.id),
          problem,
        ).toEqual(byRule);
      }
    }
  });
});
