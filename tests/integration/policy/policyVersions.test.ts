import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { confirmSamplePolicy, ISTORE_KG, policyFile } from './policyFixtures';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const load = (name: string) => {
  app.dialogs.nextOpen.push(policyFile(name));
  return app.call('policies:loadFile', {
    organisationId: orgId,
    effectiveDate: '2026-01-10',
    title: 'Политика',
  });
};

describe('policy versions', () => {
  it('stores pasted text as a draft with its hash, who loaded it, clauses and facts', async () => {
    const draft = await app.ok('policies:loadText', {
      organisationId: orgId,
      effectiveDate: '2025-03-01',
      title: 'Политика конфиденциальности',
      text: ISTORE_KG,
    });
    expect(draft).toMatchObject({
      seq: 1,
      status: 'draft',
      sourceKind: 'pasted',
      inForce: false,
      clauseCount: 73,
    });
    expect(draft.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(draft.loadedByOs).not.toBe('');
    expect(draft.clauses.find((c) => c.id === '8.2')?.text).toMatch(/^Получатель претензии/);
    expect(draft.facts.find((f) => f.type === 'claimPeriod')).toMatchObject({ amount: 30, ref: '8.2' });
    const history = await app.ok('audit:history', { entity: 'policyVersion', entityId: draft.id });
    expect(history.map((h) => h.action)).toEqual(['create']);
  });

  it('reads a Word file with list numbering, a PDF text layer and a saved web page', async () => {
    const docx = await load('kg-shop.docx');
    expect(docx.ok && docx.value?.clauses.find((c) => c.id === '5.2')?.text).toMatch(
      /15 \(пятнадцати\) рабочих дней/,
    );
    expect(docx.ok && docx.value?.sourceKind).toBe('docx');
    const pdf = await load('kz-shop-kk.pdf');
    expect(pdf.ok && pdf.value?.facts.find((f) => f.type === 'claimPeriod')).toMatchObject({
      amount: 10,
      ref: '6.2',
    });
    const html = await load('saved-page.html');
    expect(html.ok && html.value?.text).not.toMatch(/gtag|Каталог|©/);
    expect((await app.ok('policies:list', { organisationId: orgId })).map((v) => v.seq)).toEqual([3, 2, 1]);
  });

  it('a hostile or broken file gets a translated error and changes nothing', async () => {
    for (const [name, reason] of [
      ['scanned.pdf', 'errors.policy.noTextLayer'],
      ['broken.pdf', 'errors.policy.damaged'],
      ['broken.docx', 'errors.policy.damaged'],
      ['picture.txt', 'errors.policy.notText'],
      ['make-fixtures.ts', 'errors.policy.unsupported'],
    ] as const) {
      const result = await load(name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'VALIDATION', message: reason });
    }
    expect(await app.ok('policies:list', { organisationId: orgId })).toEqual([]);
    const audit = await app.ok('audit:verify');
    expect(audit.ok).toBe(true);
  });

  it('a zip bomb ends the reader process, not the app', async () => {
    const result = await load('bomb.docx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^errors\.policy\.(damaged|tooSlow)$/);
    expect(await app.ok('policies:list', { organisationId: orgId })).toEqual([]);
  }, 60_000);

  it('cancelling the dialog changes nothing', async () => {
    expect(
      await app.ok('policies:loadFile', { organisationId: orgId, effectiveDate: '2026-01-10', title: 'П' }),
    ).toBeNull();
  });

  it('the officer fixes a wrong split on the draft; facts are read again; rejections are kept', async () => {
    const draft = await app.ok('policies:loadText', {
      organisationId: orgId,
      effectiveDate: '2025-03-01',
      title: 'Политика',
      text: '1. Споры\n1.1. Претензия обязательна. Срок ответа на претензию — 30 календарных дней. 1.2 Иное.\n',
    });
    expect(draft.clauses.map((c) => c.id)).toEqual(['1', '1.1']);
    const period = draft.facts.find((f) => f.type === 'claimPeriod');
    const rejected = await app.ok('policies:setFact', {
      versionId: draft.id,
      factId: period?.id ?? '',
      accepted: false,
    });
    const at = draft.text.indexOf('1.2 Иное');
    const split = await app.ok('policies:editClauses', {
      versionId: draft.id,
      edit: { op: 'split', clauseId: '1.1', at, number: '1.2' },
    });
    expect(split.clauses.map((c) => [c.id, c.text])).toEqual([
      ['1', 'Споры'],
      ['1.1', 'Претензия обязательна. Срок ответа на претензию — 30 календарных дней.'],
      ['1.2', 'Иное.'],
    ]);
    expect(split.facts.find((f) => f.id === period?.id)?.accepted).toBe(false);
    expect(rejected.text).toBe(split.text);
    const renumbered = await app.ok('policies:editClauses', {
      versionId: draft.id,
      edit: { op: 'renumber', clauseId: '1.2', number: '1.3' },
    });
    expect(renumbered.warnings).toEqual([{ code: 'gap', clauseId: '1.3', detail: '1.2' }]);
    const merged = await app.ok('policies:editClauses', {
      versionId: draft.id,
      edit: { op: 'merge', clauseId: '1.3' },
    });
    expect(merged.clauses.map((c) => c.id)).toEqual(['1', '1.1']);
    const taken = await app.call('policies:editClauses', {
      versionId: draft.id,
      edit: { op: 'renumber', clauseId: '1.1', number: '1' },
    });
    expect(!taken.ok && taken.error.message).toBe('errors.policy.numberTaken');
    const history = await app.ok('audit:history', { entity: 'policyVersion', entityId: draft.id });
    expect(history).toHaveLength(5);
  });

  it('a confirmed version is frozen; the text of any version cannot be changed even by SQL', async () => {
    const confirmed = await confirmSamplePolicy(app, orgId);
    expect(confirmed).toMatchObject({ status: 'confirmed', inForce: true });
    const edit = await app.call('policies:editClauses', {
      versionId: confirmed.id,
      edit: { op: 'merge', clauseId: '1.1' },
    });
    expect(!edit.ok && edit.error).toMatchObject({ code: 'CONFLICT', message: 'errors.policy.notDraft' });
    await expect(
      app.ctx.db.run("UPDATE policy_versions SET facts = '[]' WHERE id = :id", { id: confirmed.id }),
    ).rejects.toThrow(/frozen/);
    const draft = await app.ok('policies:loadText', {
      organisationId: orgId,
      effectiveDate: '2026-01-01',
      title: 'П',
      text: ISTORE_KG,
    });
    await expect(
      app.ctx.db.run("UPDATE policy_versions SET text = 'x' WHERE id = :id", { id: draft.id }),
    ).rejects.toThrow(/never edited/);
    await expect(
      app.ctx.db.run('DELETE FROM policy_versions WHERE id = :id', { id: draft.id }),
    ).rejects.toThrow(/evidence/);
    const withdrawn = await app.ok('policies:withdraw', { versionId: draft.id });
    expect(withdrawn.status).toBe('withdrawn');
  });

  it('the version in force is the confirmed one with the latest effective date not after today', async () => {
    await confirmSamplePolicy(app, orgId, '2025-03-01');
    const future = await confirmSamplePolicy(app, orgId, '2027-01-01');
    const list = await app.ok('policies:list', { organisationId: orgId });
    expect(list.map((v) => [v.effectiveDate, v.inForce])).toEqual([
      ['2027-01-01', false],
      ['2025-03-01', true],
    ]);
    expect(future.inForce).toBe(false);
  });
});
