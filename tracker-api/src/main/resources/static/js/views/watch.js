// The watch board: what we keep watching, open, with evidence seen, and closed; overdue marked. It
// answers for the page's day (asOf) as known at its moment (knownAt), like every other view.
import { actorName, api, certainty, el, start, state, t, text, timeParams } from '../tracker.js';

function card(item) {
  return el('li', { class: 'watch-item' + (item.overdue ? ' overdue' : ''), 'data-id': item.id,
    'data-status': item.status },
  el('p', { class: 'question' }, text(item.question)),
  el('p', { class: 'muted' }, item.subjects.map(s => actorName(s)).join(' · ')),
  item.resolvesWhen ? el('p', {}, el('span', { class: 'muted' }, t('watch.resolvesWhen') + ': '), text(item.resolvesWhen)) : '',
  el('p', { class: 'meta' }, t('watch.openedOn') + ' ' + item.openedOn,
    item.closedOn ? ' · ' + t(item.status === 'DROPPED' ? 'watch.droppedOn' : 'watch.resolvedOn') + ' ' + item.closedOn : '',
    ' ', certainty(item.certainty)),
  el('p', { class: 'meta' }, t('watch.review') + ' ' + item.reviewBy,
    item.overdue ? el('span', { class: 'badge overdue' }, t('watch.overdue')) : '',
    item.evidenceCount ? el('span', { class: 'badge' }, item.evidenceCount + ' ' + t('watch.evidence')) : '',
    item.outcome ? el('span', { class: 'badge outcome' }, t('watch.outcome.' + item.outcome)) : ''),
  el('p', { class: 'muted' }, el('code', {}, item.id)));
}

start({
  live: true,
  async render(main) {
    const list = await api('/api/watch-items', timeParams());
    const items = list.items;
    const column = (key, statuses) => {
      const shown = items.filter(i => statuses.includes(i.status));
      return el('section', { class: 'column', 'data-column': key },
        el('h2', {}, t('watch.' + key) + ' (' + shown.length + ')'),
        el('ul', { class: 'plain' }, shown.map(card)));
    };
    const overdue = items.filter(i => i.overdue).length;
    main.replaceChildren(
      el('h1', {}, t('nav.watch'), overdue ? el('span', { class: 'badge overdue', id: 'overdue-count' }, overdue + ' ' + t('watch.overdue')) : ''),
      el('p', { class: 'muted', id: 'watch-day' }, t('watch.asOf') + ' ' + list.asOf,
        state.knownAt ? ' · ' + t('watch.knownAt') + ' ' + state.knownAt : ''),
      el('div', { class: 'columns', id: 'watch-board' },
        column('open', ['OPEN']), column('seen', ['EVIDENCE_SEEN']), column('closed', ['RESOLVED', 'DROPPED'])));
  },
});
