import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/domain/settings';
import { labelsEn } from '../../../shared/i18n/labels.en';
import { labelsRu } from '../../../shared/i18n/labels.ru';
import { uiEn } from '../../../shared/i18n/ui/en';
import { uiRu } from '../../../shared/i18n/ui/ru';

export const resources = {
  ru: { translation: { ...uiRu, labels: labelsRu } },
  en: { translation: { ...uiEn, labels: labelsEn } },
};

/** Resources are bundled, so initialisation is synchronous and the first render is translated. */
void i18next.use(initReactI18next).init({
  resources,
  lng: 'ru',
  fallbackLng: 'ru',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export const applyLanguage = async (language: UiLanguage): Promise<void> => {
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
};

export { i18next };
