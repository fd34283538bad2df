// One relationship: its state on the day, the lineage of its partnership and its whole history.
import { actorName, api, certainty, dated, disputed, el, grade, ladder, link, standing, start, t, text,
  timeParams } from '../tracker.js';
import { editControls, edited, redrawAfterEdits } from './edit.js';

const [a, b] = document.getElementById('main').dataset.pair.split('/');

/** A member's status, since when and how sure, and the status last known before an UNKNOWN. */
function membership(m) {
  return [t('status.' + m.status) + ' ', el('span', { class: 'muted' }, t('rel.since') + ' ' + m.since), ' ',
    certainty(m.certainty),
    m.lastKnown ? el('span', { class: 'muted' }, ' (' + t('org.lastKnown') + ': '
      + t('status.' + m.lastKnown.status) + ' ' + t('rel.since') + ' ' + m.lastKnown.since + ')') : ''];
}

const PARTNERSHIP_TYPES = ['PARTNERSHIP_ESTABLISHED', 'PARTNERSHIP_UPGRADED', 'PARTNERSHIP_REAFFIRMED',
  'PARTNERSHIP_DOWNGRADED'];

/** The reaffirmations since the level was reached, and whether the level came by a downgrade. */
const reaffirmedAndDirection = p => [
  p.direction === 'DOWN' ? el('p', { class: 'downgrade' }, t('rel.downgrade')) : '',
  (p.reaffirmed || []).length ? el('ul', { class: 'plain', id: 'reaffirmed' }, p.reaffirmed.map(x =>
    el('li', { 'data-development': x.developmentId }, t('rel.reaffirmed') + ' ' + x.date + ' ',
      certainty(x.certainty)))) : ''];

const obligations = list => list.length ? [list.join(', ').toLowerCase().replaceAll('_', ' ')] : [];

/** The two actors in an agreement: each one's status (signed, ratified, party) since when, and
 * what it undertakes. */
function parties(list) {
  return el('ul', { class: 'parties' }, list.map(p =>
    el('li', { 'data-actor': p.actor, 'data-status': p.status }, actorName(p.actor) + ': ',
      [t('party.' + p.status) + ' ' + p.since, ...obligations(p.obligations)].join(' · '), ' ',
      p.certainty === 'POSSIBLE' ? certainty(p.certainty) : '')));
}

async function history() {
  // every development of both actors together, in date order (a relationship rarely has more)
  const items = [];
  for (let page = 0; page < 10; page++) {
    const p = await api('/api/timeline', { actor: a, size: 200, page, ...timeParams() });
    items.push(...p.items.filter(i => (i.actors || []).includes(b)));
    if ((page + 1) * 200 >= p.total) break;
  }
  return edited(items);
}

