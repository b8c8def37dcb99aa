import type { UseFormReturn } from 'react-hook-form';
import type { BreachData, BreachIncident, BreachInput } from '../../../../../shared/domain/breach';
import type { DataCategory, SubjectCategory } from '../../../../../shared/domain/recipient';
import { fromZonedInput, toZonedInput } from '../zonedTime';

/** Form state: instants typed in the organisation's zone, counts as text, systems one per line. */
export interface BreachFormValues {
  organisationId: number;
  detectedAt: string;
  becameAwareAt: string;
  detectedBy: string;
  description: string;
  dataCategories: DataCategory[];
  subjectCategories: SubjectCategory[];
  approxSubjects: string;
  approxRecords: string;
  recipientIds: number[];
  systems: string;
  presumedCauses: string;
  likelyConsequences: string;
  measuresTaken: string;
  investigationResults: string;
  personsResponsible: string;
  contactName: string;
  contactPosition: string;
  contactPhone: string;
  contactEmail: string;
  notes: string;
}

export type BreachFormApi = UseFormReturn<BreachFormValues, unknown, BreachData>;

export const breachFieldNames = [
  'detectedAt',
  'becameAwareAt',
  'detectedBy',
  'description',
  'dataCategories',
  'subjectCategories',
  'approxSubjects',
  'approxRecords',
  'recipientIds',
  'systems',
  'presumedCauses',
  'likelyConsequences',
  'measuresTaken',
  'investigationResults',
  'personsResponsible',
  'contactName',
  'contactPosition',
  'contactPhone',
  'contactEmail',
  'notes',
] as const satisfies readonly (keyof BreachFormValues)[];

export const emptyBreach = (organisationId: number, zone: string, now: Date): BreachFormValues => {
  const local = toZonedInput(now.toISOString(), zone);
  return {
    organisationId,
    detectedAt: local,
    becameAwareAt: local,
    detectedBy: '',
    description: '',
    dataCategories: [],
    subjectCategories: [],
    approxSubjects: '',
    approxRecords: '',
    recipientIds: [],
    systems: '',
    presumedCauses: '',
    likelyConsequences: '',
    measuresTaken: '',
    investigationResults: '',
    personsResponsible: '',
    contactName: '',
    contactPosition: '',
    contactPhone: '',
    contactEmail: '',
    notes: '',
  };
};

const countText = (n: number | null): string => (n === null ? '' : String(n));

export const toFormValues = (b: BreachIncident): BreachFormValues => ({
  organisationId: b.organisationId,
  detectedAt: toZonedInput(b.detectedAt, b.timeZone),
  becameAwareAt: toZonedInput(b.becameAwareAt, b.timeZone),
  detectedBy: b.detectedBy,
  description: b.description,
  dataCategories: [...b.dataCategories],
  subjectCategories: [...b.subjectCategories],
  approxSubjects: countText(b.approxSubjects),
  approxRecords: countText(b.approxRecords),
  recipientIds: [...b.recipientIds],
  systems: b.systems.join('\n'),
  presumedCauses: b.presumedCauses,
  likelyConsequences: b.likelyConsequences,
  measuresTaken: b.measuresTaken,
  investigationResults: b.investigationResults,
  personsResponsible: b.personsResponsible,
  contactName: b.contactName,
  contactPosition: b.contactPosition,
  contactPhone: b.contactPhone,
  contactEmail: b.contactEmail,
  notes: b.notes,
});

/** A count typed as text: '' = unknown (null); anything else goes to the schema as a number. */
const parseCount = (text: string): number | null => {
  const clean = text.replace(/[\s\u00a0]/g, '');
  return clean === '' ? null : Number(clean);
};

/** The schema's input from the form; the zone turns local date-times into UTC instants. */
export const toBreachInput = (v: BreachFormValues, zone: string): BreachInput => ({
  ...v,
  detectedAt: fromZonedInput(v.detectedAt, zone),
  becameAwareAt: fromZonedInput(v.becameAwareAt, zone),
  approxSubjects: parseCount(v.approxSubjects),
  approxRecords: parseCount(v.approxRecords),
  systems: v.systems
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
});

/** Problems of the conversion itself (a count that is not a whole number). */
export const conversionErrors = (v: BreachFormValues): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const field of ['approxSubjects', 'approxRecords'] as const) {
    const n = parseCount(v[field]);
    if (n !== null && (!Number.isInteger(n) || n < 0)) errors[field] = 'validation.breaches.count';
  }
  return errors;
};
