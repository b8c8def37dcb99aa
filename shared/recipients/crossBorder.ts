import type { Jurisdiction } from '../domain/common';

/** A transfer is cross-border when the recipient sits outside the operator's country. */
export const isCrossBorder = (operatorJurisdiction: Jurisdiction, recipientCountry: string): boolean =>
  recipientCountry !== '' && recipientCountry !== operatorJurisdiction;
