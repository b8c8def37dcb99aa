/** The decision and "what will be done" paragraphs of answers, per decision and kind. */
import type { CorrespondenceKind } from '../domain/correspondence';
import { KIND_PHRASES } from '../correspondence/labels';
import { formatDateRu } from '../format/date';
import { amountInWords } from './amountInWords';
import type { AnswerTemplateInput } from './answerTemplates';
import { organisationDisplayName } from './recipientRegister';

interface DecisionText {
  decision: string;
  actions: string;
}

/** What satisfying a request of each kind means for the data. */
const SATISFIED: Record<CorrespondenceKind, string> = {
  claim:
    'По результатам рассмотрения претензии Ваши требования признаны обоснованными и подлежат удовлетворению в полном объёме.',
  access: 'Сведения об обработке Ваших персональных данных приведены ниже.',
  correction:
    'По результатам проверки Ваши персональные данные уточнены в соответствии с представленными сведениями; блокирование данных на период проверки снято.',
  blocking: 'Обработка Ваших персональных данных заблокирована на период проверки.',
  deletion: 'Обработка Ваших персональных данных прекращена, персональные данные уничтожены.',
  consentWithdrawal:
    'Обработка Ваших персональных данных, осуществлявшаяся на основании согласия, прекращена; персональные данные подлежат уничтожению, если иное не предусмотрено законом или договором с Вами.',
  objection: 'Обработка Ваших персональных данных прекращена.',
  regulatorRequest: 'Во исполнение запроса направляем запрашиваемую информацию.',
  other: 'По результатам рассмотрения Ваше обращение признано обоснованным и подлежит удовлетворению.',
};

const satisfiedActions = (input: AnswerTemplateInput): string => {
  const { item, kind } = input;
  if (kind === 'claim' && item.amountMinor !== null && item.currency !== null) {
    return (
      `Денежные средства в сумме ${amountInWords(item.amountMinor, item.currency)} будут перечислены Вам ` +
      'в срок до [дата] [способом / по реквизитам, указанным в претензии].'
    );
  }
  if (kind === 'blocking') {
    return `Блокирование действует с ${formatDateRu(item.receivedDate)} до окончания проверки; о её результатах Вам будет сообщено дополнительно.`;
  }
  if (kind === 'access' || kind === 'regulatorRequest') return '';
  return '[Укажите, какие действия совершены или будут совершены и в какой срок.]';
};

const accessAnswer = (input: AnswerTemplateInput): DecisionText => {
  const org = organisationDisplayName(input.organisation);
  const law =
    input.organisation.jurisdiction === 'RU' ? ' (часть 7 статьи 14 Федерального закона № 152-ФЗ)' : '';
  return {
    decision:
      `Подтверждаем, что ${org} осуществляет обработку Ваших персональных данных. ` +
      `Сведения об обработке${law} приведены ниже.`,
    actions:
      'Персональные данные обрабатываются в течение срока, необходимого для достижения целей обработки, ' +
      'и уничтожаются по его истечении, если иное не предусмотрено законом. [Уточните сроки хранения.]',
  };
};

export const decisionText = (input: AnswerTemplateInput): DecisionText => {
  const phrase = KIND_PHRASES[input.kind];
  switch (input.decision) {
    case 'satisfied':
      return { decision: SATISFIED[input.kind], actions: satisfiedActions(input) };
    case 'partlySatisfied':
      return {
        decision:
          `По результатам рассмотрения ${phrase.genitive} Ваши требования признаны обоснованными частично: ` +
          '[укажите, в какой части требования удовлетворены, а в какой отклонены, и почему].',
        actions: '[Укажите, какие действия будут совершены в удовлетворённой части и в какой срок.]',
      };
    case 'refused':
      return {
        decision:
          `По результатам рассмотрения ${phrase.genitive} оснований для удовлетворения Ваших требований не установлено. ` +
          'В удовлетворении требований отказано по следующим основаниям: [изложите мотивы отказа со ссылкой на нормы].',
        actions: '',
      };
    case 'moreInformation':
      return {
        decision:
          `Для рассмотрения ${phrase.genitive} по существу просим представить: [перечислите недостающие сведения ` +
          'и документы — например, номер заказа, сведения, позволяющие установить Вашу личность, документы, ' +
          'подтверждающие неточность данных].',
        actions: `Рассмотрение ${phrase.genitive} будет продолжено после получения указанных сведений.`,
      };
    case 'accessAnswer':
      return accessAnswer(input);
  }
};
