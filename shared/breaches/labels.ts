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
