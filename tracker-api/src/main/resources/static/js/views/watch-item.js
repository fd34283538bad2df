// One watch item, opened from its card: its question, rule and review date, the evidence with its
// quotes and dates, its history step by step — on the page's day as known at its moment — and, for
// analysts, its steps: link evidence found by searching developments, resolve, drop, reopen,
// change the review date. What the reader types survives live redraws.
import { actorName, api, ApiError, can, certainty, dated, el, state, status, t, text,
  timeParams } from '../tracker.js';
import { disclosure, field, post, value } from './watch-forms.js';

let actions = { key: null, node: null };

function kind(type) {
  return type ? type.toLowerCase().replaceAll('_', ' ') : '';
}

function rule(r) {
  const parts = [];
  if (r.types?.length) parts.push(t('watch.rule.types') + ': ' + r.types.map(kind).join(', '));
  if (r.actors?.length) parts.push(t('watch.rule.actors') + ': ' + r.actors.map(actorName).join(', '));
  if (r.subjects?.length) parts.push(t('watch.rule.subjects') + ': ' + r.subjects.join(', '));
  const attributes = Object.entries(r.attributes || {});
  if (attributes.length) {
    parts.push(t('watch.rule.attributes') + ': ' + attributes.map(([k, v]) => k + '=' + v).join(', '));
  }
  return parts.join(' · ');
}

function evidence(e, development) {
  const d = development;
  return el('li', { 'data-development': e.developmentId, class: e.withdrawnAt ? 'withdrawn' : '' },
    el('p', {},
      d ? el('span', { class: 'date' }, dated(d.date, d.dateQualifier)) : '', ' ',
      d ? el('span', { class: 'type' }, kind(d.type)) : '', ' ',
      el('span', { class: 'summary' }, d ? text(d.summary) : e.developmentId)),
    el('p', { class: 'muted' }, t('watch.seenOn') + ' ' + e.on + ' · '
      + t(e.byRule ? 'watch.byRule' : 'watch.byHand') + (e.note ? ': ' + e.note : '')
      + ' · ' + t('watch.recorded') + ' ' + e.linkedAt + (e.linkedBy ? ' ' + t('watch.by') + ' ' + e.linkedBy : '')),
    (d?.sources || []).filter(s => s.quote).map(s => el('blockquote', { lang: 'zh-Hant' }, s.quote,
      el('cite', {}, ' — ' + s.document + (s.locator ? ' ' + s.locator : '')))),
    e.withdrawnAt ? el('p', { class: 'anomaly' }, t('watch.withdrawn') + ' ' + e.withdrawnAt
      + (e.withdrawnBecause ? ': ' + e.withdrawnBecause : '')) : '');
}

function change(c) {
  const what = [t('watch.change.' + c.change)];
  if (c.reviewBy) what.push(c.reviewBy);
  if (c.outcome) what.push('(' + t('watch.outcome.' + c.outcome) + ')');
  return el('li', { 'data-change': c.change },
    el('span', { class: 'date' }, c.on || '—'), ' ',
    el('span', { class: 'what' }, what.join(' ')),
    c.reason ? el('span', { class: 'reason' }, ' — ' + c.reason) : '',
    el('span', { class: 'muted' }, ' · ' + t('watch.recorded') + ' ' + c.at + (c.by ? ' ' + t('watch.by') + ' ' + c.by : '')));
}

function body(item, developments, close) {
  return el('div', { id: 'watch-detail-body' },
    el('button', { type: 'button', class: 'close', id: 'watch-detail-close', onclick: close }, t('watch.close')),
    el('h2', { id: 'watch-detail-title' }, text(item.question)),
    el('p', { class: 'meta', id: 'watch-detail-state' },
      el('span', { class: 'badge status' }, t('watch.status.' + item.status)), ' ',
      item.outcome ? el('span', { class: 'badge outcome' }, t('watch.outcome.' + item.outcome)) : '', ' ',
      certainty(item.certainty), ' ',
      t('watch.openedOn') + ' ' + item.openedOn,
      item.closedOn ? ' · ' + t(item.status === 'DROPPED' ? 'watch.droppedOn' : 'watch.resolvedOn') + ' ' + item.closedOn : '',
      ' · ' + t('watch.review') + ' ' + item.reviewBy,
      item.overdue ? el('span', { class: 'badge overdue' }, t('watch.overdue')) : ''),
    el('dl', { class: 'facts' },
      el('dt', {}, t('watch.subjects')), el('dd', {}, item.subjects.map(actorName).join(' · ')),
      el('dt', {}, t('watch.resolvesWhen')), el('dd', {}, text(item.resolvesWhen)),
      el('dt', {}, t('watch.f.rule')), el('dd', {}, rule(item.rule || {}))),
    el('h3', {}, t('watch.evidenceTitle') + ' (' + item.evidence.length + ')'),
    item.evidence.length
      ? el('ul', { class: 'plain evidence', id: 'watch-evidence' },
        item.evidence.map((e, i) => evidence(e, developments[i])))
      : el('p', { class: 'empty', id: 'watch-evidence' }, t('watch.noEvidence')),
    el('h3', {}, t('watch.history')),
    el('ol', { class: 'plain history', id: 'watch-history' }, item.history.map(change)));
}

/** One step's form: its fields, a submit button, and what to POST where once submitted. */
function stepForm(id, title, fields, submit, send, done) {
  const form = el('form', { id, class: 'capture step', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    const answer = await send(form);
    if (answer) { form.reset(); done(); }
  } }, el('span', { class: 'error form-error' }), fields, el('button', { type: 'submit' }, submit));
  return disclosure({ class: 'disclosure step', 'data-step': id }, title, form);
}

