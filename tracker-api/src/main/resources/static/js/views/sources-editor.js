// Several sources for a development: rows of (document, locator, quote, credibility) with "add another
// source" and remove; a document picker filtered by id or title as one types; a new document made inline
// (id, title, language, reliability A–F), sent with the development as `newDocuments` (one request, all
// or nothing). Used by views/capture.js; the field names are the API's (sources[i].…, newDocuments[i].…)
// so the API's messages land next to the field they name.
import { el, t } from '../tracker.js';

export const WHOLE_DOCUMENT = 'whole document';
const CREDIBILITY = ['1', '2', '3', '4', '5', '6'];
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'];
const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans', 'ru'];

let serial = 0;

/** A labelled control with the slot where the API's message about it goes. */
function field(name, label, input, key = name) {
  input.id = input.id || 'src-' + (++serial) + '-' + name.replace(/[^A-Za-z0-9-]+/g, '-');
  if (!input.name) input.name = name;
  return el('div', { class: 'field', 'data-field': key }, el('label', { for: input.id }, label), input,
    el('span', { class: 'error' }));
}

const gradeLabel = g => g + ' · ' + t('grade.' + g);

/**
 * The editor. documents: the registered documents ({id, title, reliability}) to pick from.
 * Answers {node, sources(), newDocuments(), registered(documents)}: registered() takes the documents
 * as the API lists them after a recording and forgets the pending new ones.
 */
