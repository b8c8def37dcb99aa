import type { agendaRu } from './agenda.ru';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English strings of «Сроки» beyond claims and requests. */
export const agendaEn: Strings<typeof agendaRu> = {
  kind: {
    breachClock: 'Incident notice',
    review: 'Recipient review',
    contractEnd: 'Contract ends',
    block: 'Block in force',
    calendar: 'Working-day calendar',
  },
  due: {
    breachClock: 'by {{at}}',
    review: 'review on {{date}}',
    contractEnd: 'contract until {{date}}',
    block: 'since {{date}}',
    calendar: 'ends on {{date}}',
  },
  blockStale: 'the item is answered or closed — lift the block',
  blockItem: 'for item {{number}} ({{kind}})',
  calendarText:
    'The working-day calendar ({{country}}) only runs to {{year}} — add the next year in the deadline settings',
  sections: {
    upcoming: 'Contracts and reviews in the next 30 days',
    blocks: 'Blocks in force',
    calendars: 'Working-day calendars',
  },
  noneOther: 'Nothing else in this group.',
  reminderTitle: 'Compliance Desk — deadlines',
  reminderBody: 'Overdue: {{overdue}}. Due today: {{today}}. Open «Deadlines» to see what.',
  badge_one: '{{count}} overdue',
  // Russian plural forms; English uses _one and _other only.
  badge_few: '{{count}} overdue',
  badge_many: '{{count}} overdue',
  badge_other: '{{count}} overdue',
};
