import type { Queryable } from '../connection';

export interface BreachHitRow {
  id: number;
  number: string;
  description: string;
}

/** Incidents of one organisation whose number or description contains the text (case-insensitive). */
export const findBreachesByText = (
  q: Queryable,
  organisationId: number,
  text: string,
  limit: number,
): Promise<BreachHitRow[]> =>
  q.all<BreachHitRow>(
    `SELECT id, number, substr(description, 1, 160) AS description
       FROM breach_incidents
      WHERE organisation_id = :organisationId
        AND (instr(lower(number), lower(:text)) > 0 OR instr(lower(description), lower(:text)) > 0)
      ORDER BY became_aware_at DESC, id DESC
      LIMIT :limit`,
    { organisationId, text, limit },
  );
