/**
 * What must never reach a person: field and enum codes, IANA zone ids, source keys of the import
 * presets, programming values. Shared by the test of the UI resources and of the printed documents.
 */
const PATTERNS: [string, RegExp][] = [
  ['camelCase identifier', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ['snake_case identifier', /\b[a-z]+_[a-z_]+\b/],
  ['IANA time zone', /\b(Europe|Asia|America|Africa|Australia|Pacific|Atlantic|Indian|Etc)\/[A-Z]/],
  ['source key', /(^|[^\p{L}])(bitrix|shopify|woocommerce|opencart)([^\p{L}]|$)/u],
  ['programming value', /\b(undefined|null|NaN|true|false)\b|\[object Object\]/],
];

/** Interpolations and documented format tokens are not text a person reads as such. */
const stripTokens = (text: string): string => text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\{[^{}]*\}/g, ' ');

/** The problems found in one text: ['camelCase identifier: approxSubjects', …]. */
export const technicalLeaks = (text: string, codes: ReadonlySet<string> = new Set()): string[] => {
  const clean = stripTokens(text);
  const found = PATTERNS.flatMap(([name, re]) => {
    const m = re.exec(clean);
    return m ? [`${name}: ${m[0].trim()}`] : [];
  });
  for (const word of clean.match(/\b[A-Za-z][A-Za-z]{3,}\b/g) ?? [])
    if (codes.has(word)) found.push(`enum code: ${word}`);
  return found;
};

/** Every string leaf of a resource tree with its dotted path. */
export const stringLeaves = (tree: unknown, path = ''): [string, string][] => {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  return [];
};
