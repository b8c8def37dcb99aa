import { readFile } from 'node:fs/promises';
import { DeadlineRules, type DeadlineRule } from '../../../shared/deadlines';
import { resourcePath } from '../../runtimeAssets';

const cache = new Map<string, Promise<readonly DeadlineRule[]>>();

/** The deadline rules shipped in resources/rules/deadline-rules.json, parsed once per folder. */
export const loadDeadlineRules = (resourcesDir: string): Promise<readonly DeadlineRule[]> => {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const loading = readFile(resourcePath(resourcesDir, 'rules', 'deadline-rules.json'), 'utf8').then((text) =>
    DeadlineRules.parse(JSON.parse(text)),
  );
  cache.set(resourcesDir, loading);
  loading.catch(() => cache.delete(resourcesDir));
  return loading;
};
