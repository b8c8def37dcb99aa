/**
 * Evidence: the file identifies itself as a Compliance Desk database (application_id «CDsk»), so a
 * restore can tell one of ours from a foreign SQLite file of the same shape.
 */
export const APPLICATION_ID = 0x4344736b;

export const migration0005 = `
PRAGMA application_id = ${APPLICATION_ID};
`;
