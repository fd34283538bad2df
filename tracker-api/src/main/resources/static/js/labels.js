// The dashboard's own words in English, traditional and simplified Chinese, by key. A label missing
// in simplified Chinese falls back to the traditional one (as the API answers zh-Hans with zh-Hant
// when a text has no simplified form), then to English (tracker.js, t()).

import { EN } from './labels/en.js';
import { ZH_HANT } from './labels/zh-Hant.js';
import { ZH_HANS } from './labels/zh-Hans.js';

export const LABELS = { en: EN, 'zh-Hant': ZH_HANT, 'zh-Hans': ZH_HANS };
