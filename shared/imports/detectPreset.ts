import { identityFields, type ColumnMapping, type OrderField } from './fields';
import { normaliseHeader } from './headers';
import { presets, type ImportPreset, type PresetId } from './presets';

/** A required slot is a field, or `identity`: at least one of `identityFields` must be mapped. */
export type RequiredSlot = OrderField | 'identity';

export interface PresetCandidate {
  presetId: PresetId;
  /** Higher is better; only meaningful for ranking within one call. */
  score: number;
  /** Share of the preset's fields found in the headers, 0..1. */
  coverage: number;
  mapping: ColumnMapping;
  missingRequired: RequiredSlot[];
  missingRecommended: OrderField[];
}

const specificPresets = presets.filter((p) => p.id !== 'generic');

/** Normalised alias -> number of specific presets that know it (how distinctive a header is). */
const aliasSpread = (() => {
  const spread = new Map<string, number>();
  for (const preset of specificPresets) {
    const names = new Set(Object.values(preset.aliases).flatMap((list) => list.map(normaliseHeader)));
    for (const name of names) spread.set(name, (spread.get(name) ?? 0) + 1);
  }
  return spread;
})();

const allAliases = new Set(
  presets.flatMap((p) => Object.values(p.aliases).flatMap((list) => list.map(normaliseHeader))),
);

/** True when the header cell is a label some preset knows. */
export const isKnownHeader = (cell: string): boolean => allAliases.has(normaliseHeader(cell));

/** Maps each field to the first alias present in the headers; a header serves one field only. */
export const mappingForPreset = (preset: ImportPreset, headers: readonly string[]): ColumnMapping => {
  const byName = new Map<string, string>();
  for (const header of headers) {
    const key = normaliseHeader(header);
    if (key !== '' && !byName.has(key)) byName.set(key, header);
  }
  const used = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const [field, aliases] of Object.entries(preset.aliases) as [OrderField, readonly string[]][]) {
    for (const alias of aliases) {
      const header = byName.get(normaliseHeader(alias));
      if (header !== undefined && !used.has(header)) {
        mapping[field] = header;
        used.add(header);
        break;
      }
    }
  }
  return mapping;
};

/** Which requirements of the preset the mapping leaves unmet. */
export const missingRequirements = (
  preset: ImportPreset,
  mapping: ColumnMapping,
): { missingRequired: RequiredSlot[]; missingRecommended: OrderField[] } => {
  const missingRequired: RequiredSlot[] = preset.required.filter((f) => mapping[f] === undefined);
  if (!identityFields.some((f) => mapping[f] !== undefined)) missingRequired.push('identity');
  return { missingRequired, missingRecommended: preset.recommended.filter((f) => mapping[f] === undefined) };
};

const candidateFor = (preset: ImportPreset, headers: readonly string[]): PresetCandidate => {
  const mapping = mappingForPreset(preset, headers);
  const mapped = Object.values(mapping);
  const score =
    preset.id === 'generic'
      ? 0.25 * mapped.length
      : mapped.reduce((sum, header) => sum + 1 / (aliasSpread.get(normaliseHeader(header)) ?? 1), 0);
  return {
    presetId: preset.id,
    score,
    coverage: mapped.length / Object.keys(preset.aliases).length,
    mapping,
    ...missingRequirements(preset, mapping),
  };
};

/**
 * Ranks every preset for the headers: complete mappings first, then by how many distinctive headers
 * matched (a header known to one preset counts 1, to two presets 1/2, ...). `generic` is always listed
 * and wins ties, so it comes first when nothing specific fits.
 */
export const detectPreset = (headers: readonly string[]): PresetCandidate[] =>
  presets
    .map((p) => candidateFor(p, headers))
    .sort(
      (a, b) =>
        Number(a.missingRequired.length > 0) - Number(b.missingRequired.length > 0) ||
        b.score - a.score ||
        Number(b.presetId === 'generic') - Number(a.presetId === 'generic'),
    );

/**
 * Index of the header row among the first rows of a file: the first row with at least two non-empty
 * cells that are known labels, else the first row with any non-empty cell; -1 when all are empty.
 */
export const findHeaderRow = (rows: readonly (readonly string[])[]): number => {
  const known = rows.findIndex(
    (cells) => cells.filter((c) => c.trim() !== '' && isKnownHeader(c)).length >= 2,
  );
  if (known >= 0) return known;
  return rows.findIndex((cells) => cells.some((c) => c.trim() !== ''));
};
