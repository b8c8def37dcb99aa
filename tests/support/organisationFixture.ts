import { OrganisationInput, type Organisation } from '../../shared/domain/organisation';
import { findOrganisation } from '../../electron/db/repositories/organisationRepository';
import { auditedChange } from '../../electron/db/store/auditedChange';
import type { TestApp } from './testContext';

/**
 * Creates an organisation on either engine. SQLite: through the channel, as the app does.
 * PostgreSQL: the organisations repository is not converted yet (the ledger and legal-output work
 * is changing it), so this inserts the row through the typed layer as the logged-in officer, with its
 * audit entry — what `organisations:create` will do once converted (docs/team-mode.md).
 */
export const createOrganisation = async (app: TestApp, input: OrganisationInput): Promise<Organisation> => {
  if (app.engine === 'sqlite') return app.ok('organisations:create', input);
  const d = OrganisationInput.parse(input);
  return auditedChange(app.ctx, async ({ tx, now, audit }) => {
    const { id } = await tx.k
      .insertInto('organisations')
      .values({
        name: d.name,
        legal_form: d.legalForm,
        registration_number: d.registrationNumber,
        jurisdiction: d.jurisdiction,
        legal_address: d.legalAddress,
        postal_address: d.postalAddress,
        responsible_name: d.responsibleName,
        responsible_position: d.responsiblePosition,
        phone: d.phone,
        email: d.email,
        policy_title: d.policyTitle,
        policy_url: d.policyUrl,
        policy_version_date: d.policyVersionDate || null,
        policy_claim_clause: d.policyClaimClause,
        applicable_law: d.applicableLaw,
        court_clause: d.courtClause,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const org = await findOrganisation(tx.legacy, id);
    if (!org) throw new Error('the organisation just created is not visible to its creator');
    await audit({
      entity: 'organisation',
      entityId: id,
      organisationId: id,
      action: 'create',
      before: null,
      after: org,
    });
    return org;
  });
};
