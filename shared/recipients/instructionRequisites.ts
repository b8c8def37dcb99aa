import type { Jurisdiction } from '../domain/common';
import type { InstructionChecklist, InstructionRequisite, RecipientRole } from '../domain/recipient';

/** One clause the contract (instruction) with a processor must contain, with its legal source. */
export interface RequisiteRule {
  key: InstructionRequisite;
  /** Printed next to the clause in the form, the card and the register. */
  citationRu: string;
  citationEn: string;
  /** Not confirmed at the primary source: the UI says «проверьте» (see resources/rules/README.md). */
  verify: boolean;
}

const RU_152 = 'Федеральный закон № 152-ФЗ';
const KZ_94 = 'Закон РК № 94-V';
const KG_58 = 'Закон КР № 58';

/**
 * What an instruction to a processor must contain, per the operator's law. RU: 152-FZ art. 6 part 3
 * (six requisites, localisation by art. 18 part 5). KG: Law No. 58 art. 17 item «в» — the holder
 * chooses a processor that gives guarantees of technical security and organisational measures — and
 * the duty of confidentiality (item «б»). KZ: Law 94-V sets no list of an instruction's contents; the
 * clauses below follow the operator's own duties (confidentiality, protection measures, storage in
 * a database in Kazakhstan, the one-working-day breach notice of the protection Rules) and are marked
 * verify. Only processors need an instruction: independent operators and state bodies never see it.
 */
export const INSTRUCTION_REQUISITES: Record<Jurisdiction, readonly RequisiteRule[]> = {
  RU: [
    {
      key: 'listsData',
      citationRu: `${RU_152}, ст. 6 ч. 3`,
      citationEn: '152-FZ art. 6 part 3',
      verify: false,
    },
    {
      key: 'listsOperationsAndPurposes',
      citationRu: `${RU_152}, ст. 6 ч. 3`,
      citationEn: '152-FZ art. 6 part 3',
      verify: false,
    },
    {
      key: 'confidentialityAndSecurity',
      citationRu: `${RU_152}, ст. 6 ч. 3, ст. 19`,
      citationEn: '152-FZ art. 6 part 3, art. 19',
      verify: false,
    },
    {
      key: 'localisation',
      citationRu: `${RU_152}, ст. 6 ч. 3, ст. 18 ч. 5`,
      citationEn: '152-FZ art. 6 part 3, art. 18 part 5',
      verify: false,
    },
    {
      key: 'proofOfMeasuresOnRequest',
      citationRu: `${RU_152}, ст. 6 ч. 3`,
      citationEn: '152-FZ art. 6 part 3',
      verify: false,
    },
    {
      key: 'incidentNotification',
      citationRu: `${RU_152}, ст. 6 ч. 3, ст. 21 ч. 3.1`,
      citationEn: '152-FZ art. 6 part 3, art. 21 part 3.1',
      verify: false,
    },
  ],
  KZ: [
    {
      key: 'listsOperationsAndPurposes',
      citationRu: `${KZ_94}, ст. 7`,
      citationEn: 'Law 94-V art. 7',
      verify: true,
    },
    {
      key: 'confidentialityAndSecurity',
      citationRu: `${KZ_94}, ст. 11, ст. 22`,
      citationEn: 'Law 94-V arts. 11, 22',
      verify: true,
    },
    {
      key: 'localisationKz',
      citationRu: `${KZ_94}, ст. 12 п. 2`,
      citationEn: 'Law 94-V art. 12 p. 2',
      verify: true,
    },
    {
      key: 'incidentNotification',
      citationRu: 'Правила мер по защите персональных данных (приказ № 179/НҚ от 12.06.2023)',
      citationEn: 'Rules on measures to protect personal data (Order No. 179/НҚ of 12.06.2023)',
      verify: true,
    },
  ],
  KG: [
    {
      key: 'securityGuarantees',
      citationRu: `${KG_58}, ст. 17 п. «в»`,
      citationEn: 'Law No. 58 art. 17 item (c)',
      verify: false,
    },
    {
      key: 'organisationalMeasures',
      citationRu: `${KG_58}, ст. 17 п. «в»`,
      citationEn: 'Law No. 58 art. 17 item (c)',
      verify: false,
    },
    {
      key: 'confidentialityAndSecurity',
      citationRu: `${KG_58}, ст. 17 п. «б»`,
      citationEn: 'Law No. 58 art. 17 item (b)',
      verify: false,
    },
  ],
};

/** Only a processor acts on the operator's instruction. */
export const needsInstruction = (role: RecipientRole): boolean => role === 'processor';

/** The requisites of the jurisdiction that the checklist does not mark as present. */
export const missingRequisites = (
  jurisdiction: Jurisdiction,
  checklist: Partial<InstructionChecklist>,
): InstructionRequisite[] =>
  INSTRUCTION_REQUISITES[jurisdiction].filter((r) => checklist[r.key] !== true).map((r) => r.key);

/** `{ "RU": [...keys], "KZ": [...], "KG": [...] }`: the table as the SQL problem filter reads it. */
export const requisitesJson = (): string =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(INSTRUCTION_REQUISITES).map(([j, rules]) => [j, rules.map((r) => r.key)]),
    ),
  );
