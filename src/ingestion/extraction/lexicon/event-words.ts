/** Word lists the event rules share, lower case. Inflected forms are listed rather than stemmed. */
const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** People who are expelled: diplomats and those treated as such. */
export const DIPLOMAT_NOUNS = set(`
  diplomat diplomats envoy envoys official officials attache attaches attaché attachés spy spies consul consuls
  officers officer agents agent`);

/** People counted in a mission's headcount. */
export const STAFF_NOUNS = set(`
  staff staffers staffer staffing personnel employees employee workers worker headcount people members presence size
  employ employed`);

export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([...DIPLOMAT_NOUNS, ...STAFF_NOUNS, 'people', 'nationals', 'journalists', 'individuals', 'politicians', 'oligarchs']);

/** Heads of mission; "High Commissioner" is an ambassador between Commonwealth states. */
export const AMBASSADOR_NOUNS = set(`ambassador ambassadors envoy envoys chargé charge chargée commissioner commissioners`);

export const EXPEL_WORDS = set(`expel expels expelled expelling expulsion expulsions ejection ejections`);

export const LEAVE_WORDS = set(`leave leaving depart departing quit vacate`);

/** Verbs that make someone else act: "ordered X to", "told X to", "demanded that X". */
export const ORDER_VERBS = set(`
  order orders ordered ordering told tell tells telling instructed instruct instructs demanded demand demands demanding
  gave give gives given giving forced force forces forcing made make makes making asked ask asks required require requires`);

/** Verbs that direct an order at another party, whose own property or staff the act concerns. */
export const DIRECTIVE_VERBS = set(`
  order orders ordered ordering told tell tells telling instructed instruct instructs demanded demand demands demanding
  asked ask asks required require requires gave give gives giving notified notify notifies informed inform informs`);

export const REDUCE_WORDS = set(`
  cut cuts cutting reduce reduces reduced reducing reduction reductions slash slashes slashed slashing trim trims trimmed
  trimming shrink shrinks shrank shrunk cap caps capped capping limit limits limited limiting lower lowers lowered lowering
  downsize downsized downsizing shed sheds shedding cull culled scale scaled`);

/** "bring ... to 455", "brought down": reduction only with a target figure or "down". */
export const BRING_WORDS = set(`bring brings brought bringing`);

export const CEASE_WORDS = set(`stop stops stopped cease ceases ceased halt halts halted`);
export const ACTIVITY_WORDS = set(`activities activity work working operations duties`);

export const CLOSE_WORDS = set(`close closes closed closing closure closures shut shuts shutting shutdown shutter shutters shuttered`);

export const SEIZE_WORDS = set(`
  seize seizes seized seizing seizure seizures confiscate confiscates confiscated confiscating confiscation expropriate
  expropriated expropriating expropriation impound impounded impounding evict evicts evicted evicting eviction`);
export const TAKE_WORDS = set(`take takes took taken taking`);
export const BAN_WORDS = set(`ban bans banned banning bar bars barred barring`);

export const SANCTION_NOUNS = set(`sanction sanctions`);
/** Acts that bring sanctions into force or propose, threaten or announce them. */
export const SANCTION_VERBS = set(`
  impose imposes imposed imposing slap slaps slapped slapping hit hits approve approves approved approving pass passes passed passing
  adopt adopts adopted adopting enact enacts enacted enacting sign signs signed signing introduce introduces introduced
  introducing announce announces announced announcing unveil unveils unveiled unveiling expand expands expanded expanding
  tighten tightens tightened tightening level levels levelled leveled levelling broaden broadened toughen toughened widen
  widened ramp ramps ramped ramping hit hits hitting target targets targeted targeting vote votes voted voting threaten
  threatens threatened threatening propose proposes proposed proposing consider considers considered considering weigh
  weighs weighed weighing prepare prepares prepared preparing urge urges urged urging reimpose reimposes reimposed
  reimposing reinstate reinstates reinstated reinstating renew renews renewed extend extends extended extending prolong
  prolongs prolonged call calls called calling demand demands
  demanded demanding seek seeks sought seeking add adds added adding`);
