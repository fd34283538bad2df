// Tracker's dashboard: the shared parts of every view. Views read the JSON API (the same one other
// tools use) and redraw when the time control, the language or (for live views) the log changes.
// The URL holds the whole state (asOf, knownAt, lang and the view's own filters), so a view can
// be shared by copying its address.

import { LABELS } from './labels.js';
import { refuseBadTimeInTheAddress, setUpTimeControl } from './time-control.js';
import { preferControl } from './prefer.js';

/** The default partnership ladder, lowest first: the stylesheet colours each of its six rungs. */
const DEFAULT_LADDER = ['NONE', 'PARTNERSHIP', 'STRATEGIC_PARTNERSHIP',
  'COMPREHENSIVE_STRATEGIC_PARTNERSHIP', 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION',
  'ALL_WEATHER_STRATEGIC_PARTNERSHIP'];

let ladderInUse = null;

/**
 * The partnership ladder in use, lowest first: GET /api/vocabulary's rungs (the default ones and
 * those analysts registered), each with its code, rank and names. Read once per page.
 */
export function ladder() {
  ladderInUse ??= api('/api/vocabulary').then(v => v.ladder)
    .catch(e => { ladderInUse = null; throw e; });
  return ladderInUse;
}

/**
 * Where a level stands on the ladder: its rank (to order by) and its step on the stylesheet's scale
 * of six, that of the default rung at or below it (a registered rung takes the colour of the rung
 * it rises from). An unknown level stands with NONE.
 */
export function standing(level, rungs) {
  const rung = rungs.find(r => r.code === level) || rungs[0];
  const below = rungs.filter(r => DEFAULT_LADDER.includes(r.code) && r.rank <= rung.rank);
  return { rank: rung.rank, step: Math.max(0, DEFAULT_LADDER.indexOf(below.at(-1)?.code)) };
}

const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'];
const params = new URLSearchParams(location.search);
const actors = new Map();

export const state = {
  get lang() { return LANGUAGES.includes(params.get('lang')) ? params.get('lang') : 'en'; },
  /** Whether the chosen language is Chinese, in either script. */
  get chinese() { return this.lang !== 'en'; },
  get asOf() { return params.get('asOf'); },
  get knownAt() { return params.get('knownAt'); },
  /** A view's own filter from the URL. */
  get(name) { return params.get(name); },
  getAll(name) { return params.getAll(name); },
  /** Sets filters in the URL (null removes) without reloading; the view redraws. */
  set(values) {
    for (const [k, v] of Object.entries(values)) {
      params.delete(k);
      (Array.isArray(v) ? v : [v]).filter(x => x !== null && x !== undefined && x !== '')
        .forEach(x => params.append(k, x));
    }
    history.replaceState(null, '', location.pathname + (params.size ? '?' + params : ''));
    carryStateInLinks();
  },
};

/** A UI label in the chosen language. */
export function t(key) {
  return LABELS[state.lang][key] ?? (state.lang === 'zh-Hans' ? LABELS['zh-Hant'][key] : undefined)
    ?? LABELS.en[key] ?? key;
}

/** A localized text ({en, zh-Hant}) in the chosen language, else the other. */
export function text(localized) {
  if (!localized) return '';
  if (typeof localized === 'string') return localized;
  if (state.lang === 'zh-Hans' && localized['zh-Hans']) return localized['zh-Hans'];
  return state.chinese
    ? (localized['zh-Hant'] || localized.zhHant || localized.en || '')
    : (localized.en || localized['zh-Hant'] || localized.zhHant || '');
}

/** An actor's name in the chosen language (its code when unknown). */
export function actorName(code) {
  const a = actors.get(code);
  if (!a) return code;
  return (state.chinese ? a.nameZhHant || a.nameEn : a.nameEn || a.nameZhHant) || code;
}

export function allActors() {
  return [...actors.values()];
}

/** The time parameters every read takes. */
export function timeParams() {
  const p = {};
  if (state.asOf) p.asOf = state.asOf;
  if (state.knownAt) p.knownAt = state.knownAt;
  return p;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }
}

