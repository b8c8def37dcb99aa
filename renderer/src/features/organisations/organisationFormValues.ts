import type { UseFormReturn } from 'react-hook-form';
import type { Jurisdiction } from '../../../../shared/domain/common';
import type { Organisation, OrganisationData } from '../../../../shared/domain/organisation';

/** Form state: the parsed shape, except that the jurisdiction starts unselected. */
export type OrganisationFormValues = Omit<OrganisationData, 'jurisdiction'> & {
  jurisdiction: Jurisdiction | '';
};
export type OrganisationFormApi = UseFormReturn<OrganisationFormValues, unknown, OrganisationData>;

export const emptyOrganisation = (): OrganisationFormValues => ({
  name: '',
  legalForm: '',
  registrationNumber: '',
  stateRegistrationNumber: '',
  jurisdiction: '',
  legalAddress: '',
  postalAddress: '',
  responsibleName: '',
  responsiblePosition: '',
  phone: '',
  email: '',
  policyTitle: '',
  policyUrl: '',
  policyVersionDate: '',
  policyClaimClause: '',
  applicableLaw: '',
  courtClause: '',
});

export const organisationFieldNames: readonly string[] = Object.keys(emptyOrganisation());

export const toOrganisationValues = (o: Organisation): OrganisationFormValues => ({
  name: o.name,
  legalForm: o.legalForm,
  registrationNumber: o.registrationNumber,
  stateRegistrationNumber: o.stateRegistrationNumber,
  jurisdiction: o.jurisdiction,
  legalAddress: o.legalAddress,
  postalAddress: o.postalAddress,
  responsibleName: o.responsibleName,
  responsiblePosition: o.responsiblePosition,
  phone: o.phone,
  email: o.email,
  policyTitle: o.policyTitle,
  policyUrl: o.policyUrl,
  policyVersionDate: o.policyVersionDate,
  policyClaimClause: o.policyClaimClause,
  applicableLaw: o.applicableLaw,
  courtClause: o.courtClause,
});
