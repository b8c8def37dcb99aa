import { describe, expect, it } from 'vitest';
import {
  FileIdentity,
  type IdentitySink,
  type PersonKey,
} from '../../../electron/imports/stage/fileIdentity';
import { StringTable } from '../../../electron/imports/stage/stringTable';

const recorder = () => {
  const log = { persons: [] as string[], matches: [] as [number, number, string][], keys: [] as string[] };
  const sink: IdentitySink = {
    person: (p, name) => log.persons.push(`${p}:${name}`),
    renamed: (p, name) => log.persons.push(`${p}→${name}`),
    key: (p, k) => log.keys.push(`${p}:${k.value}`),
    possibleMatch: (p, other, k) => log.matches.push([p, other, k.value]),
  };
  return { log, identity: new FileIdentity(sink) };
};
const phone = (value: string): PersonKey => ({ kind: 'phone', value });
const email = (value: string): PersonKey => ({ kind: 'email', value });

describe('the identity rule within a file', () => {
  it('a shared phone with different names makes two persons and one possible match', () => {
    const { log, identity } = recorder();
    const bakyt = identity.resolve('Асанов Бакыт', [phone('+996555000111')], 0);
    const aigul = identity.resolve('Асанова Айгуль', [phone('+996555000111')], 1);
    const again = identity.resolve('Айгуль Асанова', [phone('+996555000111'), email('a@x.kg')], 2);
    expect(bakyt).toMatchObject({ person: 0, match: 'new' });
    expect(aigul).toMatchObject({ person: 1, match: 'new' });
    expect(again).toMatchObject({ person: 1, match: 'phone', matchSeq: 1 });
    expect(log.matches).toEqual([[1, 0, '+996555000111']]);
    expect(log.keys).toEqual(['0:+996555000111', '1:+996555000111', '1:a@x.kg']);
  });

  it('a known phone with a new e-mail joins, and says by which key and row', () => {
    const { identity } = recorder();
    identity.resolve('Иванов Иван', [phone('+79161234567')], 0);
    expect(identity.resolve('Иван Иванов', [phone('+79161234567'), email('new@x.ru')], 5)).toEqual({
      person: 0,
      match: 'phone',
      matchSeq: 0,
    });
    expect(identity.resolve('', [email('new@x.ru')], 6)).toEqual({ person: 0, match: 'email', matchSeq: 5 });
  });

  it('keys pointing at two compatible persons join the earlier one and report the pair', () => {
    const { log, identity } = recorder();
    identity.resolve('Иванов Иван', [phone('+79160000001')], 0);
    identity.resolve('Иванов Иван', [email('i@x.ru')], 1);
    expect(identity.resolve('Иванов Иван', [phone('+79160000001'), email('i@x.ru')], 2).person).toBe(0);
    expect(log.matches).toEqual([[0, 1, '+79160000001']]);
  });

  it('takes the fuller name and compares later rows with it', () => {
    const { log, identity } = recorder();
    identity.resolve('Иван', [phone('+79160000002')], 0);
    identity.resolve('Иванов Иван', [phone('+79160000002')], 1);
    expect(log.persons).toEqual(['0:Иван', '0→Иванов Иван']);
    expect(identity.resolve('Петров Иван', [phone('+79160000002')], 2).person).toBe(1);
  });

  it('a consignee without a phone is one person per buyer and name', () => {
    const { identity } = recorder();
    const first = identity.resolveKeyless(7, 'Асанова Айгуль', 3);
    expect(identity.resolveKeyless(7, 'Айгуль Асанова', 4)).toEqual({
      person: first.person,
      match: 'name',
      matchSeq: 3,
    });
    expect(identity.resolveKeyless(8, 'Асанова Айгуль', 5).person).not.toBe(first.person);
  });
});

describe('StringTable', () => {
  it('keeps values per exact key through growth, never confusing keys', () => {
    const table = new StringTable();
    for (let i = 0; i < 50_000; i++) table.add(`+99655${i}`, i, i * 2);
    table.add('+996550', -1);
    const seen: number[] = [];
    table.forEach('+996550', (v) => seen.push(v));
    expect(seen).toEqual([0, -1]);
    expect(table.has('+99655x')).toBe(false);
    expect(table.size).toBe(50_000);
    let extra = 0;
    table.forEach('+9965549999', (_, e) => (extra = e));
    expect(extra).toBe(99_998);
  });

  it('works as an exact set through growth (order numbers): addKey tells a new key from a known one', () => {
    const table = new StringTable();
    for (let i = 0; i < 50_000; i++) expect(table.addKey(`ORD-${i}`)).toBe(true);
    for (let i = 0; i < 50_000; i += 997) expect(table.addKey(`ORD-${i}`)).toBe(false);
    expect(table.addKey('ORD-50000')).toBe(true);
    expect(table.addKey('Заказ №1')).toBe(true);
    expect(table.addKey('Заказ №1')).toBe(false);
    expect(table.has('ORD-')).toBe(false);
    expect(table.size).toBe(50_002);
  });
});
