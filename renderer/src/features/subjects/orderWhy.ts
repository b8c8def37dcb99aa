import type { TFunction } from 'i18next';
import type { SubjectOrder } from '../../../../shared/domain/ledger';
import { showPhone } from './subjectFormat';

/** The identity rule's reason for an order, in words: «Присоединён по телефону … — совпадает с заказом № …». */
export const orderWhy = (t: TFunction, o: SubjectOrder): string => {
  const m = o.match;
  const key = m.kind === 'phone' ? showPhone(m.key) : m.key;
  const base = t(`identity.why.${m.kind}`, { key });
  const via =
    m.viaOrder !== null
      ? t('identity.why.via', { order: m.viaOrder, file: m.viaFile ?? '—', line: m.viaLine ?? '—' })
      : '';
  return `${base}${via}`;
};
