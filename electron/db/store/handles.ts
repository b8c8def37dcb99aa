import type { Queryable } from '../connection';
import type { Db } from './types';

/** Each store's legacy Queryables, mapped back to their typed handle (see interop.ts). */
const handles = new WeakMap<object, Db>();

export const registerHandle = (q: object, db: Db): void => {
  handles.set(q, db);
};

export const registeredHandle = (q: Queryable): Db | undefined => handles.get(q);
