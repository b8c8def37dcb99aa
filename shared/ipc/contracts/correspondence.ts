/** Claims and data-subject requests, deadlines and written answers. */
export const correspondenceContract = {} as const;
