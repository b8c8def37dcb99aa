import { DomainError } from '../../shared/ipc/result';
import { OrganisationInput } from '../../shared/domain/organisation';
import { RecipientInput } from '../../shared/domain/recipient';
import type { AppContext } from '../context';
import { listOrganisations } from '../db/repositories/organisationRepository';
import { demoKgShop, demoKzShop } from './demo/demoOrganisations';
import { demoKgRecipients, demoKzRecipients } from './demo/demoRecipients';
import { organisationService } from './organisations';
import { recipientService } from './recipients';

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
  const shops = [
    { shop: demoKgShop, list: demoKgRecipients },
    { shop: demoKzShop, list: demoKzRecipients },
  ];
  let firstId: number | null = null;
  for (const { shop, list } of shops) {
    const org = await organisations.create(OrganisationInput.parse(shop));
    firstId ??= org.id;
    for (const recipient of list) {
      await recipients.create(RecipientInput.parse({ ...recipient, organisationId: org.id }));
      recipientCount += 1;
    }
  }
  if (firstId !== null) ctx.settings.write({ currentOrganisationId: firstId });
  return { organisations: shops.length, recipients: recipientCount };
};
