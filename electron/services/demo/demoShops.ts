import type { OrganisationInput } from '../../../shared/domain/organisation';
import type { RecipientInput } from '../../../shared/domain/recipient';
import { demoKgShop, demoKzShop } from './demoOrganisations';
import { demoKgRecipients, demoKzRecipients } from './demoRecipients';
import { demoRuRecipients, demoRuShop } from './demoRuShop';

export interface DemoShop {
  shop: OrganisationInput;
  recipients: Omit<RecipientInput, 'organisationId'>[];
  /** The shop's published privacy policy shipped in `resources/demo-policies/`, if it has one. */
  policyFile?: string;
}

/** The three demo shops; the first (KG) becomes current and carries the ledger, incident and letters. */
export const DEMO_SHOPS: readonly DemoShop[] = [
  { shop: demoKgShop, recipients: demoKgRecipients, policyFile: 'istore-kg.txt' },
  { shop: demoKzShop, recipients: demoKzRecipients, policyFile: 'jetu-market.md' },
  { shop: demoRuShop, recipients: demoRuRecipients, policyFile: 'domovenok.md' },
];

/** A demo shop is recognised by its name and registration number together (an officer's shop is never taken for one). */
export const isDemoShop = (o: { name: string; registrationNumber: string }): boolean =>
  DEMO_SHOPS.some((d) => d.shop.name === o.name && d.shop.registrationNumber === o.registrationNumber);
