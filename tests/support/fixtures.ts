import type { OrganisationInput } from '../../shared/domain/organisation';
import type { RecipientInput } from '../../shared/domain/recipient';

export const kgOrganisation: OrganisationInput = {
  name: 'Интернет-магазин «Тест КГ»',
  legalForm: 'ОсОО',
  registrationNumber: '02311201910245',
  jurisdiction: 'KG',
  legalAddress: 'г. Бишкек, пр. Чуй, 1',
  responsibleName: 'Асанова А. Б.',
  responsiblePosition: 'Ответственный за обработку ПД',
  email: 'privacy@test.kg',
};

export const recipientInput = (
  organisationId: number,
  overrides: Partial<RecipientInput> = {},
): RecipientInput => ({
  organisationId,
  type: 'courier',
  legalName: 'ОсОО «Курьер Плюс»',
  registrationNumber: '01505201810077',
  country: 'KG',
  role: 'processor',
  legalBasis: 'contract',
  purposes: 'Доставка заказов',
  dataCategories: ['fullName', 'phone', 'deliveryAddress'],
  contractNumber: 'КД-1',
  contractDate: '2025-01-10',
  // The clauses KG Law No. 58 art. 17 asks of a processor's contract.
  instruction: { securityGuarantees: true, organisationalMeasures: true, confidentialityAndSecurity: true },
  ...overrides,
});
