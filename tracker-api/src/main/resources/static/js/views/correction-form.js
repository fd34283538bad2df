// The correction form (views/edit.js opens it): a development's whole current content — type, date,
// actors in their order, the type's attributes, the summary in each language, the sources — to
// change and send back with a reason, as POST /api/developments/{id}/corrections takes it.
import { actorName, allActors, api, el, t } from '../tracker.js';

let vocabulary = null;
let documents = null;
const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'];
const GRADES = ['1', '2', '3', '4', '5', '6'];

const pretty = code => code.toLowerCase().replaceAll('_', ' ');
const id = name => 'edit-' + name.replace(/[^A-Za-z0-9-]+/g, '-');

/** A labelled control with the slot where the API's message about it goes. */
function field(name, label, input) {
  input.id = id(name);
  input.name = name;
  return el('div', { class: 'field', 'data-field': name }, el('label', { for: input.id }, label), input,
    el('span', { class: 'error' }));
}

/** A select of values with the current one chosen, kept even when the list no longer offers it. */
function select(values, current, { blank = true, multiple = false, label = v => v } = {}) {
  const chosen = [].concat(current ?? []).map(String);
  const all = [...values.map(String), ...chosen.filter(c => !values.map(String).includes(c))];
  return el('select', { multiple, size: multiple ? Math.min(6, Math.max(2, all.length)) : null },
    blank && !multiple ? el('option', { value: '' }, '—') : '',
    all.map(v => el('option', { value: v, selected: chosen.includes(v) }, label(v))));
}

/** One attribute's control, filled with its current value. */
function attribute(spec, value) {
  const name = 'attributes.' + spec.name;
  const label = spec.name + (spec.required ? ' *' : '');
  let input;
  switch (spec.kind) {
    case 'CHOICE': input = select(spec.allowed || [], value); break;
    case 'LEVEL': input = select(vocabulary.partnershipLadder, value); break;
    case 'CHOICES': input = select(spec.allowed || [], value, { multiple: true }); break;
    case 'ACTOR': input = select(allActors().map(a => a.code).sort(), value, { label: c => c + ' · ' + actorName(c) }); break;
    case 'BOOLEAN': input = select(['true', 'false'], value == null ? null : String(value)); break;
    case 'CHOICES_BY_ACTOR':
      input = el('textarea', { rows: 2 }, value ? JSON.stringify(value) : '');
      break;
    case 'NAMES': {
      const names = value && typeof value === 'object' ? value : {};
      const tags = [...LANGUAGES, ...Object.keys(names).filter(k => !LANGUAGES.includes(k))];
      return el('fieldset', { class: 'field', 'data-field': name }, el('legend', {}, label),
        tags.map(tag => field(name + '.' + tag, t('edit.lang.' + tag) === 'edit.lang.' + tag ? tag : t('edit.lang.' + tag),
          el('input', { value: names[tag] || '', lang: tag }))),
        el('span', { class: 'error' }));
    }
    default:
      input = el('input', { type: ['NUMBER', 'RANK'].includes(spec.kind) ? 'number' : 'text',
        step: spec.kind === 'NUMBER' ? 'any' : null, value: value ?? '' });
  }
  const node = field(name, label, input);
  if (spec.description) node.insertBefore(el('small', { class: 'muted' }, spec.description), node.lastChild);
  return node;
}

/** One source: its document, locator, quote and credibility (a blank one adds a source). */
function source(i, s = {}) {
  const at = `sources[${i}]`;
  return el('fieldset', { class: 'source', 'data-field': at }, el('legend', {}, t('edit.source') + ' ' + (i + 1)),
    field(at + '.document', t('edit.document'), select(documents.map(d => d.id), s.document || null,
      { label: d => { const doc = documents.find(x => x.id === d); return doc && doc.title ? d + ' · ' + doc.title : d; } })),
    field(at + '.locator', t('edit.locator'), el('input', { value: s.locator || '' })),
    field(at + '.quote', t('edit.quote'), el('textarea', { rows: 2, lang: 'zh-Hant' }, s.quote || '')),
    field(at + '.credibility', t('edit.credibility'), select(GRADES, s.credibility ?? null)),
    el('span', { class: 'error' }));
}

/** The attributes of a type as the form holds them (an empty control: the attribute is left out). */
function attributesOf(data, spec) {
  const attributes = {};
  for (const a of spec.attributes) {
    const key = 'attributes.' + a.name;
    if (a.kind === 'NAMES') {
      const names = {};
      for (const [k, v] of data.entries()) {
        if (k.startsWith(key + '.') && v) names[k.slice(key.length + 1)] = v;
      }
      if (Object.keys(names).length) attributes[a.name] = names;
    } else if (a.kind === 'CHOICES') {
      const values = data.getAll(key);
      if (values.length) attributes[a.name] = values;
    } else {
      const v = data.get(key);
      if (v === null || v === '') continue;
      if (a.kind === 'CHOICES_BY_ACTOR') {
        try { attributes[a.name] = JSON.parse(v); } catch (e) { attributes[a.name] = v; }
      } else {
        attributes[a.name] = ['NUMBER', 'RANK'].includes(a.kind) ? Number(v) : a.kind === 'BOOLEAN' ? v === 'true' : v;
      }
    }
  }
  return attributes;
}

