import { InstructionRequisite, type RecipientInput } from '../../../shared/domain/recipient';
import type { OrganisationInput } from '../../../shared/domain/organisation';
import { ruInn10 } from './registrationNumbers';

type DemoRecipient = Omit<RecipientInput, 'organisationId'>;

const fullInstruction = Object.fromEntries(InstructionRequisite.options.map((key) => [key, true]));

/** A Russian shop (152-FZ: 10 working days for a request, 24 h / 72 h breach notices to Roskomnadzor). */
export const demoRuShop: OrganisationInput = {
  name: 'Интернет-магазин «Домовёнок»',
  legalForm: 'ООО',
  registrationNumber: ruInn10('772845193'),
  jurisdiction: 'RU',
  legalAddress: '115088, г. Москва, ул. Шарикоподшипниковская, д. 13, стр. 2, офис 410',
  postalAddress: '115088, г. Москва, ул. Шарикоподшипниковская, д. 13, стр. 2, офис 410',
  responsibleName: 'Смирнова Ольга Викторовна',
  responsiblePosition: 'Ответственный за организацию обработки персональных данных',
  phone: '+7 495 120-45-67',
  email: 'pd@domovenok-shop.ru',
  policyTitle: 'Политика в отношении обработки персональных данных ООО «Домовёнок»',
  policyUrl: 'https://domovenok-shop.ru/privacy',
  policyVersionDate: '2025-09-01',
  policyClaimClause: '7.3',
  applicableLaw:
    'Законодательство Российской Федерации (Федеральный закон № 152-ФЗ «О персональных данных»).',
  courtClause:
    'Претензия рассматривается в течение 30 календарных дней со дня получения (п. 7.3 Политики). При недостижении соглашения спор передаётся в суд по месту нахождения Оператора.',
};

export const demoRuRecipients: DemoRecipient[] = [
  {
    type: 'courier',
    legalName: 'ООО «Столичная Курьерская Служба»',
    registrationNumber: ruInn10('771234560'),
    country: 'RU',
    address: '127015, г. Москва, ул. Бутырская, д. 46',
    contactPerson: 'Петров Андрей',
    phone: '+7 495 777-12-12',
    email: 'b2b@sks-courier.ru',
    role: 'processor',
    legalBasis: 'contract',
    purposes: 'Доставка заказов по Москве и Московской области',
    dataCategories: ['fullName', 'phone', 'deliveryAddress'],
    subjectCategories: ['customers', 'consignees'],
    operations: ['recording', 'storage', 'use', 'destruction'],
    retention: 'Срок доставки и 3 месяца после неё',
    contractNumber: 'СКС-2025/77',
    contractDate: '2025-04-01',
    instruction: fullInstruction,
    reviewDate: '2027-04-01',
  },
  {
    type: 'postal',
    legalName: 'АО «Почта России»',
    registrationNumber: '7724490000',
    country: 'RU',
    address: '125252, г. Москва, Хорошёвское ш., д. 38, стр. 1',
    role: 'processor',
    legalBasis: 'contract',
    purposes: 'Пересылка посылок с заказами в регионы',
    dataCategories: ['fullName', 'phone', 'deliveryAddress'],
    subjectCategories: ['customers', 'consignees'],
    operations: ['recording', 'storage', 'use'],
    contractNumber: '77-ПР/2025/318',
    contractDate: '2025-02-01',
    instruction: fullInstruction,
    reviewDate: '2027-02-01',
  },
  {
    type: 'bank',
    legalName: 'АО «Банк Платёжный Центр»',
    registrationNumber: ruInn10('770304512'),
    country: 'RU',
    address: '105064, г. Москва, ул. Земляной Вал, д. 9',
    role: 'independent',
    legalBasis: 'contract',
    purposes: 'Интернет-эквайринг, возвраты платежей',
    dataCategories: ['fullName', 'email', 'paymentData'],
    subjectCategories: ['customers'],
    operations: ['use', 'storage', 'transfer'],
    contractNumber: 'ИЭ-5521',
    contractDate: '2024-10-15',
    reviewDate: '2026-12-20',
  },
  {
    type: 'telecom',
    legalName: 'ООО «СМС Рассылка Онлайн»',
    registrationNumber: ruInn10('773109876'),
    country: 'RU',
    role: 'processor',
    legalBasis: 'contract',
    purposes: 'SMS-уведомления о статусе заказа',
    dataCategories: ['phone'],
    subjectCategories: ['customers'],
    operations: ['use', 'transfer'],
    contractNumber: 'SMS-RU-08',
    contractDate: '2025-06-10',
    instruction: { ...fullInstruction, localisation: false },
    reviewDate: '2027-06-10',
  },
];