/** Acts that end, ease or escape sanctions: no sanctions are enacted. */
export const SANCTION_UNDOING = set(`
  lift lifts lifted lifting ease eases eased easing relax relaxes relaxed relaxing remove removes removed removing waive
  waives waived waiving waiver drop drops dropped dropping evade evades evaded evading evasion relief end ends ended
  ending roll rolled suspend suspends suspended suspending scrap scrapped cancel cancels cancelled canceled cancelling
  canceling revoke revokes revoked revoking rescind rescinds rescinded rescinding repeal repeals repealed repealing`);

export const RECALL_WORDS = set(`recall recalls recalled recalling withdraw withdraws withdrew withdrawn withdrawing pull pulls pulled pulling`);
export const SUMMON_WORDS = set(`summon summons summoned summoning`);

export const SEVER_WORDS = set(`
  sever severs severed severing severance break breaks broke broken breaking cut cuts cutting suspend suspends suspended
  suspending freeze freezes froze frozen freezing rupture ruptured terminate terminates terminated terminating termination`);
/** Ties taken up again: "restored diplomatic relations", "agreed to normalize ties". Establishing new ties is not restoring. */
export const RESTORE_WORDS = set(`
  restore restores restored restoring restoration resume resumes resumed resuming resumption reestablish reestablishes
  reestablished reestablishing reestablishment normalize normalizes normalized normalizing normalization normalise
  normalises normalised normalising normalisation`);
/** A mission opened again: "reopened its embassy". */
export const REOPEN_WORDS = set(`reopen reopens reopened reopening`);
/** Measures short of named sanctions that can be lifted: "lifting limits on Cuban products", "removal of restrictions". */
export const RESTRICTION_NOUNS = set(`restrictions restriction limits curbs embargo embargoes ban bans`);
/** Undoing a measure: "lifted", "the removal of". */
export const LIFT_WORDS = set(`
  lift lifts lifted lifting ease eases eased easing relax relaxes relaxed relaxing remove removes removed removing removal
  rescind rescinds rescinded rescinding scrap scraps scrapped scrapping end ends ended ending`);
export const RELATION_NOUNS = set(`relations ties`);

/** Channels of high-level contact: "suspended high-level exchanges", "froze all dialogue". */
export const CONTACT_NOUNS = set(`
  contacts contact exchanges dialogue dialogues communication communications mechanism mechanisms visits consultations talks
  channel channels hotline hotlines`);
export const DOWNGRADE_WORDS = set(`downgrade downgrades downgraded downgrading downgrading reduce reduces reduced reducing lower lowers lowered lowering`);
export const DETAIN_WORDS = set(`detain detains detained detaining detention arrest arrests arrested arresting`);
/** Non-state perpetrators: a crowd storming an embassy or gunmen seizing staff are no act of a state. */
export const NON_STATE_WORDS = set(`protesters protestors demonstrators crowd crowds mob mobs gunmen militants rebels kidnapped kidnappers kidnapping abducted rioters students activists insurgents`);
/** Trade measures the dev labels count as sanctions: "banned all Lebanese imports", "suspended bilateral trade". */
export const TRADE_NOUNS = set(`trade imports exports investment investments`);
export const HALT_WORDS = set(`suspend suspends suspended suspending freeze freezes froze frozen freezing halt halts halted halting ban bans banned banning block blocks blocked blocking stop stops stopped stopping`);
export const RAID_WORDS = set(`raid raids raided raiding storm storms stormed storming`);
export const SECURITY_NOUNS = set(`police security forces troops soldiers agents officers`);


export const TREATY_NOUNS = set(`treaty treaties pact accord agreement start inf`);
export const EXTEND_WORDS = set(`extend extends extended extending extension renew renews renewed renewing renewal prolong prolonging prolongation`);
export const DECLINE_WORDS = set(`decline declines declined declining refuse refuses refused refusing refusal reject rejects rejected rejecting`);

/** Nouns for what one party asks of another; a demonym or possessive before them names the asker. */
export const DIRECTIVE_NOUNS = set(`order orders decision demand demands request proposal recommendation move plan offer call decree ultimatum`);

export const BE_FORMS = set(`is are was were be been being`);
export const SPEECH_VERBS = set(`said says told tells stated claimed announced added insisted declared noted warned confirmed explained reported`);
export const SUBJECT_PRONOUNS = set(`he she it they we`);
export const POSSESSIVE_PRONOUNS = set(`its their his her our`);
