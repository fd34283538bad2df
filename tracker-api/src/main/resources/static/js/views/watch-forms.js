// The watch board's forms: opening a watch item (ANALYST and above), and the helpers every watch
// form shares — a labelled field, the API's messages put beside the fields they name, a POST.
import { actorName, allActors, api, ApiError, el, t } from '../tracker.js';

/** A labelled field named for the API's field ({@code name}); its input gets {@code id}. */
export function field(name, id, label, input, hint) {
  input.id = id;
  if (!input.name) input.name = name;
  return el('div', { class: 'field', 'data-field': name }, el('label', { for: id }, label), input,
    hint ? el('small', { class: 'muted' }, hint) : '', el('span', { class: 'error' }));
}

/**
 * A part shown on demand: a button that says what it holds (and whether it is open) and the part,
 * hidden until the button is pressed. {@code attrs} go on the whole.
 */
export function disclosure(attrs, title, ...content) {
  const part = el('div', { class: 'part', hidden: true }, ...content);
  const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', onclick: () => {
    part.hidden = !part.hidden;
    toggle.setAttribute('aria-expanded', String(!part.hidden));
  } }, title);
  return el('div', { class: 'disclosure', ...attrs }, toggle, part);
}

/** Empties a form's error slots. */
export function clearErrors(form) {
  form.querySelectorAll('.error').forEach(x => { x.textContent = ''; });
  form.querySelectorAll('.invalid').forEach(x => x.classList.remove('invalid'));
}

/**
 * Puts each of the API's messages beside the field it names, or its nearest named parent
 * (subjects[0] → subjects), else at the top of the form; a problem naming no field goes there too.
 */
export function showErrors(form, problem) {
  const errors = problem.errors || [];
  const top = form.querySelector(':scope > .form-error');
  for (const e of errors) {
    let name = e.field || '';
    let target = null;
    while (name && !(target = form.querySelector(`[data-field="${CSS.escape(name)}"]`))) {
      const shorter = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === name) break;
      name = shorter;
    }
    const slot = target ? target.querySelector(':scope > .error') : top;
    const prefix = target && target.dataset.field === e.field ? '' : e.field + ': ';
    slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + prefix + e.message;
    if (target) target.classList.add('invalid');
  }
  if (!errors.length) top.textContent = problem.detail || problem.title || '';
}

