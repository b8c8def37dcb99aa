/** A fragment with the LIKE wildcards (and the escape character) escaped; use with `ESCAPE '\'`. */
export const escapeLike = (fragment: string): string => fragment.replace(/[\\%_]/g, (c) => `\\${c}`);

/** LIKE pattern for a fragment anywhere in the value. */
export const containsPattern = (fragment: string): string => `%${escapeLike(fragment)}%`;
