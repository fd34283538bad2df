// Record a development: the form follows the vocabulary (each type's attributes), and the API's
// own validation messages are shown next to the fields they name.
import { actorName, allActors, api, ApiError, el, link, start, t } from '../tracker.js';
import { sourcesEditor } from './sources-editor.js';

let vocabulary = null;
let documents = [];
/** The actors in the order they were picked: for many types the first one acts on the others. */
let chosen = [];

function attributeInput(spec) {
  const name = 'attributes.' + spec.name;
  const label = spec.name + (spec.required ? ' *' : '');
  let input;
  switch (spec.kind) {
    case 'CHOICE': case 'LEVEL':
      input = el('select', { name, id: name }, el('option', { value: '' }, '—'),
        (spec.kind === 'LEVEL' ? vocabulary.partnershipLadder : spec.allowed).map(v => el('option', { value: v }, v)));
      break;
    case 'CHOICES':
      input = el('select', { name, id: name, multiple: true, size: Math.min(6, spec.allowed.length) },
        spec.allowed.map(v => el('option', { value: v }, v)));
      break;
    case 'ACTOR':
      input = el('select', { name, id: name }, el('option', { value: '' }, '—'),
        allActors().map(a => el('option', { value: a.code }, a.code + ' · ' + actorName(a.code))));
      break;
    case 'BOOLEAN':
      input = el('select', { name, id: name }, el('option', { value: '' }, '—'),
        el('option', { value: 'true' }, 'true'), el('option', { value: 'false' }, 'false'));
      break;
    case 'CHOICES_BY_ACTOR': // a JSON object, e.g. {"CHN": ["DEFENCE"]}: sent as written
      input = el('textarea', { name, id: name, rows: 2,
        placeholder: `{"CHN": ["${spec.allowed[0]}"]}` });
      break;
    case 'NAMES':
      return el('fieldset', { class: 'field', 'data-field': name }, el('legend', {}, label),
        el('input', { name: name + '.en', placeholder: 'English' }),
        el('input', { name: name + '.zh-Hant', placeholder: '中文' }),
        el('span', { class: 'error' }));
    default:
      input = el('input', { name, id: name, type: spec.kind === 'NUMBER' ? 'number' : 'text',
        step: spec.kind === 'NUMBER' ? 'any' : null, placeholder: spec.kind === 'DATE' ? '2013-09' : '' });
  }
  return el('div', { class: 'field', 'data-field': name }, el('label', { for: name }, label),
    input, el('small', { class: 'muted' }, spec.description || ''), el('span', { class: 'error' }));
}

function field(name, label, input) {
  input.id = name;
  input.name = name;
  return el('div', { class: 'field', 'data-field': name }, el('label', { for: name }, label), input,
    el('span', { class: 'error' }));
}

function body(form, editor) {
  const data = new FormData(form);
  const type = data.get('type');
  const spec = vocabulary.types.find(x => x.type === type);
  const attributes = {};
  for (const a of spec.attributes) {
    const key = 'attributes.' + a.name;
    if (a.kind === 'NAMES') {
      const en = data.get(key + '.en'); const zh = data.get(key + '.zh-Hant');
      if (en || zh) attributes[a.name] = { en, 'zh-Hant': zh };
    } else if (a.kind === 'CHOICES_BY_ACTOR') {
      const v = data.get(key);
      if (v) {
        try { attributes[a.name] = JSON.parse(v); } catch (e) { attributes[a.name] = v; }
      }
    } else if (a.kind === 'CHOICES') {
      const values = data.getAll(key);
      if (values.length) attributes[a.name] = values;
    } else {
      const v = data.get(key);
      if (v === null || v === '') continue;
      attributes[a.name] = a.kind === 'NUMBER' ? Number(v) : a.kind === 'BOOLEAN' ? v === 'true' : v;
    }
  }
  const development = { type, attributes };
  if (data.get('date')) development.date = data.get('date');
  if (!spec.registration || chosen.length) development.actors = [...chosen];
  const en = data.get('summary.en'); const zh = data.get('summary.zh-Hant');
  if (en || zh) development.summary = { en: en || undefined, 'zh-Hant': zh || undefined };
  const sources = editor.sources();
  if (sources.length) development.sources = sources;
  const newDocuments = editor.newDocuments();
  if (newDocuments.length) development.newDocuments = newDocuments;
  return development;
}

