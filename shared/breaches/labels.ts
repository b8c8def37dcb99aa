import type { BreachStatus } from '../domain/breach';
import type {
  ClockState,
  NotificationAddressee,
  NotificationChannel,
  NotificationPurpose,
} from '../domain/breachClock';
import type { DataCategory } from '../domain/recipient';

export const DATA_CATEGORY_RU: Record<DataCategory, string> = {
  fullName: 'ФИО',
  phone: 'номер телефона',
  email: 'адрес электронной почты',
  deliveryAddress: 'адрес доставки',
  residence: 'место жительства',
  orderHistory: 'история заказов',
  paymentData: 'платёжные данные',
  onlineIdentifiers: 'онлайн-идентификаторы',
  nationalId: 'ИНН / ИИН / паспортные данные',
};

/** Russian names of the log's values as printed in the incident report (never the codes). */
export const BREACH_STATUS_RU: Record<BreachStatus, string> = {
  open: 'открыт',
  contained: 'локализован',
  notified: 'уведомления направлены',
  closed: 'закрыт',
};

export const CLOCK_STATE_RU: Record<ClockState, string> = {
  running: 'срок идёт',
  met: 'уведомление направлено в срок',
  missed: 'срок пропущен',
};

export const NOTIFICATION_ADDRESSEE_RU: Record<NotificationAddressee, string> = {
  regulator: 'регулятор',
  gdprAuthority: 'надзорный орган ЕС (GDPR)',
  subjects: 'субъекты',
  recipient: 'получатель из реестра',
};

export const NOTIFICATION_PURPOSE_RU: Record<NotificationPurpose, string> = {
  initial: 'первичное уведомление',
  investigation: 'результаты расследования',
  other: 'иное',
};

export const NOTIFICATION_CHANNEL_RU: Record<NotificationChannel, string> = {
  portal: 'портал регулятора',
  email: 'электронная почта',
  post: 'почта',
  courier: 'курьер',
  inPerson: 'лично',
  phone: 'телефон',
  other: 'иной способ',
};
