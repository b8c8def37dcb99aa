import { expect, it } from 'vitest';
import { fieldLabelIn, lookUp } from '../../shared/audit/auditLabels';
import type { AuditEntity } from '../../shared/domain/audit';
import { uiEn } from '../../shared/i18n/ui/en';
import { uiRu } from '../../shared/i18n/ui/ru';
import { startTestApp } from '../support/testContext';
import { breachInput } from './breachesFixtures';
import { claimInput, shopRu } from './correspondenceFixtures';

it('every field of every audited snapshot has a translated label (the audit screen never shows a raw key)', async () => {
  const app = await startTestApp();
  await app.ok('demo:load');
  const org = await app.ok('organisations:create', shopRu);
  await app.ok('correspondence:register', claimInput(org.id));
  const incident = await app.ok('breaches:create', breachInput(org.id));
  await app.ok('breaches:recordNotification', {
    incidentId: incident.id,
    addressee: 'regulator',
    sentAt: '2026-11-22T10:00:00Z',
    channel: 'portal',
  });
  await app.ok('audit:seal');
  const rows = await app.ctx.db.all<{
    entity: AuditEntity;
    after_json: string | null;
    before_json: string | null;
  }>('SELECT entity, after_json, before_json FROM audit_log');
  const unlabelled = new Set<string>();
  for (const row of rows)
    for (const json of [row.after_json, row.before_json])
      for (const field of json ? Object.keys(JSON.parse(json) as object) : [])
        for (const resources of [uiRu, uiEn])
          if (fieldLabelIn(resources, row.entity, field) === lookUp(resources, 'auditTrail.otherField'))
            unlabelled.add(`${row.entity}.${field}`);
  expect([...unlabelled]).toEqual([]);
  for (const row of rows) expect(lookUp(uiRu, `auditTrail.entities.${row.entity}`)).not.toBeNull();
  await app.close();
});