function onField(prefix) {
  return field('on', prefix + '-on', t('watch.act.on'), el('input', { placeholder: new Date().toISOString().slice(0, 10) }));
}

function linkEvidence(itemId, done) {
  const results = el('ul', { class: 'plain', id: 'watch-link-results' });
  const form = el('form', { id: 'watch-link-form', class: 'capture step', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    const page = await api('/api/timeline', { text: value(form, 'text'), size: 10 });
    results.replaceChildren(...(page.items.length ? page.items.map(d => el('li', { 'data-development': d.id },
      el('span', { class: 'date' }, dated(d.date, d.dateQualifier)), ' ',
      el('span', { class: 'summary' }, text(d.summary) || kind(d.type)), ' ',
      el('button', { type: 'button', class: 'link-one', 'aria-label': t('watch.act.linkOne') + ': ' + (text(d.summary) || kind(d.type)),
        onclick: async () => {
          const linked = await post(form, '/api/watch-items/' + encodeURIComponent(itemId) + '/evidence',
            { developmentId: d.id, note: value(form, 'note') });
          if (linked) { results.replaceChildren(); form.reset(); done(); }
        } }, t('watch.act.linkOne')))) : [el('li', { class: 'empty' }, t('tl.empty'))]));
  } },
  el('span', { class: 'error form-error' }),
  field('text', 'we-text', t('watch.act.search'), el('input', { type: 'search', placeholder: 'pipeline, 天然氣' })),
  el('button', { type: 'submit', id: 'watch-link-search' }, t('watch.act.searchButton')),
  field('note', 'we-note', t('watch.act.note'), el('input', {})),
  el('div', { class: 'field', 'data-field': 'developmentId' },
    el('p', { class: 'muted' }, t('watch.act.found')), results, el('span', { class: 'error' })));
  return disclosure({ class: 'disclosure step', 'data-step': 'watch-link-form' }, t('watch.act.link'), form);
}

function stepsOf(item, redraw) {
  const id = encodeURIComponent(item.id);
  const done = () => { status(t('watch.act.done'), 'live'); redraw(); };
  const to = path => form => post(form, '/api/watch-items/' + id + path, {
    outcome: value(form, 'outcome'), reason: value(form, 'reason'), on: value(form, 'on'),
    reviewBy: value(form, 'reviewBy') });
  const watched = item.status === 'OPEN' || item.status === 'EVIDENCE_SEEN';
  if (!watched) {
    return el('div', { id: 'watch-actions' },
      stepForm('watch-reopen-form', t('watch.act.reopen'), [
        field('reason', 'wp-reason', t('watch.act.reason'), el('textarea', { rows: 2 })), onField('wp')],
      t('watch.act.reopen'), to('/reopening'), done));
  }
  return el('div', { id: 'watch-actions' },
    linkEvidence(item.id, done),
    stepForm('watch-resolve-form', t('watch.act.resolve'), [
      field('outcome', 'wr-outcome', t('watch.act.outcome'), el('select', {}, el('option', { value: '' }, '—'),
        ['HAPPENED', 'DID_NOT_HAPPEN', 'OVERTAKEN'].map(o => el('option', { value: o }, t('watch.outcome.' + o))))),
      field('reason', 'wr-reason', t('watch.act.reason'), el('textarea', { rows: 2 })), onField('wr')],
    t('watch.act.resolve'), to('/resolution'), done),
    stepForm('watch-review-form', t('watch.act.review'), [
      field('reviewBy', 'wv-review-by', t('watch.act.newReview'), el('input', { placeholder: '2027-06' })),
      field('reason', 'wv-reason', t('watch.act.reasonOptional'), el('input', {}))],
    t('watch.act.reviewSubmit'), to('/review-date'), done),
    stepForm('watch-drop-form', t('watch.act.drop'), [
      field('reason', 'wd-reason', t('watch.act.reason'), el('textarea', { rows: 2 })), onField('wd')],
    t('watch.act.drop'), to('/drop'), done));
}

/**
 * Draws the item {@code id} into {@code section} for the page's day and moment; {@code close}
 * closes it. Analysts take steps on today's board as known now (a step is recorded now); their
 * forms are kept while the item stays in the same state, so a live redraw does not clear what they
 * type.
 */
export async function drawItem(section, id, redraw, close) {
  let item;
  try {
    item = await api('/api/watch-items/' + encodeURIComponent(id), timeParams());
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
    section.replaceChildren(el('div', { id: 'watch-detail-body' },
      el('button', { type: 'button', class: 'close', id: 'watch-detail-close', onclick: close }, t('watch.close')),
      el('p', { class: 'empty' }, t('watch.notYet') + ' ', el('code', {}, id))));
    actions = { key: null, node: null };
    return;
  }
  const developments = await Promise.all(item.evidence.map(e =>
    api('/api/developments/' + e.developmentId).catch(() => null)));
  const drawn = body(item, developments, close);
  const key = [item.id, item.status === 'OPEN' || item.status === 'EVIDENCE_SEEN', state.lang].join('|');
  if (!can('ANALYST')) {
    section.replaceChildren(drawn);
    return;
  }
  if (state.asOf || state.knownAt) { // steps are taken now: on today's board as known now
    section.replaceChildren(drawn, el('p', { class: 'muted', id: 'watch-steps-now' }, t('watch.act.now')));
    actions = { key: null, node: null };
    return;
  }
  if (actions.key !== key) actions = { key, node: stepsOf(item, redraw) };
  const old = section.querySelector('#watch-detail-body');
  if (old && section.contains(actions.node)) {
    old.replaceWith(drawn); // the step forms stay where they are, with what is typed in them
  } else {
    section.replaceChildren(drawn, el('h3', {}, t('watch.act.steps')), actions.node);
  }
}
