import { describe, expect, it } from 'vitest';
import {
  renderAnswerLetter,
  answerPdfOptions,
  type AnswerLetterData,
} from '../../../shared/documents/answerLetter';
import { answerDefaults, senderReference } from '../../../shared/documents/answerTemplates';
import { printSettings } from '../../../shared/documents/print';
import type { DocumentFonts } from '../../../shared/documents/types';
import { makeOrganisation } from '../registerFixtures';

const fonts: DocumentFonts = { css: '/* fonts */', serif: 'Noto Serif', sans: 'Noto Serif' };
const organisation = makeOrganisation();

const item = {
  number: '12-П/2026',
  receivedDate: '2026-11-05',
  senderRefNumber: '',
  senderRefDate: '',
  senderName: 'Токтогулова Жылдыз Маратовна',
  senderAddress: 'г. Алматы, ул. Абая, 1',
  demands: 'Вернуть деньги',
  amountMinor: null,
  currency: null,
  orders: [],
};

const defaults = (over: Partial<typeof item> = {}) =>
  answerDefaults({
    kind: 'claim',
    decision: 'satisfied',
    organisation,
    item: { ...item, ...over },
    citation: 'п. 8.2 Политики',
    signatory: { position: 'Директор', name: 'Сәрсенбаева Әйгерім Қайратқызы' },
    executor: { name: '', contact: '' },
    accessReport: null,
  });

const letter = (over: Partial<AnswerLetterData> = {}): AnswerLetterData => {
  const d = defaults();
  return {
    organisation,
    outgoing: { number: 'Исх-3/2026', date: '2026-11-20' },
    reference: senderReference(item),
    addresseeName: d.addresseeName,
    addresseeAddress: d.addresseeAddress,
    heading: d.heading,
    blocks: { ...d.blocks, facts: 'Заказ доставлен.', actions: 'Деньги вернём до 30.11.2026.' },
    accessReport: null,
    signatoryPosition: d.signatoryPosition,
    signatoryName: d.signatoryName,
    executorName: '',
    executorContact: '',
    draft: false,
    ...over,
  };
};

describe('the written answer (GOST R 7.0.97-2025)', () => {
  it('addresses a person by surname in the dative and initials, and greets by the patronymic', () => {
    const d = defaults();
    expect(d.addresseeName).toBe('Токтогуловой Ж. М.');
    expect(d.blocks.salutation).toBe('Уважаемая Жылдыз Маратовна!');
    expect(defaults({ senderName: 'ТОО «Өрнек-Сервис»' })).toMatchObject({
      addresseeName: 'ТОО «Өрнек-Сервис»',
      blocks: { salutation: '' },
    });
  });

  it('quotes the sender’s letter number and date, «б/н» without a number, never our incoming number', () => {
    expect(senderReference({ senderRefNumber: '15', senderRefDate: '2026-11-01' })).toEqual({
      number: '15',
      date: '2026-11-01',
    });
    expect(senderReference({ senderRefNumber: '', senderRefDate: '2026-11-01' })).toEqual({
      number: 'б/н',
      date: '2026-11-01',
    });
    const numbered = renderAnswerLetter(letter({ reference: { number: '15', date: '2026-11-01' } }), fonts);
    expect(numbered).toContain('На № <span class="fill">15</span> от <span class="fill">01.11.2026</span>');
    const none = renderAnswerLetter(letter(), fonts);
    expect(none).toContain('На № <span class="fill">б/н</span></div>');
    expect(none.match(/<div class="reg-line">На №[^\n]*/)?.[0]).not.toContain('12-П/2026');
    expect(defaults({ senderRefNumber: '15', senderRefDate: '2026-11-01' }).heading).toBe(
      'О рассмотрении претензии от 01.11.2026 № 15',
    );
  });

  it('numbers pages from the second, centred in the top margin, and prints no footer', () => {
    const html = renderAnswerLetter(letter(), fonts);
    expect(html).toMatch(/@page \{ @top-center \{ content: counter\(page\)/);
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    const settings = printSettings(answerPdfOptions(letter()), fonts);
    expect(settings).toMatchObject({ displayHeaderFooter: false, footerTemplate: '' });
  });

  it('signs with initials before the surname, a Kazakh patronymic included', () => {
    expect(renderAnswerLetter(letter(), fonts)).toContain('Ә. Қ. Сәрсенбаева');
  });
});
