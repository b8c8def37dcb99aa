import type { Jurisdiction } from '../domain/common';
import type { CorrespondenceKind, CorrespondenceStatus, ReceivedVia } from '../domain/correspondence';
import type { AnswerDecision } from '../domain/correspondenceAnswer';

/** Russian names for the printed journals and letters (the UI has its own i18n resources). */
export const correspondenceLabelsRu = {
  kind: {
    claim: 'Претензия',
    access: 'Запрос сведений об обработке ПД',
    correction: 'Требование об уточнении ПД',
    blocking: 'Требование о блокировании ПД',
    deletion: 'Требование об уничтожении ПД',
    consentWithdrawal: 'Отзыв согласия на обработку ПД',
    objection: 'Требование о прекращении обработки ПД',
    regulatorRequest: 'Запрос уполномоченного органа',
    other: 'Иное обращение',
  } satisfies Record<CorrespondenceKind, string>,
  status: {
    registered: 'Зарегистрировано',
    inReview: 'На рассмотрении',
    answerDrafted: 'Подготовлен проект ответа',
    answered: 'Ответ направлен',
    closed: 'Закрыто',
    extended: 'Срок продлён',
    paused: 'Срок приостановлен',
  } satisfies Record<CorrespondenceStatus, string>,
  receivedVia: {
    post: 'почта',
    email: 'электронная почта',
    inPerson: 'лично',
    website: 'сайт',
    other: 'иной способ',
  } satisfies Record<ReceivedVia, string>,
  decision: {
    satisfied: 'удовлетворено',
    partlySatisfied: 'удовлетворено частично',
    refused: 'отказано',
    moreInformation: 'запрошены дополнительные сведения',
    accessAnswer: 'предоставлены сведения',
  } satisfies Record<AnswerDecision, string>,
};

/** How a letter names the incoming item: «Ваша претензия … поступила», «рассмотрения претензии». */
export interface KindPhrase {
  /** «Ваша претензия» (nominative with the pronoun). */
  yours: string;
  /** «поступила» — agrees with the noun's gender. */
  arrived: string;
  /** «претензии» (genitive). */
  genitive: string;
  /** «Ваши требования признаны» vs «Ваше требование признано»: the claim speaks of demands. */
  topic: string;
}

export const KIND_PHRASES: Record<CorrespondenceKind, KindPhrase> = {
  claim: {
    yours: 'Ваша претензия',
    arrived: 'поступила',
    genitive: 'претензии',
    topic: 'О рассмотрении претензии',
  },
  access: {
    yours: 'Ваш запрос о предоставлении сведений об обработке персональных данных',
    arrived: 'поступил',
    genitive: 'запроса',
    topic: 'О предоставлении сведений об обработке персональных данных',
  },
  correction: {
    yours: 'Ваше требование об уточнении персональных данных',
    arrived: 'поступило',
    genitive: 'требования',
    topic: 'Об уточнении персональных данных',
  },
  blocking: {
    yours: 'Ваше требование о блокировании персональных данных',
    arrived: 'поступило',
    genitive: 'требования',
    topic: 'О блокировании персональных данных',
  },
  deletion: {
    yours: 'Ваше требование об уничтожении персональных данных',
    arrived: 'поступило',
    genitive: 'требования',
    topic: 'Об уничтожении персональных данных',
  },
  consentWithdrawal: {
    yours: 'Ваш отзыв согласия на обработку персональных данных',
    arrived: 'поступил',
    genitive: 'отзыва согласия',
    topic: 'Об отзыве согласия на обработку персональных данных',
  },
  objection: {
    yours: 'Ваше требование о прекращении обработки персональных данных',
    arrived: 'поступило',
    genitive: 'требования',
    topic: 'О прекращении обработки персональных данных',
  },
  regulatorRequest: {
    yours: 'Ваш запрос',
    arrived: 'поступил',
    genitive: 'запроса',
    topic: 'О представлении информации по запросу',
  },
  other: {
    yours: 'Ваше обращение',
    arrived: 'поступило',
    genitive: 'обращения',
    topic: 'О рассмотрении обращения',
  },
};

/** The data-protection law of each country, as cited in letters. */
export const DATA_LAW: Record<Jurisdiction, string> = {
  RU: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
  KZ: 'Закон Республики Казахстан от 21.05.2013 № 94-V «О персональных данных и их защите»',
  KG: 'Закон Кыргызской Республики от 14.04.2008 № 58 «Об информации персонального характера»',
};

/** Where a data subject may complain, as written in the remedies paragraph. */
export const SUPERVISOR: Record<Jurisdiction, string> = {
  RU: 'в уполномоченный орган по защите прав субъектов персональных данных (Роскомнадзор) или в суд (статья 17 Федерального закона № 152-ФЗ)',
  KZ: 'в уполномоченный орган в сфере защиты персональных данных или в суд',
  KG: 'в уполномоченный государственный орган в сфере персональных данных или в суд',
};
