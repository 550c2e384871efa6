/** What seeding the four seed documents in file order appends, by event type (38 events). */
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
