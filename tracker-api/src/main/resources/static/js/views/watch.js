// The watch board: what we keep watching, open, with evidence seen, and closed; overdue marked. It
// answers for the page's day (asOf) as known at its moment (knownAt), like every other view. A card
// opens (click, or Enter on its question) to the item's evidence and history beside the board; the
// item open is in the URL (item=…). Analysts open items here and take their steps.
import { actorName, api, can, certainty, el, start, state, t, text, timeParams } from '../tracker.js';
import { openForm } from './watch-forms.js';
import { drawItem } from './watch-item.js';

/** The page's fixed parts, built once per language so that live redraws keep what is typed. */
let page = null;
let vocabulary = null;

function card(item, selected, choose) {
  return el('li', { class: 'watch-item' + (item.overdue ? ' overdue' : '') + (selected ? ' selected' : ''),
    'data-id': item.id, 'data-status': item.status, onclick: e => { if (!e.target.closest('a, button')) choose(item.id); } },
  el('p', { class: 'question' }, el('button', { type: 'button', class: 'card-open', 'aria-expanded': String(selected),
    'aria-controls': 'watch-detail', onclick: () => choose(item.id) }, text(item.question))),
  el('p', { class: 'muted' }, item.subjects.map(s => actorName(s)).join(' · ')),
  item.resolvesWhen ? el('p', {}, el('span', { class: 'muted' }, t('watch.resolvesWhen') + ': '), text(item.resolvesWhen)) : '',
  el('p', { class: 'meta' }, t('watch.openedOn') + ' ' + item.openedOn,
    item.closedOn ? ' · ' + t(item.status === 'DROPPED' ? 'watch.droppedOn' : 'watch.resolvedOn') + ' ' + item.closedOn : '',
    ' ', certainty(item.certainty)),
  el('p', { class: 'meta review' }, t('watch.review') + ' ' + item.reviewBy,
    item.overdue ? el('span', { class: 'badge overdue' }, t('watch.overdue')) : '',
    item.evidenceCount ? el('span', { class: 'badge' }, item.evidenceCount + ' ' + t('watch.evidence')) : '',
    item.outcome ? el('span', { class: 'badge outcome' }, t('watch.outcome.' + item.outcome)) : ''),
  el('p', { class: 'muted' }, el('code', {}, item.id)));
}

async function build(main, redraw) {
  if (can('ANALYST') && !vocabulary) {
    const [v, documents] = await Promise.all([api('/api/vocabulary'), api('/api/documents')]);
    vocabulary = { types: v.types.map(ty => ty.type), documents };
  }
  const opened = id => { state.set({ item: id }); redraw(); };
  page = {
    lang: state.lang,
    title: el('h1', { id: 'watch-title' }),
    day: el('p', { class: 'muted', id: 'watch-day' }),
    board: el('div', { class: 'columns', id: 'watch-board' }),
    detail: el('section', { id: 'watch-detail', class: 'watch-detail', 'aria-label': t('watch.detail'), hidden: true }),
  };
  page.layout = el('div', { class: 'watch-layout' }, page.board, page.detail);
  main.replaceChildren(page.title, page.day,
    can('ANALYST') ? openForm(vocabulary.types, vocabulary.documents, opened) : '', page.layout);
}

start({
  live: true,
  async render(main, redraw) {
    const list = await api('/api/watch-items', timeParams());
    if (!page || page.lang !== state.lang || !main.contains(page.layout)) await build(main, redraw);
    const items = list.items;
    const chosen = state.get('item');
    const choose = id => { state.set({ item: id === chosen ? null : id }); redraw(); };
    const focused = document.activeElement?.closest?.('#watch-board [data-id]')?.dataset.id;
    const column = (key, statuses) => {
      const shown = items.filter(i => statuses.includes(i.status));
      return el('section', { class: 'column', 'data-column': key },
        el('h2', {}, t('watch.' + key) + ' (' + shown.length + ')'),
        el('ul', { class: 'plain' }, shown.map(i => card(i, i.id === chosen, choose))));
    };
    const overdue = items.filter(i => i.overdue).length;
    page.title.replaceChildren(t('nav.watch'),
      overdue ? el('span', { class: 'badge overdue', id: 'overdue-count' }, overdue + ' ' + t('watch.overdue')) : '');
    page.day.textContent = t('watch.asOf') + ' ' + list.asOf + (state.knownAt ? ' · ' + t('watch.knownAt') + ' ' + state.knownAt : '');
    page.board.replaceChildren(column('open', ['OPEN']), column('seen', ['EVIDENCE_SEEN']),
      column('closed', ['RESOLVED', 'DROPPED']));
    if (focused) page.board.querySelector(`[data-id="${CSS.escape(focused)}"] .card-open`)?.focus();
    page.layout.classList.toggle('with-detail', Boolean(chosen));
    page.detail.hidden = !chosen;
    if (chosen) {
      await drawItem(page.detail, chosen, redraw, () => { state.set({ item: null }); redraw(); });
    } else {
      page.detail.replaceChildren();
    }
  },
});
