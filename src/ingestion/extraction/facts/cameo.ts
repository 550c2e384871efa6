import type { FactEventType, Modality } from '../../../domain/facts/fact-events.js';

/**
 * CAMEO codes: 161 reduce or break diplomatic relations (staff cuts, closures, recalls,
 * suspension), 166 expel, 1711 confiscate property, 163 sanctions, 114 complain officially
 * (summoning an ambassador), 040 consult and 036 express intent to meet (talks held or only
 * planned), 127 reject a plan or agreement (a treaty extension declined).
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
};

export function cameoCode(type: FactEventType, modality: Modality): string {
  if (type === 'TalksHeld' && (modality === 'announced' || modality === 'proposed')) return '036';
  return CODES[type];
}
