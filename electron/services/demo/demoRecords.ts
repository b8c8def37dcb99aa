import { DEFAULT_TIME_ZONES } from '../../../shared/domain/correspondenceSettings';
import type { Organisation } from '../../../shared/domain/organisation';
import { addDays } from '../../../shared/deadlines/isoDate';
import { localDateIn } from '../../../shared/deadlines/timeZone';
import { findPlaceholders } from '../../../shared/documents/placeholders';
import type { CallChannel } from './demoCalls';
import { DEMO_CLAIMANT } from './demoOrderFile';

/** The organisation's local date `days` before `now` (deadlines count in the organisation's zone). */
const localDaysAgo = (now: Date, org: Organisation, days: number): string =>
  addDays(localDateIn(now.toISOString(), DEFAULT_TIME_ZONES[org.jurisdiction]), -days);

/**
 * The KG shop's claims and requests: a claim past its 30-day period (overdue), a claim answered with
 * a registered, sent and frozen letter, and a blocking request of a customer of the ledger with the
 * block it set. Returns the items and blocks entered.
 */
export const enterKgCorrespondence = async (
  call: CallChannel,
  now: Date,
  org: Organisation,
): Promise<{ items: number; blocks: number }> => {
  const day = (n: number) => localDaysAgo(now, org, n);
  const found = await call('subjects:list', {
    organisationId: org.id,
    search: DEMO_CLAIMANT.email,
    limit: 1,
  });
  const claimantId = found.items[0]?.id ?? null;
  const claimant = { subjectId: claimantId, ...DEMO_CLAIMANT, name: DEMO_CLAIMANT.name };

  await call('correspondence:register', {
    organisationId: org.id,
    kind: 'claim',
    receivedDate: day(40),
    receivedVia: 'post',
    sender: claimant,
    orderNumbers: ['IS-100411'],
    demands:
      'вернуть стоимость наушников, доставленных с повреждённой упаковкой, и удалить номер телефона из рассылки',
    amountMinor: 459_000,
    currency: 'KGS',
    responsible: org.responsibleName,
  });

  const answered = await call('correspondence:register', {
    organisationId: org.id,
    kind: 'claim',
    receivedDate: day(14),
    receivedVia: 'email',
    sender: {
      subjectId: null,
      name: 'Осмонова Айгуль Маратовна',
      address: '720011, г. Бишкек, ул. Токтогула, д. 87, кв. 12',
      email: 'aigul.osmonova@example.kg',
    },
    demands: 'вернуть стоимость повторно списанной оплаты за заказ',
    amountMinor: 128_000,
    currency: 'KGS',
    responsible: org.responsibleName,
  });
  const draft = await call('answers:create', { itemId: answered.id, decision: 'satisfied' });
  const letterBlocks = {
    ...draft.blocks,
    facts: draft.blocks.facts.replace(
      /\[[^\]]*\]/,
      `Проверкой выписки банка-эквайера установлено, что оплата заказа была списана дважды ${day(20).split('-').reverse().join('.')} из-за сбоя платёжной страницы.`,
    ),
    actions:
      'Денежные средства в сумме 1 280 (одна тысяча двести восемьдесят) сом 00 тыйын будут перечислены Вам ' +
      'в течение 5 рабочих дней со дня направления настоящего ответа на банковскую карту, с которой была произведена оплата.',
  };
  const letter = { ...draft, blocks: letterBlocks };
  // A demo letter is held to the rule of every letter: nothing in [brackets] is ever frozen.
  const texts = [
    letter.heading,
    letter.addresseeName,
    letter.addresseeAddress,
    ...Object.values(letterBlocks),
  ];
  if (texts.some((text) => findPlaceholders(text).length > 0))
    throw new Error('demo letter has placeholders');
  await call('answers:update', { id: draft.id, data: letter });
  await call('answers:register', { id: draft.id, date: day(3) });
  await call('answers:markSent', { id: draft.id, sentDate: day(2), channel: 'email' });

  const blocking = await call('correspondence:register', {
    organisationId: org.id,
    kind: 'blocking',
    receivedDate: day(3),
    receivedVia: 'website',
    sender: claimant,
    demands:
      'заблокировать мои персональные данные на время проверки их точности: адрес доставки указан неверно',
    responsible: org.responsibleName,
  });
  // A blocking request of a ledger subject blocks the subject's data from its receipt (the register does it).
  const blocks = await call('blocks:list', { organisationId: org.id, itemId: blocking.id, activeOnly: true });
  return { items: 3, blocks: blocks.length };
};

/** One open request or claim for another shop, received `daysAgo` days ago (still within its period). */
export const enterOpenRequest = async (
  call: CallChannel,
  now: Date,
  org: Organisation,
  request: { kind: 'access' | 'claim'; daysAgo: number; name: string; email: string; demands: string },
): Promise<number> => {
  await call('correspondence:register', {
    organisationId: org.id,
    kind: request.kind,
    receivedDate: localDaysAgo(now, org, request.daysAgo),
    receivedVia: 'email',
    sender: { subjectId: null, name: request.name, email: request.email },
    demands: request.demands,
    responsible: org.responsibleName,
  });
  return 1;
};
