import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../../shared/policy/parseClauses';
import { ISTORE_KG, JETU_MD, SECTIONS_MD } from './fixtures';

const ids = (text: string) => parseClauses(text).clauses.map((c) => c.id);
const clause = (text: string, id: string) => parseClauses(text).clauses.find((c) => c.id === id);

describe('clause parser on the sample policy (istore.kg)', () => {
  const { clauses, warnings } = parseClauses(ISTORE_KG);

  it('finds every numbered clause in order, with no warnings', () => {
    const numbered = clauses.filter((c) => c.number !== '').map((c) => c.id);
    expect(numbered).toHaveLength(72);
    expect(numbered.slice(0, 4)).toEqual(['1', '1.1', '1.1.1', '1.1.2']);
    expect(numbered).toContain('4.1.12');
    expect(numbered.slice(-5)).toEqual(['9', '9.1', '9.2', '9.3', '9.4']);
    expect(warnings).toEqual([]);
  });

  it('keeps the title and introduction as the preamble', () => {
    expect(clauses[0]?.id).toBe('preamble');
    expect(clauses[0]?.text).toMatch(/^Политика конфиденциальности\nНастоящая Политика/);
  });

  it('builds the tree from the numbers and marks capitalised headings', () => {
    expect(clause(ISTORE_KG, '4.1.10')?.parentId).toBe('4.1');
    expect(clause(ISTORE_KG, '4.1')?.parentId).toBe('4');
    expect(clause(ISTORE_KG, '4.1.10')?.level).toBe(2);
    expect(clause(ISTORE_KG, '8')?.heading).toBe(true);
    expect(clause(ISTORE_KG, '8')?.text).toBe('РАЗРЕШЕНИЕ СПОРОВ');
  });

  it('reads «8.2 .Получатель» (a stray space before the dot)', () => {
    const c = clause(ISTORE_KG, '8.2');
    expect(c?.label).toBe('8.2 .');
    expect(c?.text).toMatch(/^Получатель претензии в течение 30 календарных дней/);
  });

  it('splits clause 9.4 glued to the end of 9.3 on the same line', () => {
    expect(clause(ISTORE_KG, '9.3')?.text).toBe(
      'Все предложения или вопросы по настоящей Политике конфиденциальности следует сообщать в раздел сайта istore.kg «Контакты»',
    );
    expect(clause(ISTORE_KG, '9.4')?.text).toMatch(/^Действующая Политика конфиденциальности размещена/);
  });

  it('joins wrapped lines (keeping «Интернет-\\nмагазина» one word) and keeps bullets as items', () => {
    expect(clause(ISTORE_KG, '3.3.1')?.text).toBe(
      'Отключение cookies может повлечь невозможность доступа к частям сайта Интернет-магазина, требующим авторизации.',
    );
    expect(clause(ISTORE_KG, '3.3')?.text.split('\n')).toContain('— IP адрес;');
  });

  it('leaves references like «п.п. 5.2. и 5.3.» inside the text', () => {
    expect(clause(ISTORE_KG, '6.2.2')?.text).toContain('за исключением п.п. 5.2. и 5.3. настоящей Политики');
  });

  it('gives offsets into the original text', () => {
    const c = clause(ISTORE_KG, '5.4');
    expect(ISTORE_KG.slice(c?.start, c?.bodyStart)).toBe('5.4.');
    expect(ISTORE_KG.slice(c?.bodyStart, c?.end)).toContain('Администрация сайта информирует');
  });
});

