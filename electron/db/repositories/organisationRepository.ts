import { sql, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { Organisation, OrganisationData } from '../../../shared/domain/organisation';
import type { OrganisationPageQuery } from '../../../shared/domain/organisationQuery';
import { sortKey } from '../../../shared/format/sortKey';
import type { Queryable } from '../connection';
import { dbOf } from '../store/interop';
import type { OrganisationsTable } from '../store/schema';
import { containsPattern } from './likePattern';
import type { Db, Tx } from '../store/types';

type OrganisationRow = Selectable<OrganisationsTable>;
type OrganisationPageQueryParsed = z.output<typeof OrganisationPageQuery>;

/** Unconverted callers still read with a Queryable (ctx.db or a legacy transaction). */
type Reader = Db | Queryable;

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

/** The columns the form edits (the one mapping from the form's fields, for insert and update). */
const toColumns = (d: OrganisationData, now: string) =>
  ({
    name: d.name,
    name_key: sortKey(d.name),
    legal_form: d.legalForm,
    registration_number: d.registrationNumber,
    state_registration_number: d.stateRegistrationNumber,
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
    updated_at: now,
  }) satisfies Partial<Insertable<OrganisationsTable>>;

/** An organisation (in team mode: only one the user was granted). */
export const findOrganisation = async (q: Reader, id: number): Promise<Organisation | null> => {
  const row = await dbOf(q).k.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : null;
};

/** Ordered by name, case-insensitively in every alphabet (name_key), the same on both engines. */
export const listOrganisations = async (q: Reader, includeArchived: boolean): Promise<Organisation[]> => {
  let query = dbOf(q).k.selectFrom('organisations').selectAll();
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return (await query.orderBy('name_key').orderBy('id').execute()).map(toOrganisation);
};

/**
 * One page of the organisations list, by name. The name is matched through its lower-cased sort key
 * (so «ОСОО» finds «осоо» in every alphabet on both engines), the registration number as typed.
 */
export const pageOrganisations = async (q: Reader, query: OrganisationPageQueryParsed) => {
  const db = dbOf(q);
  let base = db.k.selectFrom('organisations');
  if (!query.includeArchived) base = base.where('archived_at', 'is', null);
  if (query.search !== '') {
    const name = containsPattern(sortKey(query.search));
    const number = containsPattern(query.search);
    base = base.where((eb) =>
      eb.or([
        sql<SqlBool>`name_key LIKE ${name} ESCAPE '\\'`,
        sql<SqlBool>`registration_number LIKE ${number} ESCAPE '\\'`,
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('name_key').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return {
    items: rows.map(toOrganisation),
    total: Number(count?.n ?? 0),
    offset: query.offset,
    limit: query.limit,
  };
};

export const countOrganisations = async (q: Reader): Promise<number> => {
  const row = await dbOf(q)
    .k.selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
};

export const insertOrganisation = async (tx: Tx, d: OrganisationData, now: string): Promise<number> =>
  (
    await tx.k
      .insertInto('organisations')
      .values({ ...toColumns(d, now), created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

export const updateOrganisation = async (tx: Tx, id: number, d: OrganisationData, now: string) => {
  await tx.k.updateTable('organisations').set(toColumns(d, now)).where('id', '=', id).execute();
};

export const setOrganisationArchived = async (tx: Tx, id: number, archivedAt: string | null, now: string) => {
  await tx.k
    .updateTable('organisations')
    .set({ archived_at: archivedAt, updated_at: now })
    .where('id', '=', id)
    .execute();
};