/** The CSRF header every write from the dashboard carries (the page's session is a cookie). */
export function csrfHeaders() {
  const name = document.querySelector('meta[name=csrf-header]')?.content;
  const token = document.querySelector('meta[name=csrf-token]')?.content;
  return name && token ? { [name]: token } : {};
}

/** Whether the signed-in user has a role (roles include the ones below them). */
export function can(role) {
  return (document.body.dataset.roles || '').split(' ').includes(role);
}

/** GETs (or sends) JSON from the API; a problem+json answer becomes an ApiError. */
export async function api(path, query = {}, init = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(query)) {
    (Array.isArray(v) ? v : [v]).filter(x => x !== null && x !== undefined && x !== '')
      .forEach(x => url.searchParams.append(k, x));
  }
  const headers = { Accept: 'application/json', ...(init.method && init.method !== 'GET' ? csrfHeaders() : {}),
    ...(init.headers || {}) };
  const response = await fetch(url, { ...init, headers });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Builds an element: el('a', {href: '/x', class: 'y'}, 'text', child, …). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** A link to another view that keeps the time and language. */
export function link(path, label, attrs = {}) {
  return el('a', { href: withState(path), ...attrs }, label);
}

function withState(path) {
  const url = new URL(path, location.origin);
  for (const k of ['asOf', 'knownAt', 'lang']) {
    if (params.get(k)) url.searchParams.set(k, params.get(k));
  }
  return url.pathname + url.search;
}

function carryStateInLinks() {
  document.querySelectorAll('a[data-nav]').forEach(a => {
    a.href = withState(a.getAttribute('href').split('?')[0]);
  });
}

/**
 * A date as a person reads it, with how its source hedged it (the API's dateQualifier):
 * "2018?" with UNCERTAIN reads "2018 (uncertain)"; an unqualified date reads as it is.
 */
export function dated(date, qualifier) {
  if (!date) return '—';
  return qualifier ? date.replace(/[~?%]$/, '') + ' (' + t('q.' + qualifier) + ')' : date;
}

/**
 * A source's Admiralty grade as a person reads it: the document's reliability (A–F) and the
 * citation's credibility (1–6), e.g. "A2", "–" where one is not given; its title says what each
 * means. Nothing when the source has neither.
 */
export function grade(source) {
  const r = source.reliability, c = source.credibility;
  if (!r && !c) return '';
  const meaning = (label, g) => t(label) + ' ' + (g ? g + ' (' + t('grade.' + g) + ')' : t('grade.none'));
  return el('abbr', { class: 'grade', title: meaning('grade.reliability', r) + ' · ' + meaning('grade.credibility', c) },
    (r || '–') + (c || '–'));
}

/**
 * The competing claims an answer did not take: each with its date, what it says, its best grade,
 * the claim preferred instead and why (an analyst's choice with its reason, better-graded sources,
 * or a more recent recording), and for ANALYST and above "Prefer this claim" (prefer.js). Nothing
 * when there are none.
 */
export function disputed(list) {
  if (!list || !list.length) return '';
  return el('section', { id: 'disputed', class: 'disputed' },
    el('h2', {}, t('disputed.title') + ' (' + list.length + ')'),
    el('ul', { class: 'plain' }, list.map(d => el('li', { 'data-development': d.developmentId },
      el('span', { class: 'date' }, dated(d.date, d.dateQualifier)), ' ',
      el('span', { class: 'summary' }, text(d.summary) || d.type.toLowerCase().replaceAll('_', ' ')), ' ',
      d.grade ? grade({ reliability: d.grade.match(/[A-F]/)?.[0], credibility: d.grade.match(/[1-6]/)?.[0] }) : '', ' ',
      el('span', { class: 'muted' }, '— ' + t('disputed.preferred') + ' ' + dated(d.preferredDate) + ' · '
        + t('basis.' + d.basis) + (d.reason ? ': ' + d.reason : '')),
      preferControl(d, () => redrawView())))));
}

/** The view's redraw, set by start(): what a choice made in disputed() redraws. */
let redrawView = () => {};

