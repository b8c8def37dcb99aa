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

/** An operator of personal data: one shop (or the legal entity behind several). */
export const OrganisationInput = z
  .object({
    name: requiredText(300),
    legalForm: optionalText(100),
    registrationNumber: requiredText(40),
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
  );
export type OrganisationInput = z.input<typeof OrganisationInput>;
export type OrganisationData = z.output<typeof OrganisationInput>;

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  legalForm: z.string(),
  registrationNumber: z.string(),
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