describe('clause parser on Markdown', () => {
  it('reads bold numbered clauses and bold numbered headings (Jetu Market)', () => {
    const { clauses, warnings } = parseClauses(JETU_MD);
    expect(warnings).toEqual([]);
    expect(clauses.find((c) => c.id === '9')?.heading).toBe(true);
    expect(clauses.find((c) => c.id === '9.2')?.text).toMatch(/^Срок ответа на претензию — 30/);
    expect(clauses.find((c) => c.id === '4.2.1')?.parentId).toBe('4.2');
    expect(clauses.find((c) => c.id === '2.1')?.text.split('\n')).toHaveLength(7);
  });

  it('numbers restarting in unnumbered sections are cited with their section', () => {
    const { clauses, warnings } = parseClauses(SECTIONS_MD);
    expect(warnings).toEqual([]);
    const goals = clauses.filter((c) => c.parentId === '§3');
    expect(goals.map((c) => c.ref)).toEqual([
      '1 раздела «Цели обработки»',
      '2 раздела «Цели обработки»',
      '3 раздела «Цели обработки»',
    ]);
    expect(clauses.find((c) => c.id === '§6/2')?.text).toMatch(/^Споры рассматриваются в суде/);
  });

  it('«1.» under a numbered heading is its first clause («## 4. Цели» → 4.1)', () => {
    const text = '## 4. Цели\n\n1. Доставка заказов.\n2. Оплата.\n\n## 5. Передача\n\n1. Курьерам.\n';
    expect(ids(text)).toEqual(['4', '4.1', '4.2', '5', '5.1']);
  });

  it('a Markdown nested list under an item becomes its sub-clauses', () => {
    expect(ids('1. Общие положения\n2. Данные:\n   1. имя;\n   2. телефон.\n3. Цели\n')).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '3',
    ]);
  });
});

describe('clause parser edge cases', () => {
  it('reads «п. 4.4» at the start of a line', () => {
    expect(ids('4. Права\n4.3. Первое.\nп. 4.4 Второе.\n')).toEqual(['4', '4.3', '4.4']);
  });

  it('does not take a year or a date at the start of a line for a clause', () => {
    expect(ids('1. Общие\n1.1. Политика утверждена\n2019 года приказом.\n01.03.2025 введена.\n')).toEqual([
      '1',
      '1.1',
    ]);
  });

  it('keeps a wrapped line starting with a referenced number inside the clause', () => {
    const text =
      '5. Передача\n5.1. Данные передаются в случаях, указанных в п.\n6.3 настоящей Политики.\n5.2. Иное.\n';
    expect(ids(text)).toEqual(['5', '5.1', '5.2']);
  });

  it('accepts an out-of-sequence clause after a sentence end, with a warning', () => {
    const { clauses, warnings } = parseClauses('1. Общие\n1.1. Первое.\n1.3. Третье.\n');
    expect(clauses.map((c) => c.id)).toEqual(['1', '1.1', '1.3']);
    expect(warnings).toEqual([{ code: 'gap', clauseId: '1.3', detail: '1.2' }]);
  });

  it('reports duplicates and a text without any numbered clause', () => {
    const dup = parseClauses('1. А\n1.1. Б.\n1.1. В.\n');
    expect(dup.clauses.map((c) => c.id)).toEqual(['1', '1.1', '1.1#2']);
    expect(dup.warnings.map((w) => w.code)).toContain('duplicate');
    expect(parseClauses('Просто текст без пунктов.').warnings).toEqual([
      { code: 'noClauses', clauseId: null, detail: '' },
    ]);
  });

  it('Roman sections restart the numbering: «II.» then «1.» is «1 раздела II»', () => {
    const { clauses } = parseClauses('I. ОБЩИЕ ПОЛОЖЕНИЯ\n1. Первое.\nII. ЦЕЛИ\n1. Доставка.\n2. Оплата.\n');
    expect(clauses.map((c) => c.id)).toEqual(['I', 'I/1', 'II', 'II/1', 'II/2']);
    expect(clauses.find((c) => c.id === 'II/2')?.ref).toBe('2 раздела II');
  });

  it('handles CRLF line ends with the same offsets as the text', () => {
    const text = '1. Общие\r\n1.1. Первое.\r\n1.2. Второе.\r\n';
    const c = parseClauses(text).clauses.find((x) => x.id === '1.2');
    expect(text.slice(c?.bodyStart, c?.end).trim()).toBe('Второе.');
  });
});
