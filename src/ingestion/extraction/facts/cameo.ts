import type { FactEventType, Modality } from '../../../domain/facts/fact-events.js';

/**
 * CAMEO codes: 161 reduce or break diplomatic relations (staff cuts, closures, recalls,
 * suspension), 166 expel, 1711 confiscate property, 163 sanctions, 114 complain officially
 * (summoning an ambassador), 040 consult and 036 express intent to meet (talks held or only
 * planned), 127 reject a plan or agreement (a treaty extension declined), 064 share information
 * (relations or missions restored), 081 ease administrative sanctions, 171/172/173 seize, impose
 * administrative restrictions on, arrest.
 */
const CODES: Readonly<Record<FactEventType, string>> = {
  StaffReductionOrdered: '161',
  ConsulateClosed: '161',
  DiplomatsExpelled: '166',
  DiplomaticPropertySeized: '1711',
  SanctionsEnacted: '163',
  AmbassadorRecalled: '161',
  AmbassadorSummoned: '114',
  DiplomaticRelationsSuspended: '161',
  TalksHeld: '040',
  TreatyExtensionDeclined: '127',
  DiplomaticRelationsDowngraded: '161',
  DiplomaticRelationsRestored: '064',
  HighLevelContactsSuspended: '161',
  EmbassyStaffRecalled: '161',
  InstitutionsClosed: '161',
  LocalStaffHiringBanned: '161',
  DiplomatTravelRestricted: '172',
  DiplomatsDetained: '173',
  EmbassyRaided: '171',
  MissionReopened: '064',
  SanctionsEased: '081',
  EntryBanImposed: '163',
};

export function cameoCode(type: FactEventType, modality: Modality): string {
  if (type === 'TalksHeld' && (modality === 'announced' || modality === 'proposed')) return '036';
  return CODES[type];
}
