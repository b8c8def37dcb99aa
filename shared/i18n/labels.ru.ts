/** Russian names of domain values, shared by the UI resources and the printed documents. */
export const labelsRu = {
  jurisdiction: { KG: 'Кыргызская Республика', KZ: 'Республика Казахстан', RU: 'Российская Федерация' },
  recipientType: {
    courier: 'Курьерская служба',
    postal: 'Организация почтовой связи',
    bank: 'Банк / платёжная организация',
    telecom: 'Оператор электросвязи',
    state: 'Государственный орган',
    analytics: 'Партнёр по аналитике / рекламе',
    other: 'Иной получатель',
  },
  recipientRole: {
    processor: 'Обработчик по поручению оператора',
    independent: 'Самостоятельный оператор',
    stateBody: 'Государственный орган (в силу закона)',
  },
  legalBasis: {
    contract: 'Исполнение договора с субъектом',
    law: 'Требование закона',
    consent: 'Согласие субъекта',
  },
  recipientStatus: { active: 'Действует', suspended: 'Приостановлена', ended: 'Прекращена' },
  dataCategory: {
    fullName: 'ФИО',
    phone: 'Телефон',
    email: 'Адрес электронной почты',
    deliveryAddress: 'Адрес доставки',
    residence: 'Место жительства',
    orderHistory: 'Сведения о заказах',
    paymentData: 'Платёжные данные',
    onlineIdentifiers: 'IP-адрес, cookies, данные браузера',
    nationalId: 'ИНН / ИИН / ПИН',
  },
  subjectCategory: {
    customers: 'Покупатели',
    consignees: 'Получатели заказов',
    siteUsers: 'Пользователи сайта',
    subscribers: 'Подписчики рассылок',
  },
  operation: {
    collection: 'сбор',
    recording: 'запись',
    storage: 'хранение',
    use: 'использование',
    transfer: 'передача (предоставление)',
    blocking: 'блокирование',
    deletion: 'удаление',
    destruction: 'уничтожение',
  },
  adequacy: {
    unknown: 'Не определено',
    adequate: 'Обеспечивает адекватную защиту',
    notAdequate: 'Не обеспечивает адекватную защиту',
  },
  transferStatus: {
    notNotified: 'Уведомление не направлено',
    notified: 'Уведомление направлено',
    allowed: 'Передача разрешена',
    restricted: 'Передача ограничена',
    prohibited: 'Передача запрещена',
  },
  recipientProblem: {
    noContract: 'Нет договора / поручения',
    reviewOverdue: 'Просрочен пересмотр',
    noTransferNotice: 'Нет уведомления о трансграничной передаче',
    policyKind: 'Вид получателя не предусмотрен Политикой',
    policyStateCountry: 'Госорган другой страны, чем в Политике',
    policyConsent: 'Аналитика / реклама без согласия, которого требует Политика',
    policyData: 'Передаются данные, которые Политика не собирает',
    policyPurpose: 'Цели вне целей Политики',
  },
} as const;

export type Labels = {
  [G in keyof typeof labelsRu]: { [K in keyof (typeof labelsRu)[G]]: string };
};
