// One agreement as of the day and as known at the moment: its state, each party's status since
// when and how sure, what each party undertakes, the ratifications and accessions, and every
// development about it with its sources (GET /api/agreements/{id}, and the timeline by its id).
import { actorName, api, certainty, dated, disputed, el, grade, link, start, t, text,
  timeParams } from '../tracker.js';

const id = document.getElementById('main').dataset.agreement;

const CONSENTS = ['AGREEMENT_RATIFIED', 'AGREEMENT_JOINED'];

/** A label for a code, or the code in words when the dashboard has none for it. */
const named = (prefix, code) => {
  const label = t(prefix + code);
  return label === prefix + code ? code.toLowerCase().replaceAll('_', ' ') : label;
};
const step = type => named('agp.step.', type);
const obligations = list => (list || []).map(o => named('obl.', o)).join(', ');

/** Every development about the agreement by the day: the timeline finds them by its id. */
async function history() {
  const items = [];
  for (let page = 0; page < 10; page++) {
    const p = await api('/api/timeline', { text: id, size: 200, page, ...timeParams() });
    items.push(...p.items.filter(i => (i.attributes || {}).agreementId === id));
    if ((page + 1) * 200 >= p.total) break;
  }
  return items;
}

/** The agreement as of the day, or null when nothing about it had happened (or was known) by then. */
async function agreement() {
  try {
    return await api(`/api/agreements/${encodeURIComponent(id)}`, timeParams());
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

function parties(a) {
  return el('table', { class: 'parties-table', id: 'parties' },
    el('thead', {}, el('tr', {},
      el('th', {}, t('agp.party')), el('th', {}, t('agp.status')), el('th', {}, t('board.since')),
      el('th', {}, t('agp.sure')), el('th', {}, t('agp.undertakes')))),
    el('tbody', {}, a.parties.map(p => el('tr', { 'data-actor': p.actor, 'data-status': p.status },
      el('td', {}, link(`/board?actor=${p.actor}`, actorName(p.actor)), ' ', el('span', { class: 'code' }, p.actor)),
      el('td', { class: 'status-' + p.status.toLowerCase() }, t('agp.party.' + p.status)),
      el('td', {}, dated(p.since, p.dateQualifier)),
      el('td', {}, certainty(p.certainty)),
      el('td', { class: 'obligations' },
        obligations((a.obligationsOf || {})[p.actor] || a.obligations) || '—',
        (a.obligationsOf || {})[p.actor] ? el('span', { class: 'muted' }, ' (' + t('agp.ownTerms') + ')') : '')))));
}

function consents(items) {
  const list = items.filter(i => CONSENTS.includes(i.type));
  return list.length ? el('ul', { class: 'plain', id: 'ratifications' }, list.map(i =>
    el('li', { 'data-id': i.id },
      el('span', { class: 'date' }, dated(i.date, i.dateQualifier)), ' ',
      (i.actors || []).map(actorName).join(' · '), ' ',
      el('span', { class: 'muted' }, i.type === 'AGREEMENT_JOINED'
        ? t('agp.by.' + ((i.attributes || {}).by || 'ACCESSION')) : t('agp.step.AGREEMENT_RATIFIED')), ' ',
      certainty(i.certainty))))
    : el('p', { class: 'empty', id: 'ratifications' }, t('agp.noRatifications'));
}

function sources(item) {
  return (item.sources || []).length ? el('ul', { class: 'sources' }, item.sources.map(s => el('li', {},
    el('span', { class: 'document' }, s.document), ' ', grade(s), s.locator ? ' · ' + s.locator : '',
    s.quote ? el('blockquote', { lang: 'zh-Hant' }, s.quote) : ''))) : '';
}

function steps(items) {
  return items.length ? el('ol', { class: 'timeline', id: 'agreement-history' }, items.map(i =>
    el('li', { class: 'item', 'data-id': i.id, 'data-type': i.type },
      el('span', { class: 'date' }, dated(i.date, i.dateQualifier)), ' ', certainty(i.certainty), ' ',
      el('span', { class: 'type' }, step(i.type)), ' ',
      el('span', { class: 'actors' }, (i.actors || []).map(actorName).join(' · ')), ' ',
      el('span', { class: 'summary' }, text(i.summary)),
      i.attributes && i.attributes.change ? el('span', { class: 'muted' }, ' — ' + text(i.attributes.change)) : '',
      ' ', link(`/timeline?text=${i.id}`, i.id.slice(0, 8), { class: 'code', title: t('agp.onTimeline') }),
      sources(i))))
    : el('p', { class: 'empty' }, '—');
}

start({
  live: true,
  async render(main) {
    // nothing about it had happened by the day: no agreement to ask for (nor a 404 to log)
    const items = await history();
    const a = items.length ? await agreement() : null;
    if (!a) {
      main.replaceChildren(
        el('h1', {}, id),
        el('p', { class: 'empty', id: 'agreement-state', 'data-state': 'UNKNOWN' }, t('agp.unknown')),
        el('p', {}, link(`/timeline?text=${id}`, t('agp.timeline'))));
      return;
    }
    const other = a.titleEn && a.titleEn !== a.title ? a.titleEn : '';
    main.replaceChildren(
      el('h1', {}, a.title || a.titleEn || a.id, ' ', el('span', { class: 'code' }, a.id)),
      other || a.instrument ? el('p', { class: 'muted', id: 'agreement-kind' },
        [other, a.instrument ? named('instr.', a.instrument) : ''].filter(Boolean).join(' · ')) : '',
      el('dl', { class: 'facts', id: 'agreement-state', 'data-state': a.state || 'UNKNOWN' },
        el('dt', {}, t('agp.state')),
        el('dd', {}, t('agp.state.' + (a.state || 'UNKNOWN')), ' ',
          a.since ? el('span', { class: 'muted' }, t('rel.since') + ' ' + dated(a.since, a.dateQualifier)) : '', ' ',
          certainty(a.certainty)),
        el('dt', {}, t('agp.asOf')), el('dd', {}, a.asOf),
        el('dt', {}, t('agp.obligations')), el('dd', { id: 'agreement-obligations' }, obligations(a.obligations) || '—')),
      el('h2', {}, t('agp.parties') + ' (' + a.parties.length + ')'),
      parties(a),
      el('h2', {}, t('agp.ratifications')),
      consents(items),
      disputed(a.disputed),
      el('h2', {}, t('agp.history')),
      steps(items),
      el('p', { class: 'muted' }, t('rel.basis') + ': ' + a.basis.length + ' · ',
        link(`/timeline?text=${id}`, t('agp.timeline'))));
  },
});
