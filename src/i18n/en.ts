/**
 * English: the reference catalogue. Every other catalogue has exactly these keys.
 *
 * For translators: change only the text between quotes. `{n}`, `{goal}` and
 * `{date}` are filled in by the page (numbers and dates arrive already written
 * the way your language writes them); keep them, move them where your grammar
 * wants them. A count is given once per plural category your language uses
 * (`zero`, `one`, `two`, `few`, `many`, `other`), as listed for it at
 * https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 */
export default {
  // The button under a collapsed letter that shows the rest of it.
  readFullLetter: 'Read the full letter',
  // The same button once the letter is open: collapses it again.
  showLess: 'Show less',
  // Read aloud by screen readers while the letter loads.
  loadingLetter: 'Loading the letter…',
  // The same while the list loads, and again when a long list fetches the rest of its names.
  loadingSignatories: 'Loading signatories…',
  // Shown as one line with countryTotal after it: "18 signatories from 11 countries";
  // alone, it is the badge beside the sign button.
  signatoryTotal: { one: '{n} signatory', other: '{n} signatories' },
  countryTotal: { one: 'from {n} country', other: 'from {n} countries' },
  // The one-line summary when every signatory is an organisation.
  organisationsSigned: { one: '{n} organisation has signed', other: '{n} organisations have signed' },
  // …when every signatory is a person.
  peopleSigned: { one: '{n} person has signed', other: '{n} people have signed' },
  // …when organisations and people have both signed.
  signatoriesSigned: { one: '{n} signatory has signed', other: '{n} signatories have signed' },
  // The number of signatories the campaign aims for, beside a progress bar.
  goal: 'Goal: {goal}',
  // Button under a shortened list; {n} is the number of all signatories.
  showAll: 'Show all {n}',
  // Button under a long list: shows the next hundred names.
  showMore: 'Show more',
  // Link to the campaign's own page with every signature.
  fullList: 'See the complete sign-on list',
  searchLabel: 'Search signatories',
  // Label of the menu that filters the list by country.
  countryLabel: 'Country',
  // The menu's first choice: no filter.
  allCountries: 'All countries',
  // In place of a country, for a signatory that has none (an international NGO).
  international: 'International',
  // Between a person's name and their organisation ("Ana Pérez, Fundación Karisma"): your language's comma.
  separator: ', ',
  // Read aloud by screen readers after each search.
  matches: { one: '{n} signatory matches', other: '{n} signatories match' },
  noMatches: 'No signatory matches your search.',
  // The sign button.
  signLetter: 'Sign the letter',
  // Replaces the sign button once signing has ended; {date} is e.g. "3 December 2012".
  signOnClosed: 'The sign-on closed on {date}.',
  // Read after a link that opens a new tab.
  newTab: '(opens in a new tab)',
  // Said in place of an element whose feed could not be read, when the page gave it no other content.
  loadFailed: 'Could not be loaded.',
};
