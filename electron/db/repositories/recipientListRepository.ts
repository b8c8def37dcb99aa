import { sql, type Expression, type SqlBool } from 'kysely';
import { addDays } from '../../../shared/deadlines/isoDate';
import {
  REVIEW_DUE_WITHIN_DAYS,
  RegisterProblem,
  type RecipientQueryParsed,
} from '../../../shared/domain/recipient';
import { requisitesJson } from '../../../shared/recipients/instructionRequisites';
import type { Engine } from '../store/types';
import { dbOf } from '../store/interop';
import { POLICY_PROBLEMS_SQL, policyVersionIdInForce } from './policyProblemsSql';
import { selectRecipients, type Reader, type RecipientRow } from './recipientRepository';

const HAS_CONTRACT = sql<SqlBool>`(r.contract_number <> '' OR r.contract_file_sha256 IS NOT NULL)`;

/**
 * The processor's instruction lacks a requisite its organisation's law requires: the one rule
 * whose SQL differs per engine (SQLite's JSON1 against PostgreSQL's jsonb), in this one place.
 */
const instructionIncomplete = (engine: Engine) =>
  engine === 'sqlite'
    ? sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(${requisitesJson()}, '$.' || o.jurisdiction) req
        WHERE json_extract(r.instruction, '$.' || req.value) IS NOT 1)`
    : sql<SqlBool>`EXISTS (SELECT 1 FROM jsonb_array_elements_text(${requisitesJson()}::jsonb -> o.jurisdiction) AS req(key)
        WHERE (r.instruction::jsonb -> req.key) IS DISTINCT FROM 'true'::jsonb)`;

/**
 * One SQL condition per rule of shared/recipients/problems.ts (PROBLEM_RULES), keyed by the same ids:
 * a rule added there does not compile until its condition is added here. A test keeps both equal on
 * both engines. `today` '' means "no date": the date rules flag nothing.
 */
export const problemCondition = (
  engine: Engine,
  problem: RegisterProblem,
  today: string,
): Expression<SqlBool> => {
  const conditions: Record<RegisterProblem, Expression<SqlBool>> = {
    noContract: sql`(r.role <> 'stateBody' AND NOT ${HAS_CONTRACT})`,
    instructionIncomplete: sql`(r.role = 'processor' AND ${HAS_CONTRACT} AND ${instructionIncomplete(engine)})`,
    contractEnded: sql`(r.status = 'active' AND r.contract_end_date IS NOT NULL AND ${today} <> ''
      AND r.contract_end_date < ${today})`,
    reviewOverdue: sql`(r.review_date IS NOT NULL AND ${today} <> '' AND r.review_date < ${today})`,
    noTransferNotice: sql`(r.cross_border = 1 AND CASE WHEN o.jurisdiction = 'KG'
      THEN r.subject_notice_date IS NULL ELSE r.transfer_notice_date IS NULL END)`,
  };
  return conditions[problem];
};

const SORT_KEYS = {
  legalName: sql`r.legal_name_key`,
  type: sql`r.type`,
  country: sql`r.country`,
  reviewDate: sql`COALESCE(r.review_date, '9999-12-31')`,
  updatedAt: sql`r.updated_at`,
} satisfies Record<RecipientQueryParsed['sort'], unknown>;

const likePattern = (search: string) =>
  `%${search.toLocaleLowerCase('ru').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the register and the total, filtered, sorted and paged in SQL on either engine.
 * The policy's findings join on SQLite only: policies are not in the team schema yet (§12).
 */
export const listRecipients = async (
  q: Reader,
  query: RecipientQueryParsed,
): Promise<{ rows: RecipientRow[]; total: number }> => {
  const db = dbOf(q);
  const { today } = query;
  const where: Expression<SqlBool>[] = [
    sql`r.organisation_id = ${query.organisationId}`,
    query.archived ? sql`r.archived_at IS NOT NULL` : sql`r.archived_at IS NULL`,
  ];
  if (query.search !== '') where.push(sql`r.search_text LIKE ${likePattern(query.search)} ESCAPE '\\'`);
  if (query.types.length > 0) where.push(sql`r.type IN (${sql.join(query.types)})`);
  if (query.country !== '') where.push(sql`r.country = ${query.country}`);
  if (query.status !== '') where.push(sql`r.status = ${query.status}`);
  if (query.crossBorder !== '') where.push(sql`r.cross_border = ${query.crossBorder === 'yes' ? 1 : 0}`);
  let policyVersionId: number | null = null;
  if (query.problemsOnly) {
    const problems = RegisterProblem.options.map((p) => problemCondition(db.engine, p, today));
    if (db.engine === 'sqlite') {
      policyVersionId = await policyVersionIdInForce(db.legacy, query.organisationId, today);
      problems.push(sql.raw(POLICY_PROBLEMS_SQL));
    }
    // An archived recipient raises no problems (the archive view lists it for the record only).
    where.push(sql`r.archived_at IS NULL`, sql`(${sql.join(problems, sql` OR `)})`);
  }
  if (query.reviewDue && today !== '')
    where.push(
      sql`(r.review_date IS NOT NULL AND r.review_date <= ${addDays(today, REVIEW_DUE_WITHIN_DAYS)})`,
    );
  else if (query.reviewDue) where.push(sql<SqlBool>`1 = 0`);

  // The policy version in force (one row or none) for POLICY_PROBLEMS_SQL, which reads it as `pv`.
  const policyJoin = sql<{ id: number }>`(SELECT * FROM policy_versions WHERE id = ${policyVersionId})`.as(
    'pv',
  );
  const filtered = () =>
    db.k
      .selectFrom('recipients as r')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .$if(query.problemsOnly && db.engine === 'sqlite', (qb) =>
        qb.leftJoin(policyJoin, (join) => join.onTrue()),
      )
      .where((eb) => eb.and(where));
  const direction = query.direction === 'desc' ? 'desc' : 'asc';
  const sortKey = SORT_KEYS[query.sort];
  // Sort and page over narrow (id, key) rows first, then fetch the wide rows of the page.
  const page = filtered()
    .select(['r.id as page_id', sortKey.as('sort_key')])
    .orderBy('sort_key', direction)
    .orderBy('r.id', direction)
    .limit(query.limit)
    .offset(query.offset);
  const rows = await selectRecipients(db)
    .innerJoin(page.as('page'), 'page.page_id', 'r.id')
    .orderBy('page.sort_key', direction)
    .orderBy('page.page_id', direction)
    .execute();
  const total = await filtered()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return { rows, total: Number(total?.n ?? 0) };
};
