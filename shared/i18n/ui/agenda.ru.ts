/** Russian strings of «Сроки» beyond claims and requests (merged into uiRu under `agenda`). */
export const agendaRu = {
  kind: {
    breachClock: 'Уведомление об инциденте',
    review: 'Пересмотр получателя',
    contractEnd: 'Окончание договора',
    block: 'Действующее блокирование',
    calendar: 'Производственный календарь',
  },
  due: {
    breachClock: 'до {{at}}',
    review: 'пересмотр {{date}}',
    contractEnd: 'договор до {{date}}',
    block: 'с {{date}}',
    calendar: 'заканчивается {{date}}',
  },
  blockStale: 'обращение отвечено или закрыто — снимите блокирование',
  blockItem: 'по обращению вх. № {{number}} ({{kind}})',
  calendarText:
    'Производственный календарь ({{country}}) есть только до {{year}} года — добавьте следующий год в настройках сроков',
  sections: {
    upcoming: 'Договоры и пересмотры в ближайшие 30 дней',
    blocks: 'Действующие блокирования',
    calendars: 'Производственные календари',
  },
  noneOther: 'Других сроков в этой группе нет.',
  reminderTitle: 'Compliance Desk — сроки',
  reminderBody:
    'Просрочено: {{overdue}}. Истекает сегодня: {{today}}. Откройте «Сроки», чтобы увидеть, что именно.',
  badge_one: '{{count}} просрочен',
  badge_few: '{{count}} просрочено',
  badge_many: '{{count}} просрочено',
  badge_other: '{{count}} просрочено',
};
