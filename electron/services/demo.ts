import { DomainError } from '../../shared/ipc/result';
import { OrganisationInput } from '../../shared/domain/organisation';
import { RecipientInput } from '../../shared/domain/recipient';
import type { AppContext } from '../context';
import { listOrganisations } from '../db/repositories/organisationRepository';
import { demoKgShop, demoKzShop } from './demo/demoOrganisations';
import { demoKgRecipients, demoKzRecipients } from './demo/demoRecipients';
import { organisationService } from './organisations';
import { recipientService } from './recipients';
import { policyService } from './policy/policyVersions';
import { readFile } from 'node:fs/promises';
import { resourcePath } from '../runtimeAssets';

/** Loads two demonstration shops (KG and KZ) through the ordinary services, so they are audited too. */
export const loadDemoData = async (
  ctx: AppContext,
): Promise<{ organisations: number; recipients: number }> => {
  const existing = await listOrganisations(ctx.db, true);
  const demoNumbers = [demoKgShop.registrationNumber, demoKzShop.registrationNumber];
  if (existing.some((o) => demoNumbers.includes(o.registrationNumber))) {
    throw new DomainError('CONFLICT', 'errors.demoLoaded');
  }
  const organisations = organisationService(ctx);
  const recipients = recipientService(ctx);
  let recipientCount = 0;
  const policies = policyService(ctx);
  const shops = [
    { shop: demoKgShop, list: demoKgRecipients, policy: 'istore-kg.txt' },
    { shop: demoKzShop, list: demoKzRecipients, policy: 'jetu-market.md' },
  ];
  let firstId: number | null = null;
  for (const { shop, list, policy } of shops) {
    const org = await organisations.create(OrganisationInput.parse(shop));
    firstId ??= org.id;
    // The shop's published policy, loaded and confirmed like an officer would (both audited).
    const draft = await policies.loadShippedText({
      organisationId: org.id,
      effectiveDate: shop.policyVersionDate ?? '2025-01-01',
      title: shop.policyTitle ?? 'Политика конфиденциальности',
      text: await readFile(resourcePath(ctx.paths.resourcesDir, 'demo-policies', policy), 'utf8'),
    });
    await policies.confirm(draft.id);
    for (const recipient of list) {
      await recipients.create(RecipientInput.parse({ ...recipient, organisationId: org.id }));
      recipientCount += 1;
    }
  }
  if (firstId !== null) ctx.settings.write({ currentOrganisationId: firstId });
  return { organisations: shops.length, recipients: recipientCount };
};
