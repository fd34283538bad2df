// Preferring a disputed claim from wherever tracker.js's disputed() draws one: ANALYST and above,
// as known now, see "Prefer this claim" beside each claim not standing; it asks for a reason (and
// a source, filled with the claim's own first citation) and records a CLAIM_PREFERRED through
// POST /api/developments. The API's problem+json messages show beside the fields they name.
import { api, ApiError, can, el, grade, state, status, t } from './tracker.js';

/** Each claim's control, kept across redraws so an open form keeps what was typed. */
const controls = new Map();
/** Redraws scheduled after a choice, while the answers catch up with the log. */
let redrawing = [];

/** The control for one disputed claim: '' for a VIEWER or when looking at a past moment (knownAt). */
export function preferControl(dispute, redraw) {
  const id = dispute.developmentId;
  if (!id || !can('ANALYST') || state.knownAt) return '';
  const key = state.lang;
  const kept = controls.get(id);
  if (kept && kept.key === key) return kept.node;
  const slot = el('div', { class: 'prefer-form' });
  const node = el('div', { class: 'prefer', 'data-development': id },
    el('button', { type: 'button', class: 'prefer-open', onclick: () => toggle(id, slot, redraw) },
      t('prefer.open')), slot);
  controls.set(id, { key, node });
  return node;
}

async function toggle(id, slot, redraw) {
  if (slot.firstChild) {
    slot.replaceChildren();
    return;
  }
  let claim = null;
  try {
    claim = await api(`/api/developments/${id}`);
  } catch (e) {
    slot.replaceChildren(el('p', { class: 'error' }, t('error') + ': ' + e.message));
    return;
  }
  slot.replaceChildren(form(id, claim, slot, redraw));
  slot.querySelector('input')?.focus();
}

function field(id, name, label, value = '') {
  const inputId = `prefer-${name}-${id}`;
  return el('div', { class: 'field', 'data-field': name },
    el('label', { for: inputId }, label),
    el('input', { id: inputId, name, value, autocomplete: 'off' }), el('span', { class: 'error' }));
}

function form(id, claim, slot, redraw) {
  const cited = (claim.sources || [])[0] || {};
  const f = el('form', { class: 'capture fix prefer-claim', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    const reason = f.elements.reason.value.trim();
    const body = { type: 'CLAIM_PREFERRED',
      attributes: { preferred: id, ...(reason ? { reason } : {}) },
      sources: [{ document: f.elements.document.value.trim(), locator: f.elements.locator.value.trim() }] };
    if (await send(f, body)) chosen(slot, redraw);
  } },
  el('p', {}, t('prefer.explain')),
  (claim.sources || []).length ? el('p', { class: 'muted prefer-sources' }, t('prefer.sources') + ': ',
    claim.sources.flatMap((s, i) => [i ? '; ' : '', s.document, ' ', grade(s), s.locator ? ' ' + s.locator : ''])) : '',
  field(id, 'reason', t('prefer.reason')),
  field(id, 'document', t('prefer.document'), cited.document || ''),
  field(id, 'locator', t('prefer.locator'), cited.locator || ''),
  el('div', { class: 'field', 'data-field': 'form' }, el('span', { class: 'error outcome', role: 'alert' })),
  el('p', { class: 'edit-buttons' },
    el('button', { type: 'submit', class: 'prefer-submit' }, t('prefer.submit')), ' ',
    el('button', { type: 'button', class: 'cancel', onclick: () => slot.replaceChildren() }, t('edit.cancel'))));
  return f;
}

/** Where an API field shows: the reason, the source's document or locator, else the form. */
function slotFor(f, name) {
  const target = /^attributes\.reason/.test(name) ? 'reason'
    : /\.document$/.test(name) ? 'document'
      : /\.locator$/.test(name) ? 'locator' : 'form';
  return f.querySelector(`[data-field="${target}"]`);
}

async function send(f, body) {
  f.querySelectorAll('.error').forEach(x => { x.textContent = ''; });
  f.querySelectorAll('.invalid').forEach(x => x.classList.remove('invalid'));
  try {
    return await api('/api/developments', {}, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    const errors = err.problem.errors || [];
    errors.forEach(e => {
      const target = slotFor(f, e.field || '');
      const shown = target.querySelector('.error');
      const named = target.dataset.field === 'form' ? (e.field ? e.field + ': ' : '') : '';
      shown.textContent = (shown.textContent ? shown.textContent + ' ' : '') + named + e.message;
      target.classList.add('invalid');
    });
    if (!errors.length) f.querySelector('[data-field="form"] .error').textContent = err.message;
    status(t('prefer.invalid'), 'error');
    return null;
  }
}

/** After a choice: close the form and redraw now and as the answers follow the log. */
function chosen(slot, redraw) {
  slot.replaceChildren();
  controls.clear();
  status(t('prefer.done'), 'ok');
  redrawing.forEach(clearTimeout);
  redraw();
  redrawing = [300, 1000, 2500, 5000, 10000].map(ms => setTimeout(() => redraw(), ms));
}
