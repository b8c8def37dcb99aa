import { describe, expect, it } from 'vitest';
import { AgendaKind } from '../../../shared/domain/agenda';
import { AuditEntity } from '../../../shared/domain/audit';
import { BreachStatus } from '../../../shared/domain/breach';
import {
  NotificationAddressee,
  NotificationChannel,
  NotificationPurpose,
} from '../../../shared/domain/breachClock';
import { DpcFactor } from '../../../shared/domain/breachSeverity';
import {
  CorrespondenceKind,
  CorrespondenceStatus,
  IdentityMethod,
  ReceivedVia,
} from '../../../shared/domain/correspondence';
import {
  AdequacyStatus,
  DataCategory,
  InstructionRequisite,
  LegalBasis,
  ProcessingOperation,
  RecipientProblem,
  RecipientRole,
  RecipientStatus,
  RecipientType,
  SubjectCategory,
  TransferStatus,
} from '../../../shared/domain/recipient';
import { Jurisdiction } from '../../../shared/domain/common';
import { labelsEn } from '../../../shared/i18n/labels.en';
import { labelsRu } from '../../../shared/i18n/labels.ru';
import { uiEn } from '../../../shared/i18n/ui/en';
import { uiRu } from '../../../shared/i18n/ui/ru';
import { stringLeaves, technicalLeaks } from '../../support/technicalStrings';

describe('no technical strings in the UI resources', () => {
  it.each([
    ['ru', { ...uiRu, labels: labelsRu }],
    ['en', { ...uiEn, labels: labelsEn }],
  ] as const)('every %s label reads as text', (_lang, tree) => {
    const leaks = stringLeaves(tree).flatMap(([path, text]) =>
      technicalLeaks(text).map((l) => `${path}: ${l}`),
    );
    expect(leaks).toEqual([]);
  });

  it('finds the leaks the issue reported', () => {
    expect(technicalLeaks('Изменены поля: approxSubjects, scope, updatedAt')).toEqual([
      'camelCase identifier: approxSubjects',
    ]);
    expect(technicalLeaks('Источник: bitrix')).toEqual(['source key: bitrix']);
    expect(technicalLeaks('02.03.2026 14:15 (Europe/Moscow)')).toEqual(['IANA time zone: Europe/M']);
    expect(technicalLeaks('Статус: running', new Set(['running']))).toEqual(['enum code: running']);
    expect(technicalLeaks('Источник: 1С-Битрикс, Shopify; {{count}} строк; {seq}-{kind}/{yyyy}')).toEqual([]);
  });
});

/** Every value the UI shows of these enums has a label in both languages. */
const ENUM_LABELS: [string, readonly string[], (lang: 'ru' | 'en') => Record<string, unknown>][] = [
  ['recipientType', RecipientType.options, (l) => (l === 'ru' ? labelsRu : labelsEn).recipientType],
  ['recipientRole', RecipientRole.options, (l) => (l === 'ru' ? labelsRu : labelsEn).recipientRole],
  ['legalBasis', LegalBasis.options, (l) => (l === 'ru' ? labelsRu : labelsEn).legalBasis],
  ['recipientStatus', RecipientStatus.options, (l) => (l === 'ru' ? labelsRu : labelsEn).recipientStatus],
  ['dataCategory', DataCategory.options, (l) => (l === 'ru' ? labelsRu : labelsEn).dataCategory],
  ['subjectCategory', SubjectCategory.options, (l) => (l === 'ru' ? labelsRu : labelsEn).subjectCategory],
  ['operation', ProcessingOperation.options, (l) => (l === 'ru' ? labelsRu : labelsEn).operation],
  ['adequacy', AdequacyStatus.options, (l) => (l === 'ru' ? labelsRu : labelsEn).adequacy],
  ['transferStatus', TransferStatus.options, (l) => (l === 'ru' ? labelsRu : labelsEn).transferStatus],
  ['recipientProblem', RecipientProblem.options, (l) => (l === 'ru' ? labelsRu : labelsEn).recipientProblem],
  [
    'instructionRequisite',
    InstructionRequisite.options,
    (l) => (l === 'ru' ? labelsRu : labelsEn).instructionRequisite,
  ],
  ['jurisdiction', Jurisdiction.options, (l) => (l === 'ru' ? labelsRu : labelsEn).jurisdiction],
  ['correspondence.kind', CorrespondenceKind.options, (l) => (l === 'ru' ? uiRu : uiEn).correspondence.kind],
  [
    'correspondence.status',
    CorrespondenceStatus.options,
    (l) => (l === 'ru' ? uiRu : uiEn).correspondence.status,
  ],
  [
    'correspondence.receivedVia',
    ReceivedVia.options,
    (l) => (l === 'ru' ? uiRu : uiEn).correspondence.receivedVia,
  ],
  [
    'identity.methods',
    IdentityMethod.options,
    (l) => (l === 'ru' ? uiRu : uiEn).correspondence.identity.methods,
  ],
  ['breaches.status', BreachStatus.options, (l) => (l === 'ru' ? uiRu : uiEn).breaches.status],
  ['severity.factor', DpcFactor.options, (l) => (l === 'ru' ? uiRu : uiEn).breaches.severity.factor],
  [
    'notification.addressee',
    NotificationAddressee.options,
    (l) => (l === 'ru' ? uiRu : uiEn).breaches.notifications.addressee,
  ],
  [
    'notification.purpose',
    NotificationPurpose.options,
    (l) => (l === 'ru' ? uiRu : uiEn).breaches.notifications.purpose,
  ],
  [
    'notification.channel',
    NotificationChannel.options,
    (l) => (l === 'ru' ? uiRu : uiEn).breaches.notifications.channel,
  ],
  ['agenda.kind', AgendaKind.options, (l) => (l === 'ru' ? uiRu : uiEn).agenda.kind],
];

describe('every enum value the UI shows has a label', () => {
  it.each(ENUM_LABELS)('%s', (_name, options, labels) => {
    for (const lang of ['ru', 'en'] as const) {
      const group = labels(lang);
      expect(
        options.filter((o) => typeof group[o] !== 'string'),
        lang,
      ).toEqual([]);
    }
  });

  it('names the fields of every audited entity that has its own group', () => {
    for (const entity of AuditEntity.options) {
      if (entity in uiRu.auditFields) expect(Object.keys(uiEn.auditFields)).toContain(entity);
    }
  });
});
