import { MODALITIES, type Modality } from './fact-events.js';

/**
 * The one place that says which statuses happened. Enacted, ordered and announced are the same
 * act at different stages, class 'actual', and only they change the state of relations; every
 * other status is a statement about the act, its own class. A denial or refusal keeps the class
 * name 'rejected' that schema version 1 gave refusals, so the fact ids of old refusals still hold.
 */
export type ModalityClass = 'actual' | 'rejected' | Exclude<Modality, 'enacted' | 'ordered' | 'announced' | 'denied'>;

export function modalityClass(modality: Modality): ModalityClass {
  switch (modality) {
    case 'enacted':
    case 'ordered':
    case 'announced':
      return 'actual';
    case 'denied':
      return 'rejected';
    default:
      return modality;
  }
}

export const happened = (modality: Modality): boolean => modalityClass(modality) === 'actual';

export const ACTUAL_MODALITIES: readonly Modality[] = MODALITIES.filter(happened);
