/** Russian strings of the shared desktop controls: dates, menus, search, unsaved changes, first run. */
export const desktopRu = {
  notifications: 'Уведомления',
  date: {
    placeholder: 'ДД.ММ.ГГГГ',
    timePlaceholder: 'ЧЧ:ММ',
    openCalendar: 'Выбрать дату в календаре',
    calendar: 'Календарь',
    timeOf: 'Время — {{field}}',
  },
  unsaved: {
    title: 'Несохранённые изменения',
    text: 'В форме есть изменения, которые не сохранены. Если уйти сейчас, они будут потеряны.',
    leave: 'Уйти без сохранения',
  },
  search: {
    title: 'Поиск по всем реестрам',
    label: 'Что найти',
    placeholder: 'Получатель, ФИО, телефон, e-mail, номер заказа, обращения или инцидента',
    results: 'Найдено',
    hint: 'Введите не меньше двух символов',
    nothing: 'По запросу «{{text}}» ничего не найдено',
    count_one: 'Найдена {{count}} запись',
    count_few: 'Найдено {{count}} записи',
    count_many: 'Найдено {{count}} записей',
    count_other: 'Найдено {{count}} записи',
    open: 'Поиск',
    shortcut: 'Ctrl+K',
    kinds: {
      recipient: 'Получатель',
      subject: 'Субъект',
      correspondence: 'Обращение',
      breach: 'Инцидент',
    },
  },
  sections: {
    label: 'На этой странице',
  },
  actions: {
    more: 'Ещё действия',
  },
} as const;
