import type { ColumnMapping, OrderField } from './fields';
import { missingRequirements, type RequiredSlot } from './detectPreset';
import { findHeader } from './headers';
import { presetById, type PresetId } from './presets';

export interface MappingCheck {
  /** The mapping rewritten to the file's own header spelling; fields whose header is absent are dropped. */
  mapping: ColumnMapping;
  /** Fields whose header is not in the file (e.g. a saved profile from an older export). */
  headersNotFound: { field: OrderField; header: string }[];
  missingRequired: RequiredSlot[];
  missingRecommended: OrderField[];
  /** Headers mapped to more than one field. */
  reusedHeaders: string[];
}

/**
 * Checks a manual or saved mapping against a file's headers. Headers match by name (normalised),
 * never by position, so a saved profile survives reordered or re-cased columns.
 */
export const checkMapping = (
  mapping: ColumnMapping,
  headers: readonly string[],
  presetId: PresetId = 'generic',
): MappingCheck => {
  const resolved: ColumnMapping = {};
  const headersNotFound: MappingCheck['headersNotFound'] = [];
  const counts = new Map<string, number>();
  for (const [field, header] of Object.entries(mapping) as [OrderField, string | undefined][]) {
    if (header === undefined) continue;
    const actual = findHeader(headers, header);
    if (actual === undefined) {
      headersNotFound.push({ field, header });
      continue;
    }
    resolved[field] = actual;
    counts.set(actual, (counts.get(actual) ?? 0) + 1);
  }
  return {
    mapping: resolved,
    headersNotFound,
    ...missingRequirements(presetById(presetId), resolved),
    reusedHeaders: [...counts].filter(([, n]) => n > 1).map(([h]) => h),
  };
};
