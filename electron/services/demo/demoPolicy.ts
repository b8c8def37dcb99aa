import { readFile } from 'node:fs/promises';
import type { Organisation } from '../../../shared/domain/organisation';
import type { AppContext } from '../../context';
import { resourcePath } from '../../runtimeAssets';
import { policyService } from '../policy/policyVersions';

/** The demo shop's published policy, loaded and confirmed as an officer would (both audited). */
export const loadDemoPolicy = async (ctx: AppContext, org: Organisation, file: string): Promise<void> => {
  const policies = policyService(ctx);
  const draft = await policies.loadShippedText({
    organisationId: org.id,
    effectiveDate: org.policyVersionDate !== '' ? org.policyVersionDate : '2025-01-01',
    title: org.policyTitle !== '' ? org.policyTitle : 'Политика конфиденциальности',
    text: await readFile(resourcePath(ctx.paths.resourcesDir, 'demo-policies', file), 'utf8'),
  });
  await policies.confirm(draft.id);
};
