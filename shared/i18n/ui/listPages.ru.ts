/** Russian strings of the lists moved onto the shared list page: the import history, the organisations. */
export const listPagesRu = {
  importHistory: {
    filtersLabel: 'Отбор импортов',
    search: 'Файл',
    searchPlaceholder: 'Часть имени файла',
    status: 'Статус',
    anyStatus: 'Любой',
    found: 'Импортов: {{formatted}}',
    noMatchesTitle: 'Нет импортов по этому отбору',
    noMatchesText: 'Измените имя файла или статус либо сбросьте отбор.',
    reset: 'Сбросить отбор',
    pager: 'Страницы истории импортов',
  },
  organisations: {
    filtersLabel: 'Отбор организаций',
    search: 'Поиск',
    searchPlaceholder: 'Наименование, ИНН или БИН',
    found: 'Найдено: {{formatted}}',
    noMatchesTitle: 'Нет организаций по этому отбору',
    noMatchesText: 'Проверьте наименование или номер либо сбросьте отбор.',
    reset: 'Сбросить отбор',
    pager: 'Страницы списка организаций',
  },
};
