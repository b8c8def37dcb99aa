import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../../support/testContext';

const root = join(__dirname, '../../..');
export const ISTORE_KG = readFileSync(join(root, 'resources/demo-policies/istore-kg.txt'), 'utf8');
export const policyFile = (name: string) => join(root, 'tests/fixtures/policies', name);

/** Loads the sample policy as pasted text and confirms it. */
export const confirmSamplePolicy = async (
  app: TestApp,
  organisationId: number,
  effectiveDate = '2025-03-01',
) => {
  const draft = await app.ok('policies:loadText', {
    organisationId,
    effectiveDate,
    title: 'Политика конфиденциальности istore.kg',
    text: ISTORE_KG,
  });
  return app.ok('policies:confirm', { versionId: draft.id });
};
