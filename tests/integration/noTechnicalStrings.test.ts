import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breachesDocuments } from '../../electron/services/documents/breaches';
import { letterCommon, mailMergePage, subjectLetter } from '../../shared/documents/breachLetters';
import { AuditEntity } from '../../shared/domain/audit';
import { BreachStatus } from '../../shared/domain/breach';
import {
  ClockState,
  NotificationAddressee,
  NotificationChannel,
  NotificationPurpose,
} from '../../shared/domain/breachClock';
import {
  DpcDataType,
  DpcFactor,
  EaseOfIdentification,
  SeverityBand,
} from '../../shared/domain/breachSeverity';
import {
  CorrespondenceKind,
  CorrespondenceStatus,
  IdentityMethod,
  ReceivedVia,
} from '../../shared/domain/correspondence';
import { AnswerDecision, AnswerState } from '../../shared/domain/correspondenceAnswer';
import type { DocumentRequest } from '../../shared/domain/documents';
import {
  AdequacyStatus,
  DataCategory,
  LegalBasis,
  ProcessingOperation,
  RecipientRole,
  RecipientStatus,
  RecipientType,
  SubjectCategory,
  TransferStatus,
} from '../../shared/domain/recipient';
import { AUDIT_HIDDEN_FIELDS } from '../../shared/i18n/auditFields';
import { uiRu } from '../../shared/i18n/ui/ru';
import { recipientInput } from '../support/fixtures';
import { technicalLeaks } from '../support/technicalStrings';
import { startTestApp, type TestApp } from '../support/testContext';
import { breachInput } from './breachesFixtures';
import { claimInput, finishLetter, insertLedgerFixture, shopKg, shopRu } from './correspondenceFixtures';

/** Every enum value of the domain that a careless print would show as a code. */
const CODES = new Set(
  [
    CorrespondenceKind,
    CorrespondenceStatus,
    ReceivedVia,
    IdentityMethod,
    AnswerDecision,
    AnswerState,
    BreachStatus,
    ClockState,
    NotificationAddressee,
    NotificationPurpose,
    NotificationChannel,
    DpcDataType,
    DpcFactor,
    EaseOfIdentification,
    SeverityBand,
    RecipientType,
    RecipientRole,
    LegalBasis,
    RecipientStatus,
    DataCategory,
    SubjectCategory,
    ProcessingOperation,
    AdequacyStatus,
    TransferStatus,
  ].flatMap((e) => e.options.filter((o: string) => o.length >= 4)),
);

/** What a reader sees of a document: no styles, no tags, entities decoded. */
const visibleText = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&laquo;/g, '«')
    .replace(/&raquo;/g, '»')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

let app: TestApp;
const docs: [string, string][] = [];
const audited: { entity: AuditEntity; id: number }[] = [];