/** POSTs JSON; a refusal is shown in the form (and answers null), anything else is thrown. */
export async function post(form, path, body) {
  clearErrors(form);
  try {
    return await api(path, {}, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    showErrors(form, err.problem);
    return null;
  }
}

/** The values of a form's field, trimmed; none when blank. */
export function value(form, name) {
  const v = new FormData(form).get(name);
  return v === null || String(v).trim() === '' ? undefined : String(v);
}

function list(text) {
  return (text || '').split(/[,\s]+/).filter(Boolean);
}

/** "name=value" a line: numbers and true/false as such, else text; a line without "=" as null. */
function attributes(text) {
  const out = {};
  for (const line of (text || '').split('\n').map(l => l.trim()).filter(Boolean)) {
    const at = line.indexOf('=');
    if (at < 0) { out[line] = null; continue; }
    const raw = line.slice(at + 1).trim();
    out[line.slice(0, at).trim()] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw)
      : raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  return out;
}

function localized(form, name) {
  const en = value(form, name + '.en');
  const zh = value(form, name + '.zh-Hant');
  return en || zh ? { en, 'zh-Hant': zh } : undefined;
}

function selected(select) {
  return [...select.selectedOptions].map(o => o.value);
}

function actorSelect(id) {
  return el('select', { id, multiple: true, size: 6 }, allActors()
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(a => el('option', { value: a.code }, a.code + ' · ' + actorName(a.code))));
}

/**
 * The form that opens a watch item: its id, question and what resolves it (English, Chinese
 * optional), subjects (actors picked, other ids typed), the rule (types, actors, subjects,
 * attribute values), review date, the day it is opened and a source, each optional where the API
 * says so. {@code opened(id)} is called with the new item's id.
 */
export function openForm(types, documents, opened) {
  const subjectActors = actorSelect('wo-subject-actors');
  const ruleTypes = el('select', { multiple: true, size: 6 },
    types.map(ty => el('option', { value: ty }, ty.toLowerCase().replaceAll('_', ' '))));
  const ruleActors = actorSelect('wo-rule-actors');
  const result = el('div', { id: 'watch-open-result', role: 'status' });
  const form = el('form', { id: 'watch-open-form', class: 'capture', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    result.replaceChildren();
    const doc = value(form, 'sources[0].document');
    const body = {
      id: value(form, 'id'),
      question: localized(form, 'question'),
      resolvesWhen: localized(form, 'resolvesWhen'),
      subjects: [...selected(subjectActors), ...list(value(form, 'subjects.other'))],
      rule: { types: selected(ruleTypes), actors: selected(ruleActors),
        subjects: list(value(form, 'rule.subjects')), attributes: attributes(value(form, 'rule.attributes')) },
      reviewBy: value(form, 'reviewBy'),
      on: value(form, 'on'),
      sources: doc ? [{ document: doc, locator: value(form, 'sources[0].locator') }] : undefined,
    };
    const item = await post(form, '/api/watch-items', body);
    if (!item) {
      result.replaceChildren(el('p', { class: 'error' }, t('cap.invalid')));
      return;
    }
    form.reset();
    result.replaceChildren(el('p', { class: 'ok' }, t('watch.f.opened') + ' ', el('code', {}, item.id)));
    opened(item.id);
  } },
  el('span', { class: 'error form-error' }),
  field('id', 'wo-id', t('watch.f.id'), el('input', { placeholder: 'sco-development-bank' })),
  el('fieldset', { 'data-field': 'question' }, el('legend', {}, t('watch.f.question')),
    field('question.en', 'wo-question-en', t('watch.f.en'), el('textarea', { rows: 2 })),
    field('question.zh-Hant', 'wo-question-zh', t('watch.f.zh'), el('textarea', { rows: 2, lang: 'zh-Hant' })),
    el('span', { class: 'error' })),
  el('fieldset', { 'data-field': 'resolvesWhen' }, el('legend', {}, t('watch.resolvesWhen')),
    field('resolvesWhen.en', 'wo-resolves-en', t('watch.f.en'), el('textarea', { rows: 2 })),
    field('resolvesWhen.zh-Hant', 'wo-resolves-zh', t('watch.f.zh'), el('textarea', { rows: 2, lang: 'zh-Hant' })),
    el('span', { class: 'error' })),
  el('fieldset', { 'data-field': 'subjects' }, el('legend', {}, t('watch.subjects')),
    field('subjects.actors', 'wo-subject-actors', t('watch.f.actors'), subjectActors),
    field('subjects.other', 'wo-subject-other', t('watch.f.otherSubjects'), el('input', { placeholder: 'line-d, sco-development-bank' })),
    el('span', { class: 'error' })),
  el('fieldset', { 'data-field': 'rule' }, el('legend', {}, t('watch.f.rule')),
    field('rule.types', 'wo-rule-types', t('watch.rule.types'), ruleTypes),
    field('rule.actors', 'wo-rule-actors', t('watch.rule.actors'), ruleActors),
    field('rule.subjects', 'wo-rule-subjects', t('watch.rule.subjects'), el('input', { placeholder: 'line-d' })),
    field('rule.attributes', 'wo-rule-attributes', t('watch.rule.attributes'),
      el('textarea', { rows: 2, placeholder: 'milestone=CONSTRUCTION_STARTED\nstatus=ACTUAL' }), t('watch.f.attributesHint')),
    el('span', { class: 'error' })),
  field('reviewBy', 'wo-review-by', t('watch.f.reviewBy'), el('input', { placeholder: '2027-06' })),
  field('on', 'wo-on', t('watch.f.on'), el('input', { placeholder: '2026-11-29' })),
  field('sources[0].document', 'wo-document', t('cap.document'),
    el('select', {}, el('option', { value: '' }, '—'),
      documents.map(d => el('option', { value: d.id }, d.title ? d.id + ' · ' + d.title : d.id)))),
  field('sources[0].locator', 'wo-locator', t('cap.locator'), el('input', { placeholder: '§3 ¶9' })),
  el('button', { type: 'submit', id: 'watch-open-submit' }, t('watch.f.submit')));
  return disclosure({ id: 'watch-open', class: 'disclosure watch-open' }, t('watch.new'), form, result);
}
