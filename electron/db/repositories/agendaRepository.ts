import type { Queryable } from '../connection';

/** Today of the row's organisation, from a JSON object { "o<id>": "YYYY-MM-DD" }. */
const TODAY = (alias: string) => `json_extract(:todays, '$.o' || ${alias}.organisation_id)`;

export interface DatedRecipientRow {
  id: number;
  organisation_id: number;
  organisation_name: string;
  legal_name: string;
  review_date: string | null;
  contract_end_date: string | null;
}

/**
 * Active recipients of active organisations whose review date or contract end falls within `days`
 * days of their organisation's today, or has passed.
 */
export const datedRecipients = (
  q: Queryable,
  todays: Record<string, string>,
  days: number,
): Promise<DatedRecipientRow[]> =>
  q.all<DatedRecipientRow>(
    `SELECT r.id, r.organisation_id, o.name AS organisation_name, r.legal_name, r.review_date, r.contract_end_date
     FROM recipients r JOIN organisations o ON o.id = r.organisation_id
     WHERE r.archived_at IS NULL AND o.archived_at IS NULL AND r.status = 'active'
       AND (r.review_date <= date(${TODAY('r')}, :window) OR r.contract_end_date <= date(${TODAY('r')}, :window))
     ORDER BY r.id`,
    { todays: JSON.stringify(todays), window: `+${days} days` },
  );

export interface ActiveBlockRow {
  id: number;
  organisation_id: number;
  organisation_name: string;
  item_id: number;
  item_number: string;
  item_kind: string;
  item_status: string;
  from_date: string;
}

/** Blocks in force (the check has not ended), with their item. */
export const activeBlocksWithItems = (q: Queryable): Promise<ActiveBlockRow[]> =>
  q.all<ActiveBlockRow>(
    `SELECT b.id, b.organisation_id, o.name AS organisation_name, b.item_id, i.number AS item_number,
       i.kind AS item_kind, i.status AS item_status, b.from_date
     FROM subject_blocks b JOIN correspondence_items i ON i.id = b.item_id
     JOIN organisations o ON o.id = b.organisation_id
     WHERE b.until_date IS NULL ORDER BY b.from_date, b.id LIMIT 1000`,
  );

/** The last year of each country's working-day calendar in the database. */
export const lastCalendarYears = (q: Queryable): Promise<{ country: string; year: number }[]> =>
  q.all<{ country: string; year: number }>(
    'SELECT country, MAX(year) AS year FROM working_calendars GROUP BY country ORDER BY country',
  );

/** The jurisdictions of the organisations in use. */
export const activeJurisdictions = async (q: Queryable): Promise<Set<string>> =>
  new Set(
    (
      await q.all<{ jurisdiction: string }>(
        'SELECT DISTINCT jurisdiction FROM organisations WHERE archived_at IS NULL',
      )
    ).map((r) => r.jurisdiction),
  );