export function sourcesEditor(documents) {
  let known = [...documents];
  let pending = []; // new documents: {documentId, title, language, reliability}
  const rows = el('div', { class: 'source-rows' });
  const news = el('ul', { class: 'new-documents', id: 'new-documents' });

  const all = () => [...known.map(d => ({ ...d, fresh: false })),
    ...pending.map(d => ({ id: d.documentId, title: d.title, reliability: d.reliability, fresh: true }))];
  const describe = d => d.id + (d.title ? ' · ' + d.title : '')
    + (d.reliability ? ' (' + d.reliability + ')' : '') + (d.fresh ? ' · ' + t('src.new') : '');

  /** Fills a picker's select with the documents matching its search, keeping the choice when it can. */
  function fill(select, search, keep = select.value) {
    const words = search.value.trim().toLowerCase();
    const matching = all().filter(d => !words || d.id.toLowerCase().includes(words)
      || (d.title || '').toLowerCase().includes(words));
    select.replaceChildren(el('option', { value: '' }, matching.length ? '—' : t('src.noMatch')),
      ...matching.map(d => el('option', { value: d.id, selected: d.id === keep }, describe(d))));
    if (words && !matching.some(d => d.id === keep) && matching.length) select.value = matching[0].id;
    select.dispatchEvent(new Event('change'));
  }

  function refill() {
    rows.querySelectorAll('.source').forEach(row => fill(row.querySelector('select.doc'), row.querySelector('input.doc-search')));
    news.replaceChildren(...pending.map((d, i) => el('li', { 'data-field': `newDocuments[${i}]` },
      el('span', { class: 'new-document' }, d.documentId + ' · ' + d.title + ' · ' + d.language + ' · '
        + t('grade.reliability') + ' ' + (d.reliability ? gradeLabel(d.reliability) : t('grade.none'))),
      ' ', el('button', { type: 'button', class: 'link', onclick: () => { pending.splice(i, 1); refill(); } },
        t('src.removeDocument')),
      el('span', { class: 'error' }))));
  }

  /** The inline form for a new document; on "add" it joins the pending ones and is chosen in the row. */
  function newDocumentForm(row) {
    const id = el('input', { class: 'new-id' });
    const title = el('input', { class: 'new-title' });
    const language = el('select', { class: 'new-language' }, LANGUAGES.map(l => el('option', { value: l }, l)));
    const reliability = el('select', { class: 'new-reliability' }, el('option', { value: '' }, t('grade.none')),
      RELIABILITY.map(g => el('option', { value: g }, gradeLabel(g))));
    const problem = el('span', { class: 'error', role: 'alert' });
    const box = el('fieldset', { class: 'new-document-form' }, el('legend', {}, t('src.newDocument')),
      field('new.documentId', t('src.newId'), id), field('new.title', t('src.newTitle'), title),
      field('new.language', t('src.newLanguage'), language),
      field('new.reliability', t('grade.reliability'), reliability), problem,
      el('button', { type: 'button', class: 'add-document', onclick: () => {
        const documentId = id.value.trim();
        if (!documentId || !title.value.trim()) { problem.textContent = t('src.newNeeds'); return; }
        if (all().some(d => d.id === documentId)) { problem.textContent = t('src.newTaken'); return; }
        pending.push({ documentId, title: title.value.trim(), language: language.value,
          reliability: reliability.value || undefined });
        box.remove();
        refill();
        const search = row.querySelector('input.doc-search');
        search.value = '';
        fill(row.querySelector('select.doc'), search, documentId);
      } }, t('src.addDocument')));
    return box;
  }

  function row() {
    const search = el('input', { type: 'search', class: 'doc-search', 'aria-label': t('src.search'),
      placeholder: t('src.search') });
    const select = el('select', { class: 'doc', 'aria-label': t('cap.document') });
    const grade = el('small', { class: 'muted doc-grade' });
    select.addEventListener('change', () => {
      const d = all().find(x => x.id === select.value);
      grade.textContent = d ? t('grade.reliability') + ': ' + (d.reliability ? gradeLabel(d.reliability) : t('grade.none')) : '';
    });
    search.addEventListener('input', () => fill(select, search));
    const locator = el('input', { class: 'locator', placeholder: '§1 ¶2, p. 3' });
    const whole = el('input', { type: 'checkbox', class: 'whole' });
    whole.addEventListener('change', () => { locator.disabled = whole.checked; });
    const node = el('fieldset', { class: 'source' }, el('legend', {}, t('edit.source')),
      el('div', { class: 'field picker' }, el('label', {}, t('cap.document')), search, select, grade,
        el('span', { class: 'error' }),
        el('button', { type: 'button', class: 'link open-new', onclick: e => {
          if (!node.querySelector('.new-document-form')) e.target.after(newDocumentForm(node));
        } }, t('src.newDocument'))),
      el('label', { class: 'whole-document' }, whole, ' ', t('src.whole')),
      field('locator', t('cap.locator'), locator),
      field('quote', t('src.quote'), el('textarea', { rows: 2, class: 'quote', lang: 'zh-Hant' })),
      field('credibility', t('edit.credibility'), el('select', { class: 'credibility' }, el('option', { value: '' }, '—'),
        CREDIBILITY.map(g => el('option', { value: g }, g + ' · ' + t('grade.' + g))))),
      el('button', { type: 'button', class: 'link remove-source', onclick: () => { node.remove(); renumber(); } },
        t('src.remove')),
      el('span', { class: 'error' }));
    fill(select, search);
    return node;
  }

  /** Names each row's fields by its place, as the API names them (sources[0].locator, …). */
  function renumber() {
    [...rows.children].forEach((node, i) => {
      node.dataset.field = `sources[${i}]`;
      node.querySelector('legend').textContent = t('edit.source') + ' ' + (i + 1);
      const picker = node.querySelector('.picker');
      picker.dataset.field = `sources[${i}].document`;
      picker.querySelector('label').htmlFor = picker.querySelector('select.doc').id = `sources[${i}].document`;
      for (const f of ['locator', 'quote', 'credibility']) {
        const input = node.querySelector('.' + f);
        const box = input.closest('.field');
        box.dataset.field = input.id = `sources[${i}].${f}`;
        box.querySelector('label').htmlFor = input.id;
      }
      const whole = node.querySelector('.whole');
      whole.id = `sources[${i}].whole`;
    });
  }

  const add = () => { rows.append(row()); renumber(); };
  add();
  const node = el('fieldset', { class: 'sources', 'data-field': 'sources' }, el('legend', {}, t('tl.sources')),
    el('span', { class: 'error' }), rows,
    el('button', { type: 'button', id: 'add-source', onclick: add }, t('src.add')),
    el('div', { 'data-field': 'newDocuments' }, news, el('span', { class: 'error' })));

  return {
    node,
    /** The sources as the API takes them; a row left blank adds nothing. */
    sources() {
      return [...rows.children].map(r => ({
        document: r.querySelector('select.doc').value || undefined,
        locator: r.querySelector('.whole').checked ? WHOLE_DOCUMENT : r.querySelector('.locator').value || undefined,
        quote: r.querySelector('.quote').value || undefined,
        credibility: r.querySelector('.credibility').value ? Number(r.querySelector('.credibility').value) : undefined,
      })).filter(s => s.document || (s.locator && s.locator !== WHOLE_DOCUMENT) || s.quote);
    },
    /** The new documents to register with the development (only those still pending). */
    newDocuments() {
      return pending.map(d => ({ ...d }));
    },
    /** After a recording: the documents as now registered; the form starts again with one blank source. */
    registered(fresh) {
      known = [...fresh];
      pending = [];
      rows.replaceChildren();
      add();
      refill();
    },
  };
}
