import type { Organisation, OrganisationData } from '../../../shared/domain/organisation';
import type { Queryable } from '../connection';

interface OrganisationRow {
  id: number;
  name: string;
  legal_form: string;
  registration_number: string;
  state_registration_number: string;
  jurisdiction: Organisation['jurisdiction'];
  legal_address: string;
  postal_address: string;
  responsible_name: string;
  responsible_position: string;
  phone: string;
  email: string;
  policy_title: string;
  policy_url: string;
  policy_version_date: string | null;
  policy_claim_clause: string;
  applicable_law: string;
  court_clause: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

const toOrganisation = (r: OrganisationRow): Organisation => ({
  id: r.id,
  name: r.name,
  legalForm: r.legal_form,
  registrationNumber: r.registration_number,
  stateRegistrationNumber: r.state_registration_number,
  jurisdiction: r.jurisdiction,
  legalAddress: r.legal_address,
  postalAddress: r.postal_address,
  responsibleName: r.responsible_name,
  responsiblePosition: r.responsible_position,
  phone: r.phone,
  email: r.email,
  policyTitle: r.policy_title,
  policyUrl: r.policy_url,
  policyVersionDate: r.policy_version_date ?? '',
  policyClaimClause: r.policy_claim_clause,
  applicableLaw: r.applicable_law,
  courtClause: r.court_clause,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
});

const params = (d: OrganisationData) => ({
  name: d.name,
  legalForm: d.legalForm,
  registrationNumber: d.registrationNumber,
  stateRegistrationNumber: d.stateRegistrationNumber,
  jurisdiction: d.jurisdiction,
  legalAddress: d.legalAddress,
  postalAddress: d.postalAddress,
  responsibleName: d.responsibleName,
  responsiblePosition: d.responsiblePosition,
  phone: d.phone,
  email: d.email,
  policyTitle: d.policyTitle,
  policyUrl: d.policyUrl,
  policyVersionDate: d.policyVersionDate || null,
  policyClaimClause: d.policyClaimClause,
  applicableLaw: d.applicableLaw,
  courtClause: d.courtClause,
});

export const findOrganisation = async (q: Queryable, id: number): Promise<Organisation | null> => {
  const row = await q.get<OrganisationRow>('SELECT * FROM organisations WHERE id = :id', { id });
  return row ? toOrganisation(row) : null;
};

export const listOrganisations = async (q: Queryable, includeArchived: boolean): Promise<Organisation[]> =>
  (
    await q.all<OrganisationRow>(
      `SELECT * FROM organisations WHERE :includeArchived = 1 OR archived_at IS NULL ORDER BY name COLLATE NOCASE, id`,
      { includeArchived: includeArchived ? 1 : 0 },
    )
  ).map(toOrganisation);

export const countOrganisations = async (q: Queryable): Promise<number> =>
  (await q.get<{ n: number }>('SELECT COUNT(*) AS n FROM organisations'))?.n ?? 0;

export const insertOrganisation = async (q: Queryable, d: OrganisationData, now: string): Promise<number> =>
  (
    await q.run(
      `INSERT INTO organisations (name, legal_form, registration_number, state_registration_number, jurisdiction, legal_address, postal_address,
         responsible_name, responsible_position, phone, email, policy_title, policy_url, policy_version_date,
         policy_claim_clause, applicable_law, court_clause, created_at, updated_at)
       VALUES (:name, :legalForm, :registrationNumber, :stateRegistrationNumber, :jurisdiction, :legalAddress, :postalAddress,
         :responsibleName, :responsiblePosition, :phone, :email, :policyTitle, :policyUrl, :policyVersionDate,
         :policyClaimClause, :applicableLaw, :courtClause, :now, :now)`,
      { ...params(d), now },
    )
  ).lastID;

export const updateOrganisation = async (
  q: Queryable,
  id: number,
  d: OrganisationData,
  now: string,
): Promise<void> => {
  await q.run(
    `UPDATE organisations SET name = :name, legal_form = :legalForm, registration_number = :registrationNumber,
       state_registration_number = :stateRegistrationNumber, jurisdiction = :jurisdiction, legal_address = :legalAddress, postal_address = :postalAddress,
       responsible_name = :responsibleName, responsible_position = :responsiblePosition, phone = :phone,
       email = :email, policy_title = :policyTitle, policy_url = :policyUrl,
       policy_version_date = :policyVersionDate, policy_claim_clause = :policyClaimClause,
       applicable_law = :applicableLaw, court_clause = :courtClause, updated_at = :now
     WHERE id = :id`,
    { ...params(d), id, now },
  );
};

export const setOrganisationArchived = async (
  q: Queryable,
  id: number,
  archivedAt: string | null,
  now: string,
) => {
  await q.run('UPDATE organisations SET archived_at = :archivedAt, updated_at = :now WHERE id = :id', {
    id,
    archivedAt,
    now,
  });
};
