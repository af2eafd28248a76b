/**
 * ISO 3166-1 alpha-2 country codes, and a helper that turns what people type
 * in a spreadsheet ("Chile", "UK", "cl") into the code the feed wants.
 *
 * The list is written out rather than derived from `Intl.DisplayNames`,
 * because ICU also names codes that are not ISO 3166-1 (UK, EU, XK, the
 * withdrawn SU and YU…), and the feed format accepts ISO codes only.
 * Current as of the 2023 edition of ISO 3166-1 (249 codes).
 */
const ISO_3166_1_ALPHA_2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET ' +
    'FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
    'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
    'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM ' +
    'PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
    'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Names people write that ICU does not give, or gives differently. */
const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  turkey: 'TR',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  swaziland: 'SZ',
  macedonia: 'MK',
  burma: 'MM',
  russia: 'RU',
  'russian federation': 'RU',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  'korea, republic of': 'KR',
  'south korea': 'KR',
  'north korea': 'KP',
  vietnam: 'VN',
  'viet nam': 'VN',
  palestine: 'PS',
  'hong kong': 'HK',
  taiwan: 'TW',
};

/** Words that mean "no single country": the field should be left empty. */
const INTERNATIONAL = new Set(['international', 'global', 'worldwide', 'eu', 'european union', 'un', 'united nations']);

let namesToCodes: Map<string, string> | undefined;

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Country names in the languages organisers most often write them in. */
function names(): Map<string, string> {
  if (namesToCodes) return namesToCodes;
  namesToCodes = new Map();
  for (const locale of ['en', 'es', 'fr', 'de', 'pt']) {
    const display = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of ISO_3166_1_ALPHA_2) {
      const name = display.of(code);
      if (name && name !== code && !namesToCodes.has(fold(name))) namesToCodes.set(fold(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) namesToCodes.set(alias, code);
  return namesToCodes;
}

export function isCountryCode(value: string): boolean {
  return ISO_3166_1_ALPHA_2.has(value);
}

/**
 * Why `value` is not a country code, with the fix when one is clear; or
 * undefined when it is a valid code.
 */
export function countryProblem(value: string): string | undefined {
  if (isCountryCode(value)) return undefined;
  const what = `country "${value}" is not an ISO 3166-1 alpha-2 code`;
  const upper = value.trim().toUpperCase();
  if (upper !== value && isCountryCode(upper)) return `${what} (use ${upper})`;
  const folded = fold(value);
  if (INTERNATIONAL.has(folded)) return `${what} (leave it empty for an international body)`;
  const code = names().get(folded);
  if (code) return `${what} (use ${code})`;
  return `${what} (see https://www.iso.org/obp/ui/#search/code/)`;
}

/**
 * The code a spreadsheet's country cell clearly means, when it is not one
 * already: "de" → DE, "UK" → GB, "Germany" or "Alemania" → DE. Undefined when
 * the cell is a code, or when what it means is not clear.
 */
export function countryMeant(value: string): string | undefined {
  if (isCountryCode(value)) return undefined;
  const upper = value.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  return names().get(fold(value));
}
