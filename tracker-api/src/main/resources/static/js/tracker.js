// Tracker's dashboard: the shared parts of every view. Views read the JSON API (the same one other
// tools use) and redraw when the time control, the language or (for live views) the log changes.
// The URL holds the whole state (asOf, knownAt, lang and the view's own filters), so a view can
// be shared by copying its address.

const LABELS = {
  en: {
    'nav.board': 'Relationships', 'nav.timeline': 'Timeline', 'nav.organizations': 'Organisations',
    'nav.projects': 'Projects', 'nav.watch': 'Watch', 'nav.capture': 'Record', 'nav.import': 'Import',
    'nav.signOut': 'Sign out',
    'time.asOf': 'World as of', 'time.knownAt': 'As known at', 'time.today': 'today',
    'time.now': 'now', 'time.nowText': 'now (everything recorded)',
    'board.actor': 'Actor', 'board.partner': 'Partner', 'board.partnership': 'Partnership',
    'board.since': 'Since', 'board.agreements': 'Agreements in force', 'board.lastContact': 'Last contact',
    'board.none': 'none', 'board.empty': 'No relationships on this day.',
    'board.kind': 'Partners',
    'kind.STATE': 'states', 'kind.ORGANIZATION': 'organisations', 'kind.PERSON': 'persons',
    'kind.OTHER': 'others', 'kind.all': 'all',
    'rel.shared': 'Shared memberships', 'rel.since': 'since',
    'rel.reaffirmed': 'reaffirmed', 'rel.downgrade': 'downgrade',
    'status.FULL': 'full member', 'status.ASSOCIATE': 'associate member', 'status.OBSERVER': 'observer',
    'status.DIALOGUE_PARTNER': 'dialogue partner', 'status.UNKNOWN': 'status unknown',
    'status.NONE': 'not a member', 'org.lastKnown': 'last known',
    'rel.partnership': 'Partnership', 'rel.agreements': 'Agreements in force',
    'rel.lastContact': 'Last contact', 'rel.history': 'History', 'rel.lineage': 'Lineage of the partnership',
    'rel.anomalies': 'Anomalies', 'rel.basis': 'Based on', 'rel.none': 'No partnership on this day.',
    'org.members': 'Members', 'org.summits': 'Summits', 'org.documents': 'Documents adopted',
    'org.bodies': 'Bodies', 'org.founded': 'Founded', 'org.dissolved': 'Dissolved',
    'prj.status': 'Status', 'prj.carries': 'Carries', 'prj.origin': 'Origin',
    'prj.participants': 'Participants', 'prj.milestones': 'Milestones, planned and actual',
    'prj.quantities': 'Reported quantities', 'prj.lines': 'Lines', 'prj.planned': 'planned',
    'prj.actual': 'actual', 'prj.overdue': 'overdue', 'prj.all': 'Projects',
    'prj.moved': 'moved by a later forecast',
    'tl.actor': 'Actor', 'tl.type': 'Type', 'tl.from': 'From', 'tl.to': 'To', 'tl.text': 'Text',
    'tl.any': 'any', 'tl.filter': 'Filter', 'tl.total': 'developments', 'tl.more': 'Later',
    'tl.less': 'Earlier', 'tl.sources': 'Sources', 'tl.recorded': 'Recorded',
    'tl.attributes': 'Attributes', 'tl.version': 'version', 'tl.empty': 'Nothing matches.',
    'watch.open': 'Open', 'watch.seen': 'Evidence seen', 'watch.closed': 'Resolved or dropped',
    'watch.overdue': 'overdue', 'watch.review': 'review by', 'watch.evidence': 'evidence',
    'watch.resolvesWhen': 'Resolves when',
    'watch.asOf': 'As of', 'watch.knownAt': 'as known at', 'watch.openedOn': 'opened',
    'watch.resolvedOn': 'resolved', 'watch.droppedOn': 'dropped',
    'watch.outcome.HAPPENED': 'happened', 'watch.outcome.DID_NOT_HAPPEN': 'did not happen',
    'watch.outcome.OVERTAKEN': 'overtaken',
    'cap.type': 'Type', 'cap.date': 'Date (2013, 2013-09 or 2013-09-12)', 'cap.actors': 'Actors',
    'cap.summaryEn': 'Summary (English)', 'cap.summaryZh': 'Summary (中文)', 'cap.document': 'Source document',
    'cap.locator': 'Locator (page, paragraph)', 'cap.quote': 'Quote', 'cap.record': 'Record',
    'cap.recorded': 'Recorded', 'cap.invalid': 'Not recorded: fix the fields marked below.',
    'imp.file': 'NDJSON file', 'imp.start': 'Import', 'imp.uploading': 'Uploading',
    'imp.validating': 'Validating', 'imp.done': 'Imported', 'imp.refused': 'Refused: nothing was imported',
    'imp.line': 'Line', 'imp.field': 'Field', 'imp.message': 'Problem',
    'live.updated': 'Updated from the log', 'error': 'Could not load',
    CERTAIN: 'certain', POSSIBLE: 'possible',
    'q.UNCERTAIN': 'uncertain', 'q.APPROXIMATE': 'approximate',
    'q.UNCERTAIN_AND_APPROXIMATE': 'uncertain, approximate',
    'grade.reliability': 'Source reliability', 'grade.credibility': 'information credibility',
    'grade.none': 'not graded',
    'grade.A': 'completely reliable', 'grade.B': 'usually reliable', 'grade.C': 'fairly reliable',
    'grade.D': 'not usually reliable', 'grade.E': 'unreliable', 'grade.F': 'reliability cannot be judged',
    'grade.1': 'confirmed by other sources', 'grade.2': 'probably true', 'grade.3': 'possibly true',
    'grade.4': 'doubtful', 'grade.5': 'improbable', 'grade.6': 'truth cannot be judged',
    'ladder.1': 'partnership', 'ladder.2': 'strategic partnership',
    'ladder.3': 'comprehensive strategic partnership',
    'board.pending': 'Signed, not in force', 'rel.pending': 'Signed, not yet in force',
    'agr.SIGNED': 'signed', 'agr.IN_FORCE': 'in force for other parties since',
    'party.SIGNATORY': 'signed', 'party.RATIFIED': 'ratified', 'party.PARTY': 'party since',
    'party.WITHDRAWN': 'withdrew',
  },
  'zh-Hant': {
    'nav.board': '雙邊關係', 'nav.timeline': '時間軸', 'nav.organizations': '國際組織',
    'nav.projects': '項目', 'nav.watch': '觀察事項', 'nav.capture': '記錄', 'nav.import': '匯入',
    'nav.signOut': '登出',
    'time.asOf': '世界狀態日期', 'time.knownAt': '所知時點', 'time.today': '今天',
    'time.now': '現在', 'time.nowText': '現在（全部記錄）',
    'board.actor': '行為者', 'board.partner': '夥伴', 'board.partnership': '夥伴關係',
    'board.since': '始於', 'board.agreements': '生效協定', 'board.lastContact': '最近接觸',
    'board.none': '無', 'board.empty': '此日無雙邊關係。',
    'board.kind': '夥伴類型',
    'kind.STATE': '國家', 'kind.ORGANIZATION': '國際組織', 'kind.PERSON': '人物', 'kind.OTHER': '其他',
    'kind.all': '全部',
    'rel.shared': '共同參與的組織', 'rel.since': '始於',
    'rel.reaffirmed': '重申於', 'rel.downgrade': '降級',
    'status.FULL': '正式成員', 'status.ASSOCIATE': '準成員', 'status.OBSERVER': '觀察員',
    'status.DIALOGUE_PARTNER': '對話夥伴', 'status.UNKNOWN': '狀態不明', 'status.NONE': '非成員',
    'org.lastKnown': '最後已知',
    'rel.partnership': '夥伴關係', 'rel.agreements': '生效協定', 'rel.lastContact': '最近接觸',
    'rel.history': '歷程', 'rel.lineage': '夥伴關係沿革', 'rel.anomalies': '異常',
    'rel.basis': '依據', 'rel.none': '此日無夥伴關係。',
    'org.members': '成員', 'org.summits': '峰會', 'org.documents': '通過文件', 'org.bodies': '機構',
    'org.founded': '成立', 'org.dissolved': '解散',
    'prj.status': '狀態', 'prj.carries': '輸送', 'prj.origin': '來源', 'prj.participants': '參與方',
    'prj.milestones': '里程碑（計畫與實際）', 'prj.quantities': '報告數量', 'prj.lines': '管線',
    'prj.planned': '計畫', 'prj.actual': '實際', 'prj.overdue': '逾期', 'prj.all': '項目',
    'prj.moved': '已被其後的預測改期',
    'tl.actor': '行為者', 'tl.type': '類型', 'tl.from': '自', 'tl.to': '至', 'tl.text': '文字',
    'tl.any': '全部', 'tl.filter': '篩選', 'tl.total': '則發展', 'tl.more': '較後', 'tl.less': '較前',
    'tl.sources': '來源', 'tl.recorded': '記錄於', 'tl.attributes': '屬性', 'tl.version': '版本',
    'tl.empty': '沒有符合的項目。',
    'watch.open': '觀察中', 'watch.seen': '已見證據', 'watch.closed': '已解決或放棄',
    'watch.overdue': '逾期', 'watch.review': '檢視期限', 'watch.evidence': '證據',
    'watch.resolvesWhen': '解決條件',
    'watch.asOf': '截至', 'watch.knownAt': '所知時點', 'watch.openedOn': '開啟於',
    'watch.resolvedOn': '解決於', 'watch.droppedOn': '放棄於',
    'watch.outcome.HAPPENED': '已發生', 'watch.outcome.DID_NOT_HAPPEN': '未發生',
    'watch.outcome.OVERTAKEN': '情勢已變',
    'cap.type': '類型', 'cap.date': '日期（2013、2013-09 或 2013-09-12）', 'cap.actors': '行為者',
    'cap.summaryEn': '摘要（英文）', 'cap.summaryZh': '摘要（中文）', 'cap.document': '來源文件',
    'cap.locator': '位置（頁、段）', 'cap.quote': '引文', 'cap.record': '記錄',
    'cap.recorded': '已記錄', 'cap.invalid': '未記錄：請修正下列欄位。',
    'imp.file': 'NDJSON 檔案', 'imp.start': '匯入', 'imp.uploading': '上傳中', 'imp.validating': '驗證中',
    'imp.done': '已匯入', 'imp.refused': '已拒絕：未匯入任何內容', 'imp.line': '行',
    'imp.field': '欄位', 'imp.message': '問題',
    'live.updated': '已依記錄更新', 'error': '無法載入',
    CERTAIN: '確定', POSSIBLE: '可能',
    'q.UNCERTAIN': '日期不確定', 'q.APPROXIMATE': '約略日期', 'q.UNCERTAIN_AND_APPROXIMATE': '約略、不確定',
    'grade.reliability': '來源可靠性', 'grade.credibility': '資訊可信度', 'grade.none': '未評級',
    'grade.A': '完全可靠', 'grade.B': '通常可靠', 'grade.C': '相當可靠', 'grade.D': '通常不可靠',
    'grade.E': '不可靠', 'grade.F': '無法判斷可靠性',
    'grade.1': '經其他來源證實', 'grade.2': '很可能屬實', 'grade.3': '可能屬實', 'grade.4': '存疑',
    'grade.5': '不太可能屬實', 'grade.6': '無法判斷真偽',
    'ladder.1': '夥伴關係', 'ladder.2': '戰略夥伴關係', 'ladder.3': '全面戰略夥伴關係',
    'board.pending': '已簽署未生效', 'rel.pending': '已簽署、尚未生效',
    'agr.SIGNED': '簽署', 'agr.IN_FORCE': '已對其他締約方生效，始於',
    'party.SIGNATORY': '簽署', 'party.RATIFIED': '批准', 'party.PARTY': '締約方，始於',
    'party.WITHDRAWN': '退出',
  },
  // Simplified Chinese: where a label is missing here, the traditional one stands in (as the API
  // answers zh-Hans with zh-Hant when a text has no simplified form)
  'zh-Hans': {
    'board.pending': '已签署未生效', 'rel.pending': '已签署、尚未生效',
    'agr.SIGNED': '签署', 'agr.IN_FORCE': '已对其他缔约方生效，始于',
    'party.SIGNATORY': '签署', 'party.RATIFIED': '批准', 'party.PARTY': '缔约方，始于',
    'party.WITHDRAWN': '退出',
    'nav.board': '双边关系', 'nav.timeline': '时间轴', 'nav.organizations': '国际组织',
    'nav.projects': '项目', 'nav.watch': '观察事项', 'nav.capture': '记录', 'nav.import': '导入',
    'nav.signOut': '登出',
    'time.asOf': '世界状态日期', 'time.knownAt': '所知时点', 'time.today': '今天', 'time.now': '现在',
    'board.actor': '行为者', 'board.partner': '伙伴', 'board.partnership': '伙伴关系',
    'board.since': '始于', 'board.agreements': '生效协定', 'board.lastContact': '最近接触',
    'board.none': '无', 'board.empty': '此日无双边关系。',
    'board.kind': '伙伴类型',
    'kind.STATE': '国家', 'kind.ORGANIZATION': '国际组织', 'kind.PERSON': '人物', 'kind.OTHER': '其他',
    'prj.moved': '已被其后的预测改期', 'prj.planned': '计划', 'prj.actual': '实际', 'prj.overdue': '逾期',
    'kind.all': '全部',
    'rel.partnership': '伙伴关系', 'rel.agreements': '生效协定', 'rel.lastContact': '最近接触',
    'rel.history': '历程', 'rel.lineage': '伙伴关系沿革', 'rel.anomalies': '异常', 'rel.basis': '依据',
    'rel.none': '此日无伙伴关系。',
    'rel.shared': '共同参与的组织', 'rel.since': '始于',
    'rel.reaffirmed': '重申于', 'rel.downgrade': '降级',
    'status.FULL': '正式成员', 'status.ASSOCIATE': '准成员', 'status.OBSERVER': '观察员',
    'status.DIALOGUE_PARTNER': '对话伙伴', 'status.UNKNOWN': '状态不明', 'status.NONE': '非成员',
    'org.members': '成员', 'org.lastKnown': '最后已知',
    CERTAIN: '确定', POSSIBLE: '可能',
    'q.UNCERTAIN': '日期不确定', 'q.APPROXIMATE': '约略日期', 'q.UNCERTAIN_AND_APPROXIMATE': '约略、不确定',
    'grade.reliability': '来源可靠性', 'grade.credibility': '信息可信度', 'grade.none': '未评级',
    'grade.A': '完全可靠', 'grade.B': '通常可靠', 'grade.C': '相当可靠', 'grade.D': '通常不可靠',
    'grade.E': '不可靠', 'grade.F': '无法判断可靠性',
    'grade.1': '经其他来源证实', 'grade.2': '很可能属实', 'grade.3': '可能属实', 'grade.4': '存疑',
    'grade.5': '不太可能属实', 'grade.6': '无法判断真伪',
  },
};

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
// the time control

