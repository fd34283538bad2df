// The relationship board: one actor against each of its partners, as of the day and as known then;
// the partners are states unless the kind filter (kind=…, in the URL) asks for others.
import { api, actorName, allActors, certainty, dated, el, ladder, link, standing, start, state, t,
  timeParams } from '../tracker.js';

const KINDS = ['STATE', 'ORGANIZATION', 'PERSON', 'OTHER', 'all'];

/** China when it is registered (the seed's subject), else the first state, else the first actor. */
function firstActor() {
  const known = allActors();
  if (known.some(a => a.code === 'CHN')) return 'CHN';
  return (known.find(a => a.kind === 'STATE') || known[0] || {}).code;
}

start({
  async render(main, redraw) {
    const actor = state.get('actor') || firstActor();
    if (!actor) { // nothing registered yet: no actor to ask about
      main.replaceChildren(el('h1', {}, t('nav.board')), el('p', { class: 'empty' }, t('board.noActors')));
      return;
    }
    const kind = state.get('kind') || 'STATE';
    const [list, rungs] = await Promise.all([
      api('/api/relationships', { actor, kind, ...timeParams() }), ladder()]);
    const stand = p => standing(p ? p.level : 'NONE', rungs);
    const picker = el('select', {
      id: 'board-actor',
      onchange: e => { state.set({ actor: e.target.value }); redraw(); },
    }, allActors().sort((a, b) => actorName(a.code).localeCompare(actorName(b.code)))
      .map(a => el('option', { value: a.code, selected: a.code === actor }, actorName(a.code) + ' · ' + a.code)));
    const kinds = el('select', {
      id: 'board-kind',
      onchange: e => { state.set({ kind: e.target.value === 'STATE' ? null : e.target.value }); redraw(); },
    }, KINDS.map(k => el('option', { value: k, selected: k === kind }, t('kind.' + k))));
    const rows = list.relationships
      .map(r => ({ r, partner: r.actors.find(c => c !== actor) || r.actors[0] }))
      .sort((x, y) => stand(y.r.partnership).rank - stand(x.r.partnership).rank
        || actorName(x.partner).localeCompare(actorName(y.partner)));
    const table = el('table', { class: 'board', id: 'board' },
      el('thead', {}, el('tr', {},
        el('th', {}, t('board.partner')), el('th', {}, t('board.partnership')),
        el('th', {}, t('board.since')), el('th', {}, t('board.agreements')),
        el('th', {}, t('board.pending')), el('th', {}, t('board.lastContact')))),
      el('tbody', {}, rows.map(({ r, partner }) => {
        const p = r.partnership;
        const level = p ? p.level : 'NONE';
        return el('tr', { 'data-partner': partner, 'data-level': level },
          el('td', {}, link(`/relationships/${actor}/${partner}`, actorName(partner)),
            el('span', { class: 'code' }, partner)),
          el('td', {}, el('span', { class: 'ladder rung-' + stand(p).step, title: level },
            el('span', { class: 'rank' }, String(stand(p).step)),
            p ? (state.chinese ? p.label : (p.labelEn || level.replaceAll('_', ' ').toLowerCase()))
              : t('board.none'))),
          el('td', {}, p ? [dated(p.since, p.dateQualifier), ' ', certainty(p.certainty)] : ''),
          el('td', {}, r.agreementsInForce.length
            ? el('ul', { class: 'plain' }, r.agreementsInForce.map(a =>
              el('li', { 'data-id': a.id }, link(`/agreements/${a.id}`, a.title || a.id),
                ' ', el('span', { class: 'muted' }, a.obligations.join(', ').toLowerCase()))))
            : ''),
          el('td', { class: 'pending' }, r.agreementsPending.length
            ? el('ul', { class: 'plain' }, r.agreementsPending.map(a =>
              el('li', { 'data-id': a.id }, link(`/agreements/${a.id}`, a.title || a.id),
                ' ', el('span', { class: 'muted' }, [a.state ? t('agr.' + a.state) + ' ' + a.since : '',
                  ...a.parties.map(x => actorName(x.actor) + ' ' + t('party.' + x.status) + ' ' + x.since)]
                  .filter(Boolean).join(' · ')))))
            : ''),
          el('td', {}, r.lastContact ? [r.lastContact.date, ' ',
            el('span', { class: 'muted' }, r.lastContact.type.toLowerCase())] : ''));
      })));
    main.replaceChildren(
      el('h1', {}, actorName(actor), ' ', el('span', { class: 'code' }, actor)),
      el('p', { class: 'controls' }, el('label', { for: 'board-actor' }, t('board.actor') + ' '), picker,
        ' ', el('label', { for: 'board-kind' }, t('board.kind') + ' '), kinds),
      rows.length ? table : el('p', { class: 'empty' }, t('board.empty')),
      el('p', { class: 'legend' }, [1, 2, 3].map(i =>
        el('span', { class: 'ladder rung-' + i }, el('span', { class: 'rank' }, String(i)),
          t('ladder.' + i)))));
  },
});
