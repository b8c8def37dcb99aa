/**
 * Legal output per country: the organisation's state registration number (RU ОГРН/ОГРНИП, printed
 * in the Roskomnadzor notice), the end date of a recipient's contract or instruction (shown in
 * «Сроки», a problem once passed), and the verification of a requester's identity recorded on an
 * item before an answer that discloses personal data may be sent (JSON: method, by whom, when).
 */
export const migration0007 = `
ALTER TABLE organisations ADD COLUMN state_registration_number TEXT NOT NULL DEFAULT '';
ALTER TABLE recipients ADD COLUMN contract_end_date TEXT;
CREATE INDEX recipients_by_org_contract_end ON recipients (organisation_id, archived_at, contract_end_date, id);
ALTER TABLE correspondence_items ADD COLUMN identity_verification TEXT;
`;