start({
  live: true,
  async render(main, redraw) {
    redrawAfterEdits(redraw);
    const [r, items, rungs] = await Promise.all([
      api(`/api/relationships/${a}/${b}`, timeParams()), history(), ladder()]);
    const step = level => standing(level, rungs).step;
    const p = r.partnership;
    const lineage = items.filter(i => PARTNERSHIP_TYPES.includes(i.type));
    const disputedIds = new Set((r.disputed || []).map(d => d.developmentId));
    main.replaceChildren(
      el('h1', {}, link(`/board?actor=${a}`, actorName(a)), ' ⇄ ', link(`/board?actor=${b}`, actorName(b))),
      el('section', { class: 'cards' },
        el('div', { class: 'card', id: 'partnership', 'data-level': p ? p.level : 'NONE' },
          el('h2', {}, t('rel.partnership')),
          p ? [el('p', { class: 'ladder rung-' + step(p.level) },
            el('span', { class: 'rank' }, String(step(p.level))), p.label,
            p.labelEn ? el('span', { class: 'muted' }, ' · ' + p.labelEn) : ''),
          el('p', {}, t('board.since') + ' ' + dated(p.since, p.dateQualifier) + ' ', certainty(p.certainty)),
          ...reaffirmedAndDirection(p)]
            : el('p', { class: 'empty' }, t('rel.none'))),
        el('div', { class: 'card', id: 'agreements' }, el('h2', {}, t('rel.agreements')),
          r.agreementsInForce.length ? el('ul', { class: 'plain' }, r.agreementsInForce.map(ag =>
            el('li', { 'data-id': ag.id }, link(`/agreements/${ag.id}`, ag.title || ag.id), ' ', el('span', { class: 'muted' },
              [dated(ag.since, ag.dateQualifier), ...obligations(ag.obligations)].join(' · ')), ' ', certainty(ag.certainty),
            parties(ag.parties))))
            : el('p', { class: 'empty' }, '—')),
        el('div', { class: 'card', id: 'pending' }, el('h2', {}, t('rel.pending')),
          r.agreementsPending.length ? el('ul', { class: 'plain' }, r.agreementsPending.map(ag =>
            el('li', { 'data-id': ag.id }, link(`/agreements/${ag.id}`, ag.title || ag.id), ' ',
              ag.state ? el('span', { class: 'muted' }, t('agr.' + ag.state) + ' ' + dated(ag.since, ag.dateQualifier)) : '',
              ' ', certainty(ag.certainty), parties(ag.parties))))
            : el('p', { class: 'empty' }, '—')),
        el('div', { class: 'card' }, el('h2', {}, t('rel.lastContact')),
          r.lastContact ? el('p', {}, dated(r.lastContact.date, r.lastContact.dateQualifier) + ' · ' + r.lastContact.type.toLowerCase() + ' ',
            certainty(r.lastContact.certainty)) : el('p', { class: 'empty' }, '—')),
        el('div', { class: 'card', id: 'shared-memberships' }, el('h2', {}, t('rel.shared')),
          (r.sharedMemberships || []).length ? el('ul', { class: 'plain' }, r.sharedMemberships.map(s =>
            el('li', { 'data-organization': s.organization },
              link(`/organizations/${s.organization}`, actorName(s.organization)),
              el('ul', { class: 'plain' }, s.members.map(m => el('li', { 'data-member': m.actor },
                actorName(m.actor) + ': ', membership(m)))))))
            : el('p', { class: 'empty' }, '—'))),
      disputed(r.disputed),
      el('h2', {}, t('rel.lineage')),
      lineage.length ? el('ol', { class: 'lineage', id: 'lineage' }, lineage.map(i =>
        el('li', { class: 'ladder rung-' + step(i.attributes.level || 'NONE'), 'data-id': i.id },
          el('span', { class: 'date' }, i.date), ' ', i.attributes.label || i.attributes.level,
          disputedIds.has(i.id) ? el('span', { class: 'tag disputed-tag' }, ' (' + t('disputed.tag') + ')') : '',
          ' ', el('span', { class: 'muted' }, text(i.summary)))))
        : el('p', { class: 'empty' }, '—'),
      r.anomalies.length ? [el('h2', {}, t('rel.anomalies')), el('ul', {}, r.anomalies.map(x =>
        el('li', { class: 'anomaly' }, x.message)))] : '',
      el('h2', {}, t('rel.history')),
      el('ol', { class: 'timeline', id: 'history' }, items.map(i =>
        el('li', { class: 'item', 'data-id': i.id },
          el('span', { class: 'date' }, dated(i.date, i.dateQualifier)), ' ', certainty(i.certainty), ' ',
          el('span', { class: 'type' }, i.type.toLowerCase().replaceAll('_', ' ')), ' ',
          el('span', { class: 'summary' }, text(i.summary)),
          (i.sources || []).filter(s => s.quote).slice(0, 1).map(s =>
            el('blockquote', { lang: 'zh-Hant' }, s.quote, el('cite', {}, ' — ' + s.document + ' ', grade(s), ' ' + (s.locator || '')))),
          editControls(i.id, i.version)))),
      el('p', { class: 'muted' }, t('rel.basis') + ': ' + r.basis.length));
  },
});
