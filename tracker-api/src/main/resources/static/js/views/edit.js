// Correcting and retracting a development from any view that shows one (the timeline, a
// relationship's history, a project's milestones), and the history of its versions. Shared by those
// views: each asks for editControls(id) where it draws a development, passes its items through
// edited() and tells this module how to redraw (redrawAfterEdits).
//
// Who sees what follows the API (AccessRules): ANALYST and above may correct and retract, and read a
// development's versions with their reasons and authors; a VIEWER sees none of it.
import { api, ApiError, can, el, state, status, t } from '../tracker.js';
import { correctionForm, showErrors } from './correction-form.js';

/** What this page changed, by development id, until the projections show it: the new view, or a retraction. */
const changed = new Map();
/** Each development's strip of controls, kept across redraws so an open form keeps what was typed. */
const strips = new Map();
/** The form open now (one at a time): {id, node}. */
let open = null;
let redraw = () => {};
let redrawing = [];

/** The view's redraw, run after a correction or retraction made here. Call it from render. */
export function redrawAfterEdits(redrawView) {
  redraw = redrawView;
}

/**
 * Items (the timeline's shape) with what this page changed and the projections may not show yet:
 * a corrected one in its new version, a retracted one left out. As known now only: a past moment
 * (knownAt) is read as it was.
 */
export function edited(items) {
  if (state.knownAt) return items;
  return items.filter(i => !retractedHere(i.id)).map(i => {
    const now = changed.get(i.id);
    if (!now || now.version <= i.version) return i;
    const { type, date, dateQualifier, actors, attributes, summary, sources, version } = now;
    return { ...i, type, date, dateQualifier, actors, attributes, summary, sources, version };
  });
}

/** Whether this page retracted the development (for views that show only its id). */
export function retractedHere(id) {
  return !state.knownAt && Boolean(changed.get(id)?.retracted);
}

/**
 * The controls for one development where a view draws it: "Correct" and "Retract" (ANALYST and
 * above, as known now) and the "History" of its versions (ANALYST and above); '' for a VIEWER.
 */
export function editControls(id, version = '') {
  if (!id || !can('ANALYST')) return '';
  const key = [version, state.lang, state.knownAt || ''].join('|');
  const kept = strips.get(id);
  if (kept && kept.key === key) return kept.node;
  const slot = el('div', { class: 'edit-form' });
  const node = el('div', { class: 'edit', 'data-development': id },
    state.knownAt ? '' : [
      el('button', { type: 'button', class: 'correct', onclick: () => toggle(id, slot, 'correct') }, t('edit.correct')),
      el('button', { type: 'button', class: 'retract', onclick: () => toggle(id, slot, 'retract') }, t('edit.retract'))],
    history(id), slot);
  if (open && open.id === id) slot.append(open.node);
  strips.set(id, { key, node });
  return node;
}

function close() {
  if (open) open.node.remove();
  open = null;
}

async function toggle(id, slot, kind) {
  const same = open && open.id === id && open.kind === kind;
  close();
  if (same) return;
  const node = kind === 'correct' ? await correcting(id) : retracting(id);
  close(); // another may have opened while this one loaded
  open = { id, kind, node };
  slot.append(node);
  node.querySelector('input, select, textarea')?.focus();
}

/** After a correction or retraction: forget what is stale, then redraw now and as the projections follow. */
function done(id, view, message) {
  changed.set(id, view);
  strips.delete(id);
  close();
  status(message, 'ok');
  redrawing.forEach(clearTimeout);
  redraw();
  // views the overlay cannot patch (a project's milestones) catch up as their projections do
  redrawing = [400, 1500, 4000, 10000].map(ms => setTimeout(() => redraw(), ms));
}

async function send(form, path, body) {
  form.querySelectorAll('.error').forEach(x => { x.textContent = ''; });
  form.querySelectorAll('.invalid').forEach(x => x.classList.remove('invalid'));
  try {
    return await api(path, {}, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    form.querySelector('.outcome').textContent = t('edit.invalid');
    showErrors(form, err.problem);
    return null;
  }
}

const reasonField = () => el('div', { class: 'field', 'data-field': 'reason' },
  el('label', { for: 'edit-reason' }, t('edit.reason')),
  el('input', { id: 'edit-reason', name: 'reason', autocomplete: 'off' }), el('span', { class: 'error' }));

const buttons = submit => el('p', { class: 'edit-buttons' },
  el('button', { type: 'submit', id: 'edit-submit' }, submit), ' ',
  el('button', { type: 'button', class: 'cancel', onclick: close }, t('edit.cancel')),
  el('span', { class: 'error outcome', role: 'alert' }));

/** The correction form, filled with the development as it stands now (GET /api/developments/{id}). */
async function correcting(id) {
  let current;
  try {
    current = await api(`/api/developments/${id}`);
  } catch (e) {
    return el('p', { class: 'error' }, t('error') + ': ' + e.message);
  }
  if (current.retracted) return el('p', { class: 'error' }, t('edit.alreadyRetracted'));
  const form = await correctionForm(current, reasonField(), buttons(t('edit.submitCorrection')), async (f, body) => {
    const view = await send(f, `/api/developments/${id}/corrections`, { reason: f.elements.reason.value, version: current.version + 1, ...body });
    if (view) done(id, view, t('edit.corrected') + ' ' + view.version);
  });
  return form;
}

function retracting(id) {
  const form = el('form', { class: 'capture fix', id: 'edit-retract', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    const view = await send(form, `/api/developments/${id}/retraction`, { reason: form.elements.reason.value });
    if (view) done(id, { retracted: true, version: view.version }, t('edit.retracted'));
  } },
  el('div', { class: 'field', 'data-field': 'form' }, el('span', { class: 'error' })),
  el('p', {}, t('edit.retracting')), reasonField(), buttons(t('edit.submitRetraction')));
  return form;
}

/** The versions of a development: each with what it did, why, who and when; read when opened. */
function history(id) {
  const body = el('div', { class: 'versions-body' }, t('edit.loading'));
  let read = false;
  const details = el('details', { class: 'versions', ontoggle: async () => {
    if (!details.open || read) return;
    read = true;
    try {
      const d = await api(`/api/developments/${id}`);
      body.replaceChildren(el('table', { class: 'versions-table' },
        el('thead', {}, el('tr', {}, ['edit.version', 'edit.what', 'edit.why', 'edit.who', 'edit.when']
          .map(k => el('th', { scope: 'col' }, t(k))))),
        el('tbody', {}, (d.history || []).map(r => el('tr', { 'data-version': r.version, 'data-kind': r.kind },
          el('td', {}, String(r.version)), el('td', {}, t('edit.kind.' + r.kind)),
          el('td', {}, r.reason || '—'), el('td', {}, r.recordedBy || '—'),
          el('td', {}, r.recordedAt ? r.recordedAt.replace(/\.\d+Z$/, 'Z') : '—'))))));
    } catch (e) {
      read = false;
      body.replaceChildren(el('p', { class: 'error' }, t('error') + ': ' + e.message));
    }
  } }, el('summary', {}, t('edit.history')), body);
  return details;
}
