// Projects: every project defined in the log, top-level ones first with their lines.
import { api, el, link, start, t, text, timeParams } from '../tracker.js';

start({
  async render(main) {
    const page = await api('/api/timeline', { type: 'PROJECT_DEFINED', size: 200, ...timeParams() });
    const projects = page.items.map(i => ({ id: i.attributes.projectId, name: i.attributes.name,
      parent: i.attributes.parent, kind: i.attributes.kind }));
    const top = projects.filter(p => !p.parent || !projects.some(q => q.id === p.parent));
    main.replaceChildren(el('h1', {}, t('prj.all')), el('ul', { class: 'projects', id: 'projects' },
      top.map(p => el('li', {}, link(`/projects/${p.id}`, text(p.name) || p.id), ' ',
        el('span', { class: 'muted' }, p.kind || ''),
        el('ul', {}, projects.filter(c => c.parent === p.id).map(c =>
          el('li', {}, link(`/projects/${c.id}`, text(c.name) || c.id))))))));
  },
});
