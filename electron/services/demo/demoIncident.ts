import type { Organisation } from '../../../shared/domain/organisation';
import type { CallChannel } from './demoCalls';

const HOUR_MS = 3_600_000;

/**
 * An incident detected 20 hours ago, so its notification clocks are running (KG: the internal 72-hour
 * target), with the courier's customers saved as its scope — counted from the imported orders.
 */
export const enterDemoIncident = async (
  call: CallChannel,
  now: Date,
  org: Organisation,
  courierId: number | null,
): Promise<number> => {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR_MS).toISOString();
  const incident = await call('breaches:create', {
    organisationId: org.id,
    detectedAt: at(20),
    becameAwareAt: at(18),
    detectedBy: 'Служба поддержки курьерской службы',
    description:
      'Курьерская служба сообщила, что накладные с ФИО, телефонами и адресами доставки покупателей были доступны по прямой ссылке без пароля.',
    dataCategories: ['fullName', 'phone', 'deliveryAddress'],
    subjectCategories: ['customers', 'consignees'],
    recipientIds: courierId === null ? [] : [courierId],
    systems: ['Личный кабинет курьерской службы'],
    presumedCauses: 'Ошибка настройки доступа к архиву накладных у обработчика',
    likelyConsequences: 'Нежелательные звонки и мошеннические сообщения покупателям',
    measuresTaken: 'Ссылка отключена, курьерская служба сменила ключи доступа, журнал доступа запрошен',
    contactName: org.responsibleName,
    contactPosition: org.responsiblePosition,
    contactPhone: org.phone,
    contactEmail: org.email,
  });
  if (courierId !== null)
    await call('breaches:saveScope', {
      incidentId: incident.id,
      criteria: { organisationId: org.id, recipientId: courierId },
    });
  return 1;
};