/** Puts each of the API's messages next to the field it names (or its nearest parent). */
function showErrors(form, problem) {
  const errors = problem.errors || [];
  for (const e of errors) {
    let name = e.field || '';
    let target = null;
    while (name && !(target = form.querySelector(`[data-field="${CSS.escape(name)}"]`))) {
      name = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (name === (e.field || '')) break;
    }
    target = target || form.querySelector('[data-field="form"]');
    const slot = target.querySelector('.error');
    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + (target.dataset.field === e.field ? '' : e.field + ': ') + e.message;
    target.classList.add('invalid');
  }
  if (!errors.length) form.querySelector('[data-field="form"] .error').textContent = problem.detail || problem.title;
}

function draw(main, type) {
  const spec = vocabulary.types.find(x => x.type === type);
  const typeSelect = el('select', { onchange: e => draw(main, e.target.value) },
    vocabulary.types.map(x => el('option', { value: x.type, selected: x.type === type }, x.type.toLowerCase().replaceAll('_', ' '))));
  chosen = [];
  const order = el('p', { class: 'muted', id: 'actors-order' });
  const actorSelect = el('select', { multiple: true, size: 8, onchange: e => {
    const selected = [...e.target.selectedOptions].map(o => o.value);
    chosen = chosen.filter(c => selected.includes(c)).concat(selected.filter(c => !chosen.includes(c)));
    order.textContent = chosen.map(actorName).join(' → ');
  } }, allActors().sort((a, b) => a.code.localeCompare(b.code)).map(a => el('option', { value: a.code }, a.code + ' · ' + actorName(a.code))));
  const editor = sourcesEditor(documents);
  const result = el('div', { id: 'capture-result', role: 'status' });
  const form = el('form', { id: 'capture', class: 'capture', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    form.querySelectorAll('.error').forEach(x => { x.textContent = ''; });
    form.querySelectorAll('.invalid').forEach(x => x.classList.remove('invalid'));
    result.replaceChildren();
    try {
      const saved = await api('/api/developments', {}, { method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body(form, editor)) });
      result.replaceChildren(el('p', { class: 'ok' }, t('cap.recorded') + ' ',
        link(`/timeline?text=${encodeURIComponent(saved.summary?.en || '')}`, saved.id, { id: 'recorded-id' })));
      form.reset();
      chosen = [];
      order.textContent = '';
      documents = await api('/api/documents'); // fresh, with any document registered just now
      editor.registered(documents);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      result.replaceChildren(el('p', { class: 'error' }, t('cap.invalid')));
      showErrors(form, err.problem);
    }
  } },
  el('div', { class: 'field', 'data-field': 'form' }, el('span', { class: 'error' })),
  field('type', t('cap.type'), typeSelect),
  el('p', { class: 'muted' }, spec.meaning || ''),
  spec.registration ? '' : field('date', t('cap.date'), el('input', { placeholder: '2013-09-12' })),
  spec.maxActors === 0 ? '' : [field('actors', t('cap.actors') + ` (${spec.minActors}${spec.maxActors ? '–' + spec.maxActors : '+'})`, actorSelect), order],
  spec.attributes.map(attributeInput),
  field('summary.en', t('cap.summaryEn'), el('textarea', { rows: 2 })),
  field('summary.zh-Hant', t('cap.summaryZh'), el('textarea', { rows: 2, lang: 'zh-Hant' })),
  editor.node,
  el('button', { type: 'submit', id: 'capture-submit' }, t('cap.record')));
  main.replaceChildren(el('h1', {}, t('nav.capture')), form, result);
}

start({
  async render(main) {
    if (!vocabulary) {
      vocabulary = await api('/api/vocabulary');
      documents = await api('/api/documents');
    }
    const current = main.querySelector('#type');
    draw(main, current ? current.value : 'VISIT');
  },
});
