import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
/** The sample policy (a verbatim copy of ../shared/samples/privacy-policy-istore-kg.txt shipped as demo data). */
export const ISTORE_KG = readFileSync(join(root, 'resources/demo-policies/istore-kg.txt'), 'utf8');
/** Markdown with bold numbered clauses. */
export const JETU_MD = readFileSync(join(root, 'resources/demo-policies/jetu-market.md'), 'utf8');
/** Markdown with numbering restarting in unnumbered sections. */
export const SECTIONS_MD = readFileSync(join(root, 'tests/fixtures/policies/shop-sections.md'), 'utf8');
export const policyFixture = (name: string): Buffer =>
  readFileSync(join(root, 'tests/fixtures/policies', name));
