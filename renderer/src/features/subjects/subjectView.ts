/** What the subjects page shows; kept by the shell so returning from a subject card restores it. */
export interface SubjectView {
  search: string;
  offset: number;
}

export type SubjectViewUpdate = SubjectView | ((view: SubjectView) => SubjectView);

export const SUBJECT_PAGE_SIZE = 50;

export const initialSubjectView: SubjectView = { search: '', offset: 0 };
