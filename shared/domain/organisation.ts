import { z } from 'zod';
import {
  Id,
  Jurisdiction,
  Timestamps,
  optionalEmail,
  optionalIsoDate,
  optionalText,
  optionalUrl,
  requiredText,
  whenStrings,
} from './common';
import { registrationNumberError } from './registrationNumber';

/**
 * RU ОГРН (13 digits: the first 12 mod 11, mod 10, is the 13th) or ОГРНИП (15 digits: the first 14
 * mod 13, mod 10, is the 15th). Empty is allowed (the field is optional).
 */
export const isValidOgrn = (value: string): boolean => {
  if (value === '') return true;
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const body = BigInt(value.slice(0, -1));
  const divisor = value.length === 13 ? 11n : 13n;
  return String((body % divisor) % 10n) === value.slice(-1);
};

/** An operator of personal data: one shop (or the legal entity behind several). */
export const OrganisationInput = z
  .object({
    name: requiredText(300),
    legalForm: optionalText(100),
    registrationNumber: requiredText(40),
    /** RU: ОГРН (13 digits) or ОГРНИП (15), printed in the Roskomnadzor notice; elsewhere free text. */
    stateRegistrationNumber: optionalText(40),
    jurisdiction: Jurisdiction,
    legalAddress: optionalText(500),
    postalAddress: optionalText(500),
    responsibleName: optionalText(200),
    responsiblePosition: optionalText(200),
    phone: optionalText(100),
    email: optionalEmail,
    policyTitle: optionalText(300),
    policyUrl: optionalUrl,
    policyVersionDate: optionalIsoDate,
    /** Clause of the policy that sets the claim period, cited in deadlines (e.g. "8.2"). */
    policyClaimClause: optionalText(40),
    applicableLaw: optionalText(2000),
    courtClause: optionalText(2000),
  })
  .superRefine(
    (org, ctx) => {
      const problem = registrationNumberError(org.jurisdiction, org.registrationNumber);
      if (problem) ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: problem });
    },
    { when: whenStrings('jurisdiction', 'registrationNumber') },
  )
  .superRefine(
    (org, ctx) => {
      if (org.jurisdiction === 'RU' && !isValidOgrn(org.stateRegistrationNumber.trim()))
        ctx.addIssue({
          code: 'custom',
          path: ['stateRegistrationNumber'],
          message: 'validation.regNumber.ogrn',
        });
    },
    { when: whenStrings('jurisdiction', 'stateRegistrationNumber') },
  );
export type OrganisationInput = z.input<typeof OrganisationInput>;
export type OrganisationData = z.output<typeof OrganisationInput>;

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  legalForm: z.string(),
  registrationNumber: z.string(),
  stateRegistrationNumber: z.string(),
  jurisdiction: Jurisdiction,
  legalAddress: z.string(),
  postalAddress: z.string(),
  responsibleName: z.string(),
  responsiblePosition: z.string(),
  phone: z.string(),
  email: z.string(),
  policyTitle: z.string(),
  policyUrl: z.string(),
  policyVersionDate: z.string(),
  policyClaimClause: z.string(),
  applicableLaw: z.string(),
  courtClause: z.string(),
  ...Timestamps.shape,
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationUpdate = z.object({ id: Id, data: OrganisationInput });
export const OrganisationListQuery = z.object({ includeArchived: z.boolean().default(false) }).default({
  includeArchived: false,
});
