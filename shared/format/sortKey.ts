/**
 * The key a list is ordered by, case-insensitively in every alphabet (Cyrillic included): stored
 * beside the name and compared byte by byte on both engines (SQLite BINARY, PostgreSQL "C"), so the
 * order is the same in both modes and does not depend on the server's locale.
 */
export const sortKey = (text: string): string => text.toLocaleLowerCase('ru');
