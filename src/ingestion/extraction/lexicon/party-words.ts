/**
 * Titles and bodies that, next to a country, demonym or name, make a party: "Russian
 * President Vladimir Putin", "the Czech foreign ministry", "US officials". Lower-case phrases,
 * longest first.
 */
const PHRASES = `
ministry of foreign affairs
national security adviser
deputy prime minister
deputy foreign minister
foreign affairs ministry
secretary of state
state department
prime minister
vice president
foreign minister
foreign ministry
foreign secretary
foreign office
interior ministry
interior minister
defence ministry
defense ministry
defence secretary
defense secretary
defense minister
defence minister
top diplomat
supreme leader
crown prince
president
premier
chancellor
minister
ministry
spokesman
spokeswoman
spokesperson
government
administration
authorities
officials
official
lawmakers
legislators
senators
senator
parliament
leader
leaders
leadership
king
queen
emir
regime
cabinet
delegation
side
military
mr
mrs
ms
dr
former
acting
then
`;

export const TITLE_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, string[][]>();
  for (const phrase of PHRASES.trim().split('\n')) {
    const words = phrase.trim().split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Prepositions after which a country or city is where something is, not who acts. */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'within', 'across', 'at', 'near', 'outside', 'throughout', 'around', 'toward', 'towards']);

/** Words skipped when looking for the preposition that governs a noun phrase. */
export const PHRASE_OPENERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'both', 'all', 'some', 'any', 'several', 'other', 'senior', 'top', 'new',
  'fresh', 'further', 'more', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens',
]);

/** Nouns for a number of states: "21 countries", "EU member-states", "a host of nations". */
export const STATE_GROUP_NOUNS: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'governments', 'capitals', 'powers']);
/** "Both countries", "the two nations", "those states": a group that refers back to named states. */
export const REFERRING_BACK: ReadonlySet<string> = new Set(['both', 'these', 'those', 'the', 'two', 'their', 'its', 'our']);
