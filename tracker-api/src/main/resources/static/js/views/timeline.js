// The timeline: developments in date order, filtered, each opening to its sources and details.
import { actorName, allActors, api, certainty, dated, el, grade, link, start, state, t, text,
  timeParams } from '../tracker.js';
import { editControls, edited, redrawAfterEdits } from './edit.js';

const SIZE = 50;
let types = null;
/** Items the reader opened stay open when the view redraws (live updates, time control). */
const opened = new Set();

function filters() {
  return {
    actor: state.get('actor'), partner: state.get('partner'), type: state.getAll('type'),
    from: state.get('from'), to: state.get('to'), within: state.get('within'), text: state.get('text'),
    page: state.get('page') || 0,
  };
}

/** The partner, only beside another actor: developments naming both. */
const paired = (actor, partner) => actor && partner && partner !== actor ? partner : null;

function form(f, redraw) {
  const submit = e => {
    e.preventDefault();
    const data = new FormData(e.target);
    state.set({
      actor: data.get('actor'), partner: paired(data.get('actor'), data.get('partner')),
      type: data.get('type'), from: data.get('from'), to: data.get('to'),
      within: data.get('within') === 'certainly' ? 'certainly' : null, text: data.get('text'), page: null,
    });
    redraw();
  };
  const actors = (name, chosen) => el('select', { name },
    el('option', { value: '' }, t('tl.any')),
    allActors().sort((a, b) => a.code.localeCompare(b.code)).map(a =>
      el('option', { value: a.code, selected: a.code === chosen }, a.code + ' · ' + actorName(a.code))));
  return el('form', { class: 'filters', id: 'timeline-filters', onsubmit: submit },
    el('label', {}, t('tl.actor') + ' ', actors('actor', f.actor)),
    el('label', {}, t('tl.partner') + ' ', actors('partner', f.partner)),
    el('label', {}, t('tl.type') + ' ', el('select', { name: 'type' },
      el('option', { value: '' }, t('tl.any')),
      types.map(ty => el('option', { value: ty, selected: f.type.includes(ty) }, ty.toLowerCase().replaceAll('_', ' '))))),
    el('label', {}, t('tl.from') + ' ', el('input', { name: 'from', value: f.from || '', size: 10, placeholder: '2013' })),
    el('label', {}, t('tl.to') + ' ', el('input', { name: 'to', value: f.to || '', size: 10, placeholder: '2014-06' })),
    el('label', {}, t('tl.within') + ' ', el('select', { name: 'within' },
      ['possibly', 'certainly'].map(w => el('option', { value: w, selected: w === (f.within || 'possibly') },
        t('tl.within.' + w))))),
    el('label', {}, t('tl.text') + ' ', el('input', { name: 'text', value: f.text || '', placeholder: '天然氣, pipeline' })),
    el('button', { type: 'submit' }, t('tl.filter')));
}

function detail(item) {
  return el('div', { class: 'detail' },
    item.summary && item.summary.en && state.lang !== 'en' ? el('p', { class: 'other-language' }, item.summary.en) : '',
    item.summary && item.summary['zh-Hant'] && state.lang === 'en' ? el('p', { class: 'other-language', lang: 'zh-Hant' }, item.summary['zh-Hant']) : '',
    el('h3', {}, t('tl.sources')),
    el('ul', { class: 'sources' }, (item.sources || []).map(s => el('li', {},
      el('span', { class: 'document' }, s.document), ' ', grade(s), ' · ', el('span', { class: 'locator' }, s.locator || ''),
      s.quote ? el('blockquote', { lang: 'zh-Hant' }, s.quote) : ''))),
    Object.keys(item.attributes || {}).length ? [el('h3', {}, t('tl.attributes')),
      el('dl', { class: 'attributes' }, Object.entries(item.attributes).flatMap(([k, v]) =>
        [el('dt', {}, k), el('dd', {}, typeof v === 'object' ? (Array.isArray(v) ? v.join(', ') : text(v)) : String(v))]))] : '',
    el('p', { class: 'muted' }, t('tl.recorded') + ' ' + item.recordedAt + ' · ' + t('tl.version') + ' ' + item.version
      + ' · ', el('code', {}, item.id)),
    editControls(item.id, item.version));
}

/** The agreement a development is about, if it is about one. */
const agreementOf = item => (item.attributes || {}).agreementId || null;

function row(item) {
  const open = e => {
    const li = e.currentTarget.closest('li');
    const existing = li.querySelector('.detail');
    if (existing) { existing.remove(); opened.delete(item.id); } else { li.append(detail(item)); opened.add(item.id); }
    e.currentTarget.setAttribute('aria-expanded', String(!existing));
  };
  const actorsOf = item.actors || [];
  const isOpen = opened.has(item.id);
  return el('li', { class: 'item', 'data-id': item.id, 'data-type': item.type },
    el('button', { type: 'button', class: 'item-head', onclick: open, 'aria-expanded': String(isOpen) },
      el('span', { class: 'date' }, dated(item.date, item.dateQualifier)), ' ', certainty(item.certainty), ' ',
      el('span', { class: 'type' }, item.type.toLowerCase().replaceAll('_', ' ')), ' ',
      el('span', { class: 'summary' }, text(item.summary) || ''), ' ',
      el('span', { class: 'actors' }, actorsOf.map(a => actorName(a)).join(' · '))),
    actorsOf.length === 2 || agreementOf(item) ? el('span', { class: 'links' },
      actorsOf.length === 2 ? link(`/relationships/${actorsOf[0]}/${actorsOf[1]}`, '⇄') : '',
      agreementOf(item) ? [' ', link(`/agreements/${agreementOf(item)}`, t('tl.agreement'),
        { class: 'agreement-link' })] : '') : '',
    isOpen ? detail(item) : '');
}

start({
  live: true,
  async render(main, redraw) {
    if (!types) types = (await api('/api/vocabulary')).types.map(ty => ty.type);
    const f = filters();
    const page = await api('/api/timeline', {
      actor: f.actor, partner: paired(f.actor, f.partner), type: f.type, from: f.from, to: f.to,
      within: f.within, text: f.text, page: f.page, size: SIZE,
      ...timeParams(),
    });
    redrawAfterEdits(redraw);
    page.items = edited(page.items);
    const pages = Math.max(1, Math.ceil(page.total / SIZE));
    const go = p => () => { state.set({ page: p || null }); redraw(); };
    main.replaceChildren(
      el('h1', {}, t('nav.timeline')),
      form(f, redraw),
      el('p', { class: 'muted', id: 'timeline-total' }, `${page.total} ${t('tl.total')}`),
      page.items.length ? el('ol', { class: 'timeline', id: 'timeline' }, page.items.map(row))
        : el('p', { class: 'empty' }, t('tl.empty')),
      pages > 1 ? el('p', { class: 'pager' },
        el('button', { type: 'button', disabled: page.page === 0, onclick: go(page.page - 1) }, '← ' + t('tl.less')),
        ` ${page.page + 1} / ${pages} `,
        el('button', { type: 'button', disabled: page.page + 1 >= pages, onclick: go(page.page + 1) }, t('tl.more') + ' →'))
        : '');
  },
});
