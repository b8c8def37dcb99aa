import 'i18next';
import type { labelsRu } from '../../../shared/i18n/labels.ru';
import type { uiRu } from '../../../shared/i18n/ui/ru';

/** Typed keys: `t('register.title')` is checked against the Russian resources at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof uiRu & { labels: typeof labelsRu } };
  }
}
