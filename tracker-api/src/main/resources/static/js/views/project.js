// A project and its lines: planned and actual milestones on one time axis, and quantities.
import { actorName, api, certainty, dated, disputed, el, link, start, t, text, timeParams } from '../tracker.js';
import { editControls, redrawAfterEdits, retractedHere } from './edit.js';

const id = document.getElementById('main').dataset.project;
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const n = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
  children.flat().forEach(c => n.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return n;
}

function year(date) {
  if (!date) return null;
  const [y, m = 6, d = 15] = date.replace(/[~?]/g, '').split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** "Line C, section in Kazakhstan" from "Line C, section in Kazakhstan of the …" */
function shortName(p) {
  const name = text(p.name) || p.id;
  const short = name.split(/ \(| of the /)[0];
  return short.length > 24 ? short.slice(0, 23) + '…' : short;
}

/** A forecast: a planned milestone, or a delay, postponement or resumption naming the one it moves. */
const forecast = m => m.status === 'PLANNED' || Boolean(m.delays);

/** "completed, planned 2016" / "delayed → completed 2020" / "… · moved" for a mark's title. */
function describe(m) {
  const what = m.delays
    ? `${m.milestone.toLowerCase()} → ${m.delays.toLowerCase()} ${m.expected ? dated(m.expected, m.expectedQualifier) : '?'} (${dated(m.date, m.dateQualifier)})`
    : `${m.milestone.toLowerCase()} · ${m.status === 'PLANNED' ? t('prj.planned') + ' ' + (m.expected ? dated(m.expected, m.expectedQualifier) : dated(m.date, m.dateQualifier)) : dated(m.date, m.dateQualifier)}`;
  return what + (m.overdue ? ' · ' + t('prj.overdue') : '') + (m.movedBy ? ' · ' + t('prj.moved') : '');
}

/**
 * One row per project, milestones as marks: filled = actual, hollow = a forecast at its expected
 * date, red = overdue, grey = a forecast a later one moved (kept, as analysts want the old date).
 */
function axis(projects, asOf) {
  const marks = projects.flatMap((p, row) => p.milestones.map(m => ({ row, m,
    x: year(forecast(m) ? (m.expected || m.date) : m.date) })).filter(k => k.x));
  if (!marks.length) return el('p', { class: 'empty' }, '—');
  const min = Math.floor(Math.min(...marks.map(k => k.x))) - 1;
  const max = Math.ceil(Math.max(...marks.map(k => k.x), year(asOf) || 0)) + 1;
  const width = 900; const left = 170; const rowH = 34;
  const x = v => left + ((v - min) / (max - min)) * (width - left - 20);
  const height = projects.length * rowH + 40;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'axis', id: 'milestones', role: 'img' });
  for (let yv = min; yv <= max; yv++) {
    chart.append(svg('line', { x1: x(yv), x2: x(yv), y1: 10, y2: height - 25, class: 'grid' }),
      svg('text', { x: x(yv), y: height - 8, class: 'tick' }, String(yv)));
  }
  if (asOf) chart.append(svg('line', { x1: x(year(asOf)), x2: x(year(asOf)), y1: 5, y2: height - 25, class: 'asof' }));
  projects.forEach((p, row) => chart.append(svg('text', { x: 4, y: 30 + row * rowH, class: 'row-label' },
    svg('title', {}, text(p.name) || p.id), shortName(p))));
  marks.forEach(({ row, m, x: v }) => {
    const cls = !forecast(m) ? 'actual'
      : m.movedBy ? 'planned moved' : m.overdue ? 'planned overdue' : 'planned';
    chart.append(svg('circle', { cx: x(v), cy: 26 + row * rowH, r: 7, class: 'mark ' + cls,
      'data-milestone': m.milestone, 'data-status': m.status, 'data-moved': m.movedBy ? 'true' : 'false' },
    svg('title', {}, describe(m))));
  });
  return chart;
}

/** Each milestone in words, the chart's marks as a list (with the controls to correct each). */
const oneByOne = projects => [el('h3', {}, t('edit.milestones')),
  el('ol', { class: 'plain', id: 'milestone-list' }, projects.flatMap(q => q.milestones.map(m =>
    el('li', { 'data-id': m.developmentId, 'data-milestone': m.milestone },
      el('span', { class: 'project-name' }, shortName(q)), ': ', describe(m), ' ', certainty(m.certainty),
      editControls(m.developmentId)))))];

start({
  async render(main, redraw) {
    redrawAfterEdits(redraw);
    const p = await api(`/api/projects/${id}`, timeParams());
    const children = await Promise.all(p.children.map(c => api(`/api/projects/${c}`, timeParams())));
    // the lines' own sections too (line C's Kazakh section), so the axis shows the whole project
    const sections = (await Promise.all(children.map(c => Promise.all(c.children.map(g =>
      api(`/api/projects/${g}`, timeParams())))))).flat();
    const all = [p, ...children, ...sections];
    all.forEach(q => { q.milestones = q.milestones.filter(m => !retractedHere(m.developmentId)); });
    main.replaceChildren(
      el('h1', {}, text(p.name) || p.id, ' ', el('span', { class: 'code' }, p.id)),
      p.parent ? el('p', {}, '↑ ', link(`/projects/${p.parent}`, p.parent)) : '',
      el('dl', { class: 'facts' },
        el('dt', {}, t('prj.status')), el('dd', { id: 'project-status' }, p.status ? [p.status.toLowerCase() + ' ' + dated(p.statusSince, p.statusDateQualifier) + ' ', certainty(p.statusCertainty)] : '—'),
        p.carries ? [el('dt', {}, t('prj.carries')), el('dd', {}, p.carries)] : '',
        p.origin ? [el('dt', {}, t('prj.origin')), el('dd', {}, actorName(p.origin))] : '',
        el('dt', {}, t('prj.participants')), el('dd', {}, p.participants.map(actorName).join(' · ') || '—')),
      disputed(p.disputed),
      el('h2', {}, t('prj.milestones')),
      el('p', { class: 'legend' }, el('span', { class: 'dot actual' }), t('prj.actual'), ' ',
        el('span', { class: 'dot planned' }), t('prj.planned'), ' ',
        el('span', { class: 'dot overdue' }), t('prj.overdue'), ' ',
        el('span', { class: 'dot moved' }), t('prj.moved')),
      axis(all, p.asOf),
      ...oneByOne(all),
      el('h2', {}, t('prj.lines')),
      children.length ? el('ul', { class: 'plain' }, children.map(c => el('li', {},
        link(`/projects/${c.id}`, text(c.name) || c.id), ' ',
        el('span', { class: 'muted' }, [c.status ? c.status.toLowerCase() : '', c.carries, c.origin ? actorName(c.origin) : ''].filter(Boolean).join(' · ')))))
        : el('p', { class: 'empty' }, '—'),
      el('h2', {}, t('prj.quantities')),
      el('table', { class: 'quantities' }, el('tbody', {}, all.flatMap(q => q.quantities.map(x =>
        el('tr', {}, el('td', {}, text(q.name) || q.id), el('td', {}, x.quantity),
          el('td', { class: 'number' }, String(x.value)), el('td', {}, x.unit || ''),
          el('td', {}, x.status === 'PLANNED' ? t('prj.planned') : ''), el('td', {}, dated(x.date, x.dateQualifier), ' ', certainty(x.certainty))))))));
  },
});