const DAY = 86400000;

function day(date) { return Math.floor(Date.parse(date + 'T00:00:00Z') / DAY); }
function dateOf(dayNumber) { return new Date(dayNumber * DAY).toISOString().slice(0, 10); }

async function setUpTimeControl(view, redraw) {
  const asOfRange = document.getElementById('asof-range');
  const asOfDate = document.getElementById('asof-date');
  const knownRange = document.getElementById('knownat-range');
  const knownText = document.getElementById('knownat-text');
  const today = new Date().toISOString().slice(0, 10);
  let first = '1990-01-01';
  let recordedFrom = Date.now() - DAY;
  try {
    const earliest = await api('/api/timeline', { size: 1 });
    if (earliest.items.length) first = earliest.items[0].date.slice(0, 4) + '-01-01';
  } catch (e) { /* an empty or rebuilding instance: keep the default */ }
  if (can('AUDITOR')) {
    try {
      const log = await api('/api/audit/log', { size: 1 });
      if (log.items && log.items.length) recordedFrom = Date.parse(log.items[0].recordedAt);
    } catch (e) { /* keep the default */ }
  }
  const last = dateOf(day(today) + 5 * 366);
  asOfRange.min = day(first);
  asOfRange.max = day(last);
  asOfDate.min = '0001-01-01';

  const showAsOf = () => {
    const value = state.asOf || today;
    asOfRange.value = day(value);
    asOfDate.value = value;
  };
  const showKnownAt = () => {
    if (!state.knownAt) {
      knownRange.value = knownRange.max;
      knownText.value = t('time.nowText');
    } else {
      const span = Date.now() - recordedFrom;
      knownRange.value = Math.round(((Date.parse(state.knownAt) - recordedFrom) / span) * 1000);
      knownText.value = new Date(state.knownAt).toISOString().replace('.000Z', 'Z');
    }
  };
  showAsOf();
  showKnownAt();

  const setAsOf = value => {
    state.set({ asOf: value === today ? null : value });
    showAsOf();
    redraw();
  };
  asOfRange.addEventListener('input', () => setAsOf(dateOf(Number(asOfRange.value))));
  asOfDate.addEventListener('change', () => asOfDate.value && setAsOf(asOfDate.value));
  document.getElementById('asof-today').addEventListener('click', () => setAsOf(today));
  knownRange.addEventListener('input', () => {
    const v = Number(knownRange.value);
    const at = v >= 1000 ? null
      : new Date(recordedFrom + ((Date.now() - recordedFrom) * v) / 1000).toISOString();
    state.set({ knownAt: at });
    showKnownAt();
    redraw();
  });
  document.getElementById('knownat-now').addEventListener('click', () => {
    state.set({ knownAt: null });
    showKnownAt();
    redraw();
  });
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
  let timers = [];
  const source = new EventSource('/api/stream');
  // each event is named by its type (GET /api/stream)
  ['development.recorded', 'development.corrected', 'development.retracted', 'watch-item.opened',
    'watch-item.evidence-linked', 'watch-item.evidence-withdrawn', 'watch-item.resolved',
    'watch-item.dropped', 'watch-item.reopened'].forEach(type => source.addEventListener(type, () => schedule()));
  source.onerror = () => {}; // EventSource reconnects by itself, resuming with Last-Event-ID
  function schedule() {
    timers.forEach(clearTimeout);
    // the projections follow the log within moments: redraw soon, and once more a little later
    timers = [setTimeout(() => redraw(true), 300), setTimeout(() => redraw(true), 1500)];
  }
  window.addEventListener('pagehide', () => source.close());
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
  document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', () => {
    state.set({ lang: b.dataset.lang === 'en' ? null : b.dataset.lang });
    applyLanguage();
    redraw();
  }));
  applyRoles();
  applyLanguage();
  carryStateInLinks();
  await setUpTimeControl(view, redraw);
  if (view.live) listen(redraw);
  redraw();
}
