/** Countries offered in forms (ISO 3166-1 alpha-2), with Russian and English names. */
export const countries: readonly { code: string; ru: string; en: string }[] = [
  { code: 'KG', ru: 'Кыргызстан', en: 'Kyrgyzstan' },
  { code: 'KZ', ru: 'Казахстан', en: 'Kazakhstan' },
  { code: 'RU', ru: 'Россия', en: 'Russia' },
  { code: 'UZ', ru: 'Узбекистан', en: 'Uzbekistan' },
  { code: 'TJ', ru: 'Таджикистан', en: 'Tajikistan' },
  { code: 'TM', ru: 'Туркменистан', en: 'Turkmenistan' },
  { code: 'BY', ru: 'Беларусь', en: 'Belarus' },
  { code: 'AM', ru: 'Армения', en: 'Armenia' },
  { code: 'AZ', ru: 'Азербайджан', en: 'Azerbaijan' },
  { code: 'GE', ru: 'Грузия', en: 'Georgia' },
  { code: 'CN', ru: 'Китай', en: 'China' },
  { code: 'TR', ru: 'Турция', en: 'Türkiye' },
  { code: 'AE', ru: 'ОАЭ', en: 'United Arab Emirates' },
  { code: 'IN', ru: 'Индия', en: 'India' },
  { code: 'KR', ru: 'Республика Корея', en: 'Republic of Korea' },
  { code: 'SG', ru: 'Сингапур', en: 'Singapore' },
  { code: 'US', ru: 'США', en: 'United States' },
  { code: 'GB', ru: 'Великобритания', en: 'United Kingdom' },
  { code: 'DE', ru: 'Германия', en: 'Germany' },
  { code: 'NL', ru: 'Нидерланды', en: 'Netherlands' },
  { code: 'IE', ru: 'Ирландия', en: 'Ireland' },
  { code: 'FI', ru: 'Финляндия', en: 'Finland' },
  { code: 'FR', ru: 'Франция', en: 'France' },
  { code: 'LT', ru: 'Литва', en: 'Lithuania' },
  { code: 'LV', ru: 'Латвия', en: 'Latvia' },
  { code: 'EE', ru: 'Эстония', en: 'Estonia' },
  { code: 'PL', ru: 'Польша', en: 'Poland' },
  { code: 'CY', ru: 'Кипр', en: 'Cyprus' },
];

export const countryName = (code: string, lang: 'ru' | 'en' = 'ru'): string =>
  countries.find((c) => c.code === code)?.[lang] ?? code;