/** The new content as the correction request takes it (without the reason and version). */
function content(form, chosen) {
  const data = new FormData(form);
  const type = data.get('type');
  const spec = vocabulary.types.find(x => x.type === type);
  const body = { type, actors: [...chosen], attributes: attributesOf(data, spec) };
  if (!spec.registration && data.get('date')) body.date = data.get('date');
  const summary = {};
  for (const [k, v] of data.entries()) {
    if (k.startsWith('summary.') && v.trim()) summary[k.slice('summary.'.length)] = v;
  }
  if (Object.keys(summary).length) body.summary = summary;
  const sources = [];
  for (let i = 0; data.has(`sources[${i}].document`); i++) {
    const get = f => data.get(`sources[${i}].${f}`) || undefined;
    if (!get('document') && !get('locator') && !get('quote')) continue; // a blank row adds nothing
    sources.push({ document: get('document'), locator: get('locator'), quote: get('quote'),
      credibility: get('credibility') ? Number(get('credibility')) : undefined });
  }
  body.sources = sources;
  return body;
}

/**
 * The form to correct {@code current} (the API's view of the development), with the reason field
 * and buttons given; onSubmit(form, content) sends it.
 */
export async function correctionForm(current, reason, buttons, onSubmit) {
  if (!vocabulary) {
    [vocabulary, documents] = await Promise.all([api('/api/vocabulary'), api('/api/documents')]);
  }
  let chosen = [...(current.actors || [])];
  const order = el('p', { class: 'muted' }, chosen.map(actorName).join(' → '));
  const actorSelect = select(allActors().map(a => a.code).sort(), chosen,
    { multiple: true, label: c => c + ' · ' + actorName(c) });
  actorSelect.size = 6;
  actorSelect.addEventListener('change', () => {
    const selected = [...actorSelect.selectedOptions].map(o => o.value);
    chosen = chosen.filter(c => selected.includes(c)).concat(selected.filter(c => !chosen.includes(c)));
    order.textContent = chosen.map(actorName).join(' → ');
  });
  const attributes = el('div', { class: 'attributes-fields' });
  const dated = el('div', {});
  const typeSelect = select(vocabulary.types.map(x => x.type), current.type, { blank: false, label: pretty });
  const showType = () => {
    const spec = vocabulary.types.find(x => x.type === typeSelect.value);
    dated.replaceChildren(spec.registration ? '' : field('date', t('edit.date'), el('input', { value: current.date || '' })));
    attributes.replaceChildren(...spec.attributes.map(a => attribute(a, (current.attributes || {})[a.name])));
  };
  typeSelect.addEventListener('change', showType);
  const summary = current.summary || {};
  const tags = [...LANGUAGES, ...Object.keys(summary).filter(k => !LANGUAGES.includes(k))];
  const sources = current.sources || [];
  const form = el('form', { class: 'capture fix', id: 'edit-correct', novalidate: true, onsubmit: e => {
    e.preventDefault();
    onSubmit(form, content(form, chosen));
  } },
  el('p', { class: 'muted' }, t('edit.correcting') + ' ' + current.version),
  el('div', { class: 'field', 'data-field': 'form' }, el('span', { class: 'error' })),
  field('type', t('edit.type'), typeSelect), dated,
  field('actors', t('edit.actors'), actorSelect), order,
  attributes,
  el('fieldset', { class: 'field', 'data-field': 'summary' }, el('legend', {}, t('edit.summary')),
    tags.map(tag => field('summary.' + tag, t('edit.lang.' + tag) === 'edit.lang.' + tag ? tag : t('edit.lang.' + tag),
      el('textarea', { rows: 2, lang: tag }, summary[tag] || ''))),
    el('span', { class: 'error' })),
  el('div', { class: 'field', 'data-field': 'sources' }, el('span', { class: 'error' })),
  sources.map((s, i) => source(i, s)), source(sources.length),
  reason, buttons);
  showType();
  return form;
}

/** Puts each of the API's messages next to the field it names (or its nearest parent, or the form). */
export function showErrors(form, problem) {
  const errors = problem.errors || [];
  for (const e of errors) {
    let name = e.field || '';
    let target = null;
    while (name && !(target = form.querySelector(`[data-field="${CSS.escape(name)}"]`))) {
      const shorter = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === name) break;
      name = shorter;
    }
    target = target || form.querySelector('[data-field="form"]');
    const slot = [...target.children].find(c => c.classList.contains('error')) || target.querySelector('.error');
    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + (target.dataset.field === e.field ? '' : e.field + ': ') + e.message;
    target.classList.add('invalid');
  }
  if (!errors.length) form.querySelector('[data-field="form"] .error').textContent = problem.detail || problem.title || '';
}
