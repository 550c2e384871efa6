/**
 * Government bodies that name their country on their own. Generic ones ("the foreign
 * ministry", "the government") are not here: they take the country of an adjacent demonym or
 * capital ("the Russian foreign ministry", "the foreign ministry in Prague").
 * Canonical name;aliases|alpha-3. Matched case-insensitively.
 */
const TABLE = `
State Department;Department of State;State Dept|USA
White House|USA
Pentagon|USA
Treasury Department;US Treasury;Department of the Treasury|USA
Justice Department;Department of Justice|USA
Congress;US Congress|USA
Senate;US Senate|USA
House of Representatives|USA
Capitol Hill|USA
FBI|USA
CIA|USA
Obama administration|USA
Trump administration|USA
Biden administration|USA
Bush administration|USA
Kremlin|RUS
Duma;State Duma|RUS
Federation Council|RUS
FSB|RUS
SVR|RUS
GRU|RUS
Foreign Office;Foreign and Commonwealth Office;FCO;FCDO|GBR
Downing Street;Number 10|GBR
Whitehall|GBR
Home Office|GBR
MI5|GBR
MI6|GBR
House of Commons|GBR
House of Lords|GBR
Elysee;Élysée;Elysee Palace;Élysée Palace|FRA
Quai d'Orsay|FRA
Matignon|FRA
Bundestag|DEU
Bundesrat|DEU
Auswärtiges Amt|DEU
Zhongnanhai|CHN
National People's Congress|CHN
Knesset|ISR
Sejm|POL
Verkhovna Rada;Rada|UKR
Farnesina|ITA
Lok Sabha|IND
Czernin Palace|CZE
Prague Castle|CZE
Blue House|KOR
`;

export interface BodyRecord {
  readonly names: readonly string[];
  readonly country: string;
}

export const GOVERNMENT_BODIES: readonly BodyRecord[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [names, country] = line.split('|');
    return { names: names!.split(';').map((s) => s.trim()), country: country! };
  });
