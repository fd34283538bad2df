// The time control: the world as of a day (asOf) and as known at a moment (knownAt), kept in the
// URL like the rest of a view's state; and what to do with a day or moment there that is not one.
import { api, can, state, status, t } from './tracker.js';

const DAY = 86400000;

function day(date) { return Math.floor(Date.parse(date + 'T00:00:00Z') / DAY); }
function dateOf(dayNumber) { return new Date(dayNumber * DAY).toISOString().slice(0, 10); }

export async function setUpTimeControl(view, redraw) {
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

/**
 * A day (asOf) or a moment (knownAt) in the address that is not one — typed by hand, cut short — is
 * said so beside the time control and left out, and the view answers for today, as known now.
 */
export function refuseBadTimeInTheAddress() {
  const bad = [];
  const asOf = state.asOf;
  if (asOf !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(asOf)
      && !Number.isNaN(Date.parse(asOf + 'T00:00:00Z'))
      && new Date(asOf + 'T00:00:00Z').toISOString().slice(0, 10) === asOf)) bad.push(['asOf', asOf]);
  const knownAt = state.knownAt;
  if (knownAt !== null && (!/^\d{4}-\d{2}-\d{2}T/.test(knownAt) || Number.isNaN(Date.parse(knownAt)))) {
    bad.push(['knownAt', knownAt]);
  }
  if (bad.length) {
    state.set(Object.fromEntries(bad.map(([name]) => [name, null])));
    status(bad.map(([name, value]) => t('time.bad.' + name).replace('{value}', value)).join(' '), 'error');
  }
}
