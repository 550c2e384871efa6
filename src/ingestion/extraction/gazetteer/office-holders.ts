/**
 * Heads of state and government, foreign ministers and a few spokespeople, with their terms.
 * Full names always resolve to the person's country. A bare surname resolves only when it is
 * unambiguous; surnames that are also common words or other people's names ("May",
 * "Johnson", "Hunt") need a title ("Mrs May") and a date inside one of the person's terms.
 * Canonical;aliases | surnames | ambiguous (a) | alpha-3 | role:from:to, ... (to empty = in office)
 */
const TABLE = `
Vladimir Putin;Vladimir Vladimirovich Putin;Vladimir V. Putin|Putin||RUS|president:2000-05-07:2008-05-07,prime minister:2008-05-08:2012-05-07,president:2012-05-07:
Dmitry Medvedev;Dmitri Medvedev;Dmitry A. Medvedev|Medvedev||RUS|president:2008-05-07:2012-05-07,prime minister:2012-05-08:2020-01-16
Sergey Lavrov;Sergei Lavrov;Sergey V. Lavrov|Lavrov||RUS|foreign minister:2004-03-09:
Mikhail Mishustin|Mishustin||RUS|prime minister:2020-01-16:
Dmitry Peskov;Dmitri Peskov|Peskov||RUS|spokesman:2012-05-22:
Maria Zakharova|Zakharova||RUS|spokeswoman:2015-08-10:
Boris Yeltsin|Yeltsin||RUS|president:1991-07-10:1999-12-31
Barack Obama;Barack H. Obama|Obama||USA|president:2009-01-20:2017-01-20
Donald Trump;Donald J. Trump|Trump||USA|president:2017-01-20:2021-01-20,president:2025-01-20:
Joe Biden;Joseph Biden;Joseph R. Biden|Biden||USA|vice president:2009-01-20:2017-01-20,president:2021-01-20:2025-01-20
George W. Bush;George Bush|Bush||USA|president:2001-01-20:2009-01-20
Bill Clinton|Clinton|a|USA|president:1993-01-20:2001-01-20
Hillary Clinton;Hillary Rodham Clinton|Clinton|a|USA|secretary of state:2009-01-21:2013-02-01
John Kerry|Kerry||USA|secretary of state:2013-02-01:2017-01-20
Rex Tillerson|Tillerson||USA|secretary of state:2017-02-01:2018-03-31
Mike Pompeo;Michael Pompeo|Pompeo||USA|secretary of state:2018-04-26:2021-01-20
Antony Blinken;Tony Blinken|Blinken||USA|secretary of state:2021-01-26:2025-01-20
Marco Rubio|Rubio||USA|secretary of state:2025-01-21:
Mike Pence|Pence||USA|vice president:2017-01-20:2021-01-20
Condoleezza Rice|Rice|a|USA|secretary of state:2005-01-26:2009-01-20
Heather Nauert|Nauert||USA|spokeswoman:2017-04-01:2019-03-01
Theresa May|May|a|GBR|prime minister:2016-07-13:2019-07-24
Boris Johnson|Johnson|a|GBR|foreign secretary:2016-07-13:2018-07-09,prime minister:2019-07-24:2022-09-06
David Cameron|Cameron|a|GBR|prime minister:2010-05-11:2016-07-13,foreign secretary:2023-11-13:2024-07-05
Gordon Brown|Brown|a|GBR|prime minister:2007-06-27:2010-05-11
Tony Blair|Blair||GBR|prime minister:1997-05-02:2007-06-27
Liz Truss|Truss||GBR|foreign secretary:2021-09-15:2022-09-06,prime minister:2022-09-06:2022-10-25
Rishi Sunak|Sunak||GBR|prime minister:2022-10-25:2024-07-05
Keir Starmer|Starmer||GBR|prime minister:2024-07-05:
Jeremy Hunt|Hunt|a|GBR|foreign secretary:2018-07-09:2019-07-24
Dominic Raab|Raab||GBR|foreign secretary:2019-07-24:2021-09-15
James Cleverly|Cleverly||GBR|foreign secretary:2022-09-06:2023-11-13
David Lammy|Lammy||GBR|foreign secretary:2024-07-05:2025-09-05
Philip Hammond|Hammond|a|GBR|foreign secretary:2014-07-15:2016-07-13
William Hague|Hague|a|GBR|foreign secretary:2010-05-12:2014-07-14
Emmanuel Macron|Macron||FRA|president:2017-05-14:
François Hollande;Francois Hollande|Hollande||FRA|president:2012-05-15:2017-05-14
Nicolas Sarkozy|Sarkozy||FRA|president:2007-05-16:2012-05-15
Jean-Yves Le Drian|Le Drian||FRA|foreign minister:2017-05-17:2022-05-20
Laurent Fabius|Fabius||FRA|foreign minister:2012-05-16:2016-02-11
Jean-Marc Ayrault|Ayrault||FRA|foreign minister:2016-02-11:2017-05-17
Catherine Colonna|Colonna||FRA|foreign minister:2022-05-20:2024-01-11
Jean-Noël Barrot;Jean-Noel Barrot|Barrot||FRA|foreign minister:2024-09-21:
Angela Merkel|Merkel||DEU|chancellor:2005-11-22:2021-12-08
Olaf Scholz|Scholz||DEU|chancellor:2021-12-08:2025-05-06
Friedrich Merz|Merz||DEU|chancellor:2025-05-06:
Frank-Walter Steinmeier|Steinmeier||DEU|foreign minister:2005-11-22:2009-10-28,foreign minister:2013-12-17:2017-01-27,president:2017-03-19:
Sigmar Gabriel|Gabriel|a|DEU|foreign minister:2017-01-27:2018-03-14
Heiko Maas|Maas||DEU|foreign minister:2018-03-14:2021-12-08
Annalena Baerbock|Baerbock||DEU|foreign minister:2021-12-08:2025-05-06
Xi Jinping|Xi||CHN|general secretary:2012-11-15:,president:2013-03-14:
Hu Jintao|Hu|a|CHN|president:2003-03-15:2013-03-14
Li Keqiang|Li|a|CHN|premier:2013-03-15:2023-03-11
Li Qiang|Li|a|CHN|premier:2023-03-11:
Wang Yi|Wang|a|CHN|foreign minister:2013-03-16:2022-12-30,foreign minister:2023-07-25:
Qin Gang|Qin|a|CHN|foreign minister:2022-12-30:2023-07-25
Zhao Lijian|Zhao|a|CHN|spokesman:2020-02-24:2023-01-09
Volodymyr Zelensky;Volodymyr Zelenskyy;Volodymyr Zelenskiy|Zelensky;Zelenskyy;Zelenskiy||UKR|president:2019-05-20:
Petro Poroshenko|Poroshenko||UKR|president:2014-06-07:2019-05-20
Dmytro Kuleba|Kuleba||UKR|foreign minister:2020-03-04:2024-09-05
Andrej Babiš;Andrej Babis|Babiš;Babis||CZE|prime minister:2017-12-06:2021-12-17,prime minister:2025-12-09:
Petr Fiala|Fiala||CZE|prime minister:2021-11-28:2025-12-09
Miloš Zeman;Milos Zeman|Zeman||CZE|president:2013-03-08:2023-03-08
Petr Pavel|Pavel|a|CZE|president:2023-03-09:
Jakub Kulhánek;Jakub Kulhanek|Kulhánek;Kulhanek||CZE|foreign minister:2021-04-21:2021-12-17
Jan Hamáček;Jan Hamacek|Hamáček;Hamacek||CZE|foreign minister:2021-04-12:2021-04-21
Recep Tayyip Erdoğan;Recep Tayyip Erdogan;Tayyip Erdogan|Erdoğan;Erdogan||TUR|prime minister:2003-03-14:2014-08-28,president:2014-08-28:
Mevlüt Çavuşoğlu;Mevlut Cavusoglu|Cavusoglu;Çavuşoğlu||TUR|foreign minister:2014-08-29:2023-06-04
Hassan Rouhani|Rouhani||IRN|president:2013-08-03:2021-08-03
Mohammad Javad Zarif;Javad Zarif|Zarif||IRN|foreign minister:2013-08-15:2021-08-25
Ebrahim Raisi|Raisi||IRN|president:2021-08-03:2024-05-19
Ali Khamenei|Khamenei||IRN|supreme leader:1989-06-04:
Justin Trudeau|Trudeau||CAN|prime minister:2015-11-04:2025-03-14
Chrystia Freeland|Freeland||CAN|foreign minister:2017-01-10:2019-11-20
Narendra Modi|Modi||IND|prime minister:2014-05-26:
Subrahmanyam Jaishankar;S. Jaishankar|Jaishankar||IND|foreign minister:2019-05-30:
Shinzo Abe|Abe|a|JPN|prime minister:2012-12-26:2020-09-16
Fumio Kishida|Kishida||JPN|prime minister:2021-10-04:2024-10-01
Benjamin Netanyahu|Netanyahu||ISR|prime minister:2009-03-31:2021-06-13,prime minister:2022-12-29:
Nicolás Maduro;Nicolas Maduro|Maduro||VEN|president:2013-04-19:
Alexander Lukashenko;Aleksandr Lukashenko|Lukashenko||BLR|president:1994-07-20:
Viktor Orbán;Viktor Orban|Orbán;Orban||HUN|prime minister:2010-05-29:
Andrzej Duda|Duda||POL|president:2015-08-06:2025-08-06
Mateusz Morawiecki|Morawiecki||POL|prime minister:2017-12-11:2023-12-13
Donald Tusk|Tusk||POL|prime minister:2007-11-16:2014-09-22,prime minister:2023-12-13:
Giuseppe Conte|Conte||ITA|prime minister:2018-06-01:2021-02-13
Mario Draghi|Draghi||ITA|prime minister:2021-02-13:2022-10-22
Giorgia Meloni|Meloni||ITA|prime minister:2022-10-22:
Mark Rutte|Rutte||NLD|prime minister:2010-10-14:2024-07-02
Kim Jong Un;Kim Jong-un|Kim|a|PRK|supreme leader:2011-12-17:
Mohammed bin Salman|bin Salman||SAU|crown prince:2017-06-21:
Bashar al-Assad;Bashar Assad|Assad||SYR|president:2000-07-17:2024-12-08
Moon Jae-in|Moon|a|KOR|president:2017-05-10:2022-05-10
`;

export interface OfficeTerm {
  readonly role: string;
  /** ISO dates; `to` null while in office. */
  readonly from: string;
  readonly to: string | null;
}

export interface OfficeHolder {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly surnames: readonly string[];
  readonly ambiguousSurname: boolean;
  readonly country: string;
  readonly terms: readonly OfficeTerm[];
}

export const OFFICE_HOLDERS: readonly OfficeHolder[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [names, surnames, ambiguous, country, terms] = line.split('|');
    const aliases = names!.split(';');
    return {
      name: aliases[0]!,
      aliases,
      surnames: surnames!.split(';').filter((s) => s.length > 0),
      ambiguousSurname: ambiguous === 'a',
      country: country!,
      terms: terms!.split(',').map((term) => {
        const [role, from, to] = term.split(':');
        return { role: role!, from: from!, to: to === '' || to === undefined ? null : to };
      }),
    };
  });

/** Whether `date` (YYYY-MM-DD) falls inside one of the holder's terms. */
export const inOfficeOn = (holder: OfficeHolder, date: string): boolean =>
  holder.terms.some((t) => t.from <= date && (t.to === null || date <= t.to));
