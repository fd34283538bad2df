// An organisation on the day: members by status, summits, documents and bodies.
import { actorName, allActors, api, certainty, dated, disputed, el, link, start, t,
  timeParams } from '../tracker.js';

const code = document.getElementById('main').dataset.code;
const STATUSES = ['FULL', 'ASSOCIATE', 'OBSERVER', 'DIALOGUE_PARTNER', 'UNKNOWN'];

function events(title, list) {
  return [el('h2', {}, title), list.length ? el('ul', { class: 'plain' }, list.map(e =>
    el('li', {}, el('span', { class: 'date' }, dated(e.date, e.dateQualifier)), ' ', e.what || '', ' ', certainty(e.certainty))))
    : el('p', { class: 'empty' }, '—')];
}

start({
  async render(main) {
    const o = await api(`/api/organizations/${code}`, timeParams());
    const organisations = allActors().filter(x => x.kind === 'ORGANIZATION');
    main.replaceChildren(
      el('h1', {}, actorName(code), ' ', el('span', { class: 'code' }, code)),
      organisations.length > 1 ? el('p', { class: 'controls' }, organisations.map(x =>
        link(`/organizations/${x.code}`, x.code, { class: x.code === code ? 'active' : '' }))) : '',
      el('p', {}, o.founded ? [t('org.founded') + ' ' + dated(o.founded.date, o.founded.dateQualifier) + ' ', certainty(o.founded.certainty)] : '',
        o.dissolved ? [' · ' + t('org.dissolved') + ' ' + o.dissolved.date] : ''),
      disputed(o.disputed),
      el('h2', {}, t('org.members')),
      el('div', { class: 'columns', id: 'members' }, STATUSES.map(s => {
        const members = o.members.filter(m => m.status === s);
        return el('section', { class: 'column', 'data-status': s },
          el('h3', {}, t('status.' + s) + ' (' + members.length + ')'),
          el('ul', { class: 'plain' }, members.map(m => el('li', { 'data-member': m.actor },
            link(`/board?actor=${m.actor}`, actorName(m.actor)), ' ',
            el('span', { class: 'muted' }, dated(m.since, m.dateQualifier)), ' ', certainty(m.certainty),
            m.lastKnown ? el('span', { class: 'muted' }, ' (' + t('org.lastKnown') + ': '
              + t('status.' + m.lastKnown.status) + ' ' + m.lastKnown.since + ')') : ''))));
      })),
      ...events(t('org.summits'), o.summits),
      ...events(t('org.documents'), o.documents),
      ...events(t('org.bodies'), o.bodies));
  },
});
