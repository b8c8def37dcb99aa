import type { BreachIncident } from '../../../shared/domain/breach';
import type { BreachNotification } from '../../../shared/domain/breachClock';
import { BreachDecision } from '../../../shared/domain/breach';
import { BreachSeverity } from '../../../shared/domain/breachSeverity';
import { DataCategory, SubjectCategory } from '../../../shared/domain/recipient';
import { computeClocks } from '../../../shared/breaches/clocks';
import { DomainError } from '../../../shared/ipc/result';
import { nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { findBreach, type BreachRow } from '../../db/repositories/breachRepository';
import {
  attachmentsOf,
  notificationsOf,
  type NotificationRow,
} from '../../db/repositories/breachNotificationRepository';
import { findScope } from '../../db/repositories/breachScopeRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import { scopeById } from '../correspondence/scope';

export const mustFindBreachRow = async (q: Queryable, id: number): Promise<BreachRow> => {
  const row = await findBreach(q, id);
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return row;
};

const numbers = (json: string): number[] =>
  (JSON.parse(json) as unknown[]).filter((v): v is number => typeof v === 'number');
const strings = (json: string): string[] =>
  (JSON.parse(json) as unknown[]).filter((v): v is string => typeof v === 'string');

const toNotification = (n: NotificationRow, stopped: string[]): BreachNotification => ({
  id: n.id,
  incidentId: n.incident_id,
  addressee: n.addressee,
  purpose: n.purpose,
  addresseeName: n.addressee_name,
  recipientId: n.recipient_id,
  sentAt: n.sent_at,
  channel: n.channel as BreachNotification['channel'],
  reference: n.reference,
  documentKind: n.document_kind,
  note: n.note,
  attachmentId: n.attachment_id,
  stoppedClocks: stopped,
  createdAt: n.created_at,
});

/** The incident as the contract returns it, clocks computed as of now. */
export const loadIncident = async (ctx: AppContext, q: Queryable, id: number): Promise<BreachIncident> => {
  const row = await mustFindBreachRow(q, id);
  const scope = await scopeById(ctx, q, row.organisation_id);
  const notificationRows = await notificationsOf(q, id);
  const clocks = computeClocks({
    rules: scope.rules,
    jurisdiction: scope.org.jurisdiction,
    detectedAt: row.detected_at,
    becameAwareAt: row.became_aware_at,
    calendar: scope.deadline.calendar,
    timeZone: scope.settings.timeZone,
    kgTargetHours: scope.settings.kgBreachTargetHours,
    gdprOptIn: scope.settings.gdprOptIn,
    notifications: notificationRows.map((n) => ({
      id: n.id,
      addressee: n.addressee,
      purpose: n.purpose,
      sentAt: n.sent_at,
    })),
    now: nowIso(ctx),
  });
  const recipientIds = numbers(row.recipient_ids);
  const recipients = [];
  for (const rid of recipientIds)
    recipients.push({ id: rid, name: (await findRecipient(q, rid))?.legal_name ?? '' });
  const scopeRow = await findScope(q, id);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: scope.org.name,
    number: row.number,
    seq: row.seq,
    year: row.year,
    jurisdiction: scope.org.jurisdiction,
    timeZone: scope.settings.timeZone,
    detectedAt: row.detected_at,
    becameAwareAt: row.became_aware_at,
    detectedBy: row.detected_by,
    description: row.description,
    dataCategories: strings(row.data_categories).filter(
      (c) => DataCategory.safeParse(c).success,
    ) as DataCategory[],
    subjectCategories: strings(row.subject_categories).filter(
      (c) => SubjectCategory.safeParse(c).success,
    ) as SubjectCategory[],
    approxSubjects: row.approx_subjects,
    approxRecords: row.approx_records,
    recipientIds,
    recipients,
    systems: strings(row.systems),
    presumedCauses: row.presumed_causes,
    likelyConsequences: row.likely_consequences,
    measuresTaken: row.measures_taken,
    investigationResults: row.investigation_results,
    personsResponsible: row.persons_responsible,
    contactName: row.contact_name,
    contactPosition: row.contact_position,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    notes: row.notes,
    status: row.status,
    severity: row.severity ? BreachSeverity.parse(JSON.parse(row.severity)) : null,
    decision: row.decision ? BreachDecision.parse(JSON.parse(row.decision)) : null,
    clocks,
    notifications: notificationRows.map((n) =>
      toNotification(
        n,
        clocks.filter((c) => c.notificationId === n.id).map((c) => c.ruleId),
      ),
    ),
    scope: scopeRow
      ? {
          recipientId: scopeRow.recipient_id,
          recipientName: scopeRow.recipient_name,
          from: scopeRow.from_date,
          to: scopeRow.to_date,
          importId: scopeRow.import_id,
          importFileName: scopeRow.import_file_name,
          subjects: scopeRow.subjects,
          savedAt: scopeRow.saved_at,
          outdatedAt: scopeRow.outdated_at,
          outdatedReason: scopeRow.outdated_reason,
        }
      : null,
    attachments: (await attachmentsOf(q, id)).map((a) => ({
      id: a.id,
      fileName: a.file_name,
      sha256: a.sha256,
      size: a.size,
      attachedAt: a.attached_at,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};
