// Import an NDJSON file: upload progress, then validation progress, then the report or every bad
// line with its field and message.
import { api, csrfHeaders, el, start, t } from '../tracker.js';

function report(r) {
  return el('dl', { class: 'facts', id: 'import-report' }, ['lines', 'recorded', 'corrected', 'retracted', 'unchanged']
    .flatMap(k => [el('dt', {}, k), el('dd', {}, String(r[k] ?? 0))]));
}

start({
  async render(main) {
    if (main.querySelector('#import-form')) return; // nothing here depends on time or the log
    const progress = el('progress', { id: 'import-progress', max: 100, value: 0, hidden: true });
    const phase = el('p', { id: 'import-phase', role: 'status' });
    const result = el('div', { id: 'import-result' });
    const form = el('form', { id: 'import-form', onsubmit: e => {
      e.preventDefault();
      const file = form.querySelector('input[type=file]').files[0];
      if (!file) return;
      result.replaceChildren();
      progress.hidden = false;
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/import');
      xhr.setRequestHeader('Content-Type', 'application/x-ndjson');
      xhr.setRequestHeader('Accept', 'application/json');
      Object.entries(csrfHeaders()).forEach(([k, v]) => xhr.setRequestHeader(k, v));
      xhr.upload.onprogress = ev => {
        if (ev.lengthComputable) { progress.value = (ev.loaded / ev.total) * 100; }
        phase.textContent = t('imp.uploading') + ' ' + Math.round(progress.value) + '%';
      };
      const poll = setInterval(async () => {
        const running = (await api('/api/imports').catch(() => []))
          .find(i => i.phase === 'VALIDATING' || i.phase === 'WRITING');
        if (running) phase.textContent = t('imp.validating') + ': ' + running.lines + ' · ' + running.phase.toLowerCase();
      }, 500);
      xhr.onloadend = () => {
        clearInterval(poll);
        progress.value = 100;
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (err) { /* not JSON */ }
        if (xhr.status === 200) {
          phase.textContent = t('imp.done');
          result.replaceChildren(report(body));
        } else {
          phase.textContent = t('imp.refused');
          const errors = (body && body.errors) || [];
          result.replaceChildren(el('p', { class: 'error' }, (body && body.detail) || ('HTTP ' + xhr.status)),
            errors.length ? el('table', { class: 'errors', id: 'import-errors' },
              el('thead', {}, el('tr', {}, el('th', {}, t('imp.line')), el('th', {}, t('imp.field')), el('th', {}, t('imp.message')))),
              el('tbody', {}, errors.map(x => el('tr', {}, el('td', {}, String(x.line ?? '')), el('td', {}, x.field || ''), el('td', {}, x.message))))) : '');
        }
      };
      xhr.send(file);
    } },
    el('label', {}, t('imp.file') + ' ', el('input', { type: 'file', accept: '.ndjson,.jsonl,application/x-ndjson', name: 'file' })),
    el('button', { type: 'submit', id: 'import-submit' }, t('imp.start')));
    main.replaceChildren(el('h1', {}, t('nav.import')), form, progress, phase, result);
  },
});
