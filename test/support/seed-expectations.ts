/** What the deciders decide when the four seed documents are seeded in file order, by event type (38 events). */
export const SEED_EVENT_COUNTS: Readonly<Record<string, number>> = {
  DocumentIngested: 4,
  StoryReported: 1,
  StoryRevised: 2,
  StoryRevisionRecorded: 1,
  StorySourceCited: 2,
  StoriesLinked: 5,
  StaffReductionOrdered: 1,
  DiplomaticPropertySeized: 2,
  SanctionsEnacted: 2,
  DiplomatsExpelled: 3,
  ConsulateClosed: 1,
  TalksHeld: 2,
  TreatyExtensionDeclined: 1,
  FactCorroborated: 10,
  FactDisputed: 1,
};

/**
 * What seeding appends besides: each document appends one index event to every identity key
 * (type family, actor, target) its reports change (see decideFacts).
 */
export const SEED_KEY_INDEX_EVENTS = 17;

/** Every event seeding appends: the deciders' and the identity keys' (55). */
export const SEED_EVENTS_APPENDED = Object.values(SEED_EVENT_COUNTS).reduce((a, b) => a + b, 0) + SEED_KEY_INDEX_EVENTS;
