import { describe, expect, it } from 'vitest';
import { resolveSubject, subjectKeys, type SubjectKey } from '../../../shared/imports';

describe('subject identity', () => {
  it('keys a buyer by normalised phone and e-mail, never by name', () => {
    expect(
      subjectKeys({ buyer: { fullName: 'Иван', phone: '+79161234567', email: 'ivan@example.ru' } }),
    ).toEqual(['phone:+79161234567', 'email:ivan@example.ru']);
    expect(subjectKeys({ buyer: { fullName: 'Иван', phone: null, email: null } })).toEqual([]);
  });

  it('merges on the same phone OR the same e-mail; the earliest subject wins a conflict', () => {
    const owners = new Map<SubjectKey, number>();
    let nextId = 1;
    const place = (keys: SubjectKey[]): number => {
      const r = resolveSubject(keys, (k) => owners.get(k));
      const id = r.subjectId ?? nextId++;
      for (const key of r.newKeys) owners.set(key, id);
      return id;
    };
    const a = place(['phone:+79161234567', 'email:a@example.ru']);
    const b = place(['phone:+79030000000', 'email:b@example.ru']);
    expect(place(['phone:+79161234567'])).toBe(a); // same phone
    expect(place(['email:b@example.ru', 'phone:+79260000000'])).toBe(b); // same e-mail, new phone joins b
    expect(place(['phone:+79260000000'])).toBe(b);
    // a shared phone of b and the e-mail of a: the row goes to the earliest subject, nothing is merged
    const conflict = resolveSubject(['phone:+79030000000', 'email:a@example.ru'], (k) => owners.get(k));
    expect(conflict).toEqual({
      subjectId: a,
      newKeys: [],
      conflicts: [{ key: 'phone:+79030000000', ownerId: b }],
    });
    expect(resolveSubject([], (k) => owners.get(k))).toEqual({ subjectId: null, newKeys: [], conflicts: [] });
  });
});
