import { z } from 'zod';
import { Id, Instant, optionalText } from './common';
import { DeadlineBasis } from '../deadlines';

/** To whom a notification went. */
export const NotificationAddressee = z.enum([
  /** Roskomnadzor (RU) / the authorised body (KZ) / the internal recipient of the KG target. */
  'regulator',
  /** The EU supervisory authority (GDPR art. 33). */
  'gdprAuthority',
  /** The affected subjects (letters, e-mail, SMS). */
  'subjects',
  /** A recipient (processor) of the register. */
  'recipient',
]);
export type NotificationAddressee = z.infer<typeof NotificationAddressee>;

/** Which notice it was: the first notice, or the RU 72-hour investigation results, or other. */
export const NotificationPurpose = z.enum(['initial', 'investigation', 'other']);
export type NotificationPurpose = z.infer<typeof NotificationPurpose>;

export const NotificationChannel = z.enum([
  'portal',
  'email',
  'post',
  'courier',
  'inPerson',
  'phone',
  'other',
]);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

/**
 * Records a notification; it stops the clocks it answers (shared/breaches/clocks.ts CLOCK_STOPS):
 * regulator+initial stops ru.breachNotice.initial, kz.breachNotice.initial, kg.breachNotice.internal;
 * regulator+investigation stops ru.breachNotice.investigation; gdprAuthority (any purpose) stops
 * any.breachNotice.gdpr. Subjects / recipient notifications stop no clock.
 */
export const NotificationInput = z.object({
  incidentId: Id,
  addressee: NotificationAddressee,
  purpose: NotificationPurpose.default('initial'),
  /** Name of the addressee as sent («Роскомнадзор», recipient's name, «субъекты (1 240)»). */
  addresseeName: optionalText(300),
  /** A recipient of the register when addressee is `recipient`. */
  recipientId: Id.nullable().default(null),
  /** When it was sent (UTC instant). */
  sentAt: Instant,
  channel: NotificationChannel,
  /** Reference number given by the regulator's portal / outgoing number. */
  reference: optionalText(200),
  /** The document sent: a document kind printed from the app (e.g. breachNoticeRu24) and/or a file name. */
  documentKind: optionalText(100),
  note: optionalText(2000),
  /** Attach the sent file (opens the file dialog; stored with storeAttachment). */
  attachFile: z.boolean().default(false),
});
export type NotificationInput = z.input<typeof NotificationInput>;

export const BreachNotification = z.object({
  id: Id,
  incidentId: Id,
  addressee: NotificationAddressee,
  purpose: NotificationPurpose,
  addresseeName: z.string(),
  recipientId: Id.nullable(),
  sentAt: z.string(),
  channel: NotificationChannel,
  reference: z.string(),
  documentKind: z.string(),
  note: z.string(),
  /** The attachment holding the document sent, if any (see BreachIncident.attachments). */
  attachmentId: Id.nullable(),
  /** Rule ids of the clocks this notification stopped. */
  stoppedClocks: z.array(z.string()),
  createdAt: z.string(),
});
export type BreachNotification = z.infer<typeof BreachNotification>;

/** running: due not passed, not notified; met: notified by the due instant; missed: otherwise. */
export const ClockState = z.enum(['running', 'met', 'missed']);
export type ClockState = z.infer<typeof ClockState>;

export const BreachClock = z.object({
  ruleId: z.string(),
  titleRu: z.string(),
  titleEn: z.string(),
  /** The rule is not confirmed at the primary source: show "verify". */
  verify: z.boolean(),
  /** To whom the notice is due (e.g. «Роскомнадзор»). */
  addresseeRu: z.string(),
  addresseeEn: z.string(),
  /** UTC instant the notice is due. */
  dueAt: z.string(),
  /** The engine's basis: rule, citation, calendar version, explanations. */
  basis: DeadlineBasis,
  state: ClockState,
  /** The notification that stopped the clock, if any. */
  stoppedAt: z.string().nullable(),
  notificationId: Id.nullable(),
  /** Whole hours to dueAt as of now (negative once passed); null when stopped. */
  hoursLeft: z.number().int().nullable(),
});
export type BreachClock = z.infer<typeof BreachClock>;