/** "CERTAIN" / "POSSIBLE" as a small badge. */
export function certainty(value) {
  return value ? el('span', { class: 'certainty ' + value.toLowerCase(), title: t(value) }, t(value)) : '';
}

export function status(message, kind = '') {
  const s = document.getElementById('status');
  s.textContent = message || '';
  s.className = 'status ' + kind;
}

// ------------------------------------------------------------------------------------------
// language

function applyRoles() {
  document.querySelectorAll('[data-needs]').forEach(n => { n.hidden = !can(n.dataset.needs); });
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  document.getElementById('lang-en').classList.toggle('active', state.lang === 'en');
  document.getElementById('lang-zh').classList.toggle('active', state.lang === 'zh-Hant');
  document.getElementById('lang-zh-hans').classList.toggle('active', state.lang === 'zh-Hans');
}

// ------------------------------------------------------------------------------------------
// live: redraw when the log grows

function listen(redraw) {
  const types = ['development.recorded', 'development.corrected', 'development.retracted',
    'watch-item.opened', 'watch-item.evidence-linked', 'watch-item.evidence-withdrawn',
    'watch-item.resolved', 'watch-item.dropped', 'watch-item.reopened',
    'watch-item.review-date-changed'];
  const shown = document.getElementById('live');
  let timers = [];
  let source = null;
  let retry = null;
  let delay = 0; // the back-off before the next attempt after a refusal, in ms
  let wasLive = null;
  // what a reader sees: live, or not live while (re)connecting; the label follows the language
  function show(live) {
    shown.hidden = false;
    shown.dataset.i18n = live ? 'live.on' : 'live.off';
    shown.textContent = t(shown.dataset.i18n);
    shown.className = 'live-state ' + (live ? 'on' : 'off');
    if (live && wasLive === false) schedule(); // catch up with what happened meanwhile
    wasLive = live;
  }
  function connect() {
    source = new EventSource('/api/stream');
    // each event is named by its type (GET /api/stream)
    types.forEach(type => source.addEventListener(type, () => schedule()));
    source.onopen = () => { delay = 0; show(true); };
    source.onerror = () => {
      show(false);
      // a lost connection: EventSource reconnects by itself, resuming with Last-Event-ID. A
      // refusal (429: this user's streams are all taken; 401; 5xx): it gives up for good, so try
      // again with a growing, jittered back-off (1 s, 2 s, 4 s … at most 30 s)
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        delay = Math.min(delay ? delay * 2 : 1000, 30000);
        retry = setTimeout(connect, delay * (0.75 + Math.random() / 2));
      }
    };
  }
  function schedule() {
    timers.forEach(clearTimeout);
    // the projections follow the log within moments: redraw soon, and once more a little later
    timers = [setTimeout(() => redraw(true), 300), setTimeout(() => redraw(true), 1500)];
  }
  connect();
  // leaving the page frees its stream at once for the next view
  window.addEventListener('pagehide', () => { clearTimeout(retry); source.close(); });
}

// ------------------------------------------------------------------------------------------

/**
 * Starts a view: {render(main), live?: boolean}. render draws into <main> from
 * the state and may be called again at any time (time control, language, the log).
 */
export async function start(view) {
  const main = document.getElementById('main');
  try {
    (await api('/api/actors')).forEach(a => actors.set(a.code, a));
  } catch (e) { /* directory unavailable: codes instead of names */ }
  let drawing = Promise.resolve();
  let pending = false;
  const redraw = (fromLog = false) => {
    if (pending) return;
    pending = true;
    drawing = drawing.then(async () => {
      pending = false;
      try {
        await view.render(main, redraw);
        document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
        if (fromLog) status(t('live.updated'), 'live');
      } catch (e) {
        status(t('error') + ': ' + e.message, 'error');
      }
    });
  };
  redrawView = redraw;
  document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', () => {
    state.set({ lang: b.dataset.lang === 'en' ? null : b.dataset.lang });
    applyLanguage();
    redraw();
  }));
  applyRoles();
  applyLanguage();
  refuseBadTimeInTheAddress();
  carryStateInLinks();
  await setUpTimeControl(view, redraw);
  if (view.live) listen(redraw);
  redraw();
}