beforeAll(async () => {
  app = await startTestApp({ now: '2026-11-22T09:00:00.000Z' });
  const kg = (await app.ok('organisations:create', shopKg)).id;
  const ru = (await app.ok('organisations:create', { ...shopRu, stateRegistrationNumber: '1027700132195' }))
    .id;
  const kz = (
    await app.ok('organisations:create', {
      ...shopKg,
      name: 'Өрнек',
      jurisdiction: 'KZ',
      registrationNumber: '180540023458',
    })
  ).id;
  const courierId = (await app.ok('recipients:create', recipientInput(kg))).id;
  const bankId = (
    await app.ok(
      'recipients:create',
      recipientInput(kg, { legalName: 'ОАО «Оптима Банк»', type: 'bank', role: 'independent' }),
    )
  ).id;
  const { subjectId } = await insertLedgerFixture(app, kg, { courierId, bankId });
  audited.push({ entity: 'recipient', id: courierId }, { entity: 'organisation', id: kg });

  // Correspondence: a claim answered and sent, an access request with its identity check and answer.
  const claim = await app.ok(
    'correspondence:register',
    claimInput(kg, { senderRefNumber: '15', senderRefDate: '2026-11-01' }),
  );
  const answer = await app.ok('answers:create', { itemId: claim.id, decision: 'satisfied' });
  await finishLetter(app, answer.id);
  await app.ok('answers:markSent', { id: answer.id, sentDate: '2026-11-20', channel: 'post' });
  const access = await app.ok(
    'correspondence:register',
    claimInput(kg, { kind: 'access', sender: { subjectId, name: '' }, amountMinor: null, orderNumbers: [] }),
  );
  await app.ok('correspondence:verifyIdentity', {
    id: access.id,
    method: 'inPerson',
    verifiedBy: 'Асанова А. Б.',
    verifiedOn: '2026-11-21',
  });
  const accessAnswer = await app.ok('answers:create', { itemId: access.id, decision: 'accessAnswer' });
  await finishLetter(app, accessAnswer.id);
  audited.push(
    { entity: 'correspondenceItem', id: claim.id },
    { entity: 'correspondenceItem', id: access.id },
    { entity: 'correspondenceAnswer', id: answer.id },
  );

  // Breaches: a RU incident assessed, decided, notified; a KG and a KZ one.
  const incident = await app.ok('breaches:create', breachInput(ru, { approxSubjects: 40 }));
  await app.ok('breaches:update', {
    id: incident.id,
    data: { ...breachInput(ru), approxSubjects: 1240, investigationResults: 'Ошибка настройки хранилища' },
  });
  await app.ok('breaches:assessSeverity', {
    id: incident.id,
    assessment: {
      dataType: 'simple',
      factors: [{ factor: 'controllerCharacteristics', points: 2 }],
      ease: 'maximum',
      confidentiality: 'unknownOrPublic',
    },
  });
  await app.ok('breaches:decide', { id: incident.id, notify: true, reason: 'Высокая тяжесть' });
  await app.ok('breaches:recordNotification', {
    incidentId: incident.id,
    addressee: 'regulator',
    purpose: 'initial',
    sentAt: '2026-11-20T12:00:00.000Z',
    channel: 'portal',
    reference: '2026-123',
  });
  const kgIncident = await app.ok('breaches:create', breachInput(kg));
  const kzIncident = await app.ok('breaches:create', breachInput(kz));
  audited.push({ entity: 'breachIncident', id: incident.id });

  const requests: DocumentRequest[] = [
    { kind: 'recipientRegister', organisationId: kg },
    { kind: 'subjectProcessingInfo', subjectId },
    { kind: 'correspondenceAnswer', answerId: answer.id },
    { kind: 'correspondenceAnswer', answerId: accessAnswer.id },
    { kind: 'incomingJournal', organisationId: kg, from: '2026-11-01', to: '2026-11-30' },
    { kind: 'outgoingJournal', organisationId: kg, from: '2026-11-01', to: '2026-11-30' },
    { kind: 'breachNoticeRu24', incidentId: incident.id },
    { kind: 'breachNoticeRu72', incidentId: incident.id },
    { kind: 'breachReport', incidentId: incident.id },
    { kind: 'breachNoticeKg', incidentId: kgIncident.id },
    { kind: 'breachNoticeKz', incidentId: kzIncident.id },
  ];
  for (const request of requests) {
    const { html } = await app.ok('documents:preview', request);
    docs.push([`${request.kind} ${JSON.stringify(request)}`, html]);
  }
  const full = await app.ok('breaches:get', { id: incident.id });
  const organisation = (await app.ok('organisations:list', { includeArchived: false })).find(
    (o) => o.id === ru,
  );
  if (!organisation) throw new Error('no organisation');
  const common = letterCommon(full, organisation, '');
  const letter = subjectLetter(common, {
    id: 1,
    fullName: 'Токтогулова Жылдыз Маратовна',
    address: 'г. Бишкек',
    phones: [],
    emails: [],
  });
  docs.push([
    'subject letters',
    mailMergePage([letter], { css: '', serif: 'Noto Serif', sans: 'Noto Serif' }, true),
  ]);
  void breachesDocuments;
}, 60_000);
afterAll(async () => app.close());

describe('no technical strings in anything printed', () => {
  it('renders every document kind', () => expect(docs.length).toBe(12));

  it('prints no field or enum code, zone id, source key or programming value', () => {
    const leaks = docs.flatMap(([name, html]) =>
      technicalLeaks(visibleText(html), CODES).map((l) => `${name}: ${l}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe('no technical strings in the histories', () => {
  it('names every field an audited record changes, or hides it as bookkeeping', async () => {
    const labelled = (entity: AuditEntity, field: string): boolean => {
      if (AUDIT_HIDDEN_FIELDS.has(field)) return true;
      const groups: Record<string, object | undefined> = {
        organisation: uiRu.organisations.fields,
        recipient: uiRu.recipients.fields,
        ...uiRu.auditFields,
      };
      return field in (groups[entity] ?? {}) || field in uiRu.auditFields.common;
    };
    const missing = new Set<string>();
    for (const { entity, id } of audited) {
      for (const entry of await app.ok('audit:history', { entity, entityId: id })) {
        for (const field of [...entry.changed, ...Object.keys(entry.after ?? {})])
          if (!labelled(entity, field)) missing.add(`${entity}.${field}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
