import type { OrganisationInput } from '../../../shared/domain/organisation';
import { kzBin } from './registrationNumbers';

export const demoKgShop: OrganisationInput = {
  name: 'Интернет-магазин «istore.kg»',
  legalForm: 'ОсОО',
  registrationNumber: '02311201910245',
  jurisdiction: 'KG',
  legalAddress: '720040, Кыргызская Республика, г. Бишкек, пр. Чуй, 135, офис 12',
  postalAddress: '720040, г. Бишкек, пр. Чуй, 135, офис 12',
  responsibleName: 'Асанова Айгерим Бакытовна',
  responsiblePosition: 'Ответственный за обработку персональных данных',
  phone: '+996 312 90-12-34',
  email: 'privacy@istore.kg',
  policyTitle: 'Политика конфиденциальности персональных данных интернет-магазина «istore.kg»',
  policyUrl: 'https://istore.kg/privacy',
  policyVersionDate: '2025-03-01',
  policyClaimClause: '8.2',
  applicableLaw:
    'К Политике конфиденциальности и отношениям между Пользователем и Администрацией сайта применяется действующее законодательство Российской Федерации (п. 8.4 Политики).',
  courtClause:
    'До обращения в суд обязательно предъявление претензии; получатель претензии в течение 30 календарных дней со дня её получения письменно уведомляет заявителя о результатах рассмотрения (пп. 8.1–8.2). При недостижении соглашения спор передаётся в судебный орган в соответствии с законодательством Кыргызской Республики (п. 8.3).',
};

export const demoKzShop: OrganisationInput = {
  name: 'Интернет-магазин «Jetu Market»',
  legalForm: 'ТОО',
  registrationNumber: kzBin('19044001234'),
  jurisdiction: 'KZ',
  legalAddress: 'A05H0K8, Республика Казахстан, г. Алматы, Алмалинский район, ул. Жібек Жолы, 64, офис 301',
  postalAddress: 'A05H0K8, г. Алматы, ул. Жібек Жолы, 64, офис 301',
  responsibleName: 'Нұрланов Ерболат Қайратұлы',
  responsiblePosition: 'Руководитель службы защиты персональных данных',
  phone: '+7 727 355-40-10',
  email: 'dpo@jetu.kz',
  policyTitle: 'Политика конфиденциальности и обработки персональных данных «Jetu Market»',
  policyUrl: 'https://jetu.kz/privacy',
  policyVersionDate: '2025-07-01',
  policyClaimClause: '9.2',
  applicableLaw: 'Законодательство Республики Казахстан.',
  courtClause:
    'Споры разрешаются в претензионном порядке; срок ответа на претензию — 30 календарных дней со дня получения. При недостижении соглашения спор передаётся в суд по месту нахождения Продавца.',
};
