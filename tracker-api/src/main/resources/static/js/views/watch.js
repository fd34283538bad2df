// The watch board: what we keep watching, open, with evidence seen, and closed; overdue marked.
import { actorName, api, el, start, t, text } from '../tracker.js';

function card(item) {
  return el('li', { class: 'watch-item' + (item.overdue ? ' overdue' : ''), 'data-id': item.id,
    'data-status': item.status },
  el('p', { class: 'question' }, text(item.question)),
  el('p', { class: 'muted' }, item.subjects.map(s => actorName(s)).join(' · ')),
  item.resolvesWhen ? el('p', {}, el('span', { class: 'muted' }, t('watch.resolvesWhen') + ': '), text(item.resolvesWhen)) : '',
  el('p', { class: 'meta' }, t('watch.review') + ' ' + item.reviewBy,
    item.overdue ? el('span', { class: 'badge overdue' }, t('watch.overdue')) : '',
    item.evidenceCount ? el('span', { class: 'badge' }, item.evidenceCount + ' ' + t('watch.evidence')) : '',
    item.outcome ? el('span', { class: 'badge' }, item.outcome.toLowerCase().replaceAll('_', ' ')) : ''),
  el('p', { class: 'muted' }, el('code', {}, item.id)));
}

start({
  live: true,
  present: true,
  async render(main) {
    const { items } = await api('/api/watch-items');
    const column = (key, statuses) => {
      const list = items.filter(i => statuses.includes(i.status));
      return el('section', { class: 'column', 'data-column': key },
        el('h2', {}, t('watch.' + key) + ' (' + list.length + ')'),
        el('ul', { class: 'plain' }, list.map(card)));
    };
    const overdue = items.filter(i => i.overdue).length;
    main.replaceChildren(
      el('h1', {}, t('nav.watch'), overdue ? el('span', { class: 'badge overdue', id: 'overdue-count' }, overdue + ' ' + t('watch.overdue')) : ''),
      el('div', { class: 'columns', id: 'watch-board' },
        column('open', ['OPEN']), column('seen', ['EVIDENCE_SEEN']), column('closed', ['RESOLVED', 'DROPPED'])));
  },
});
