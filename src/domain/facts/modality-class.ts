import type { Modality } from './fact-events.js';

/**
 * Modalities that describe the same act at different stages (said, announced, ordered) form
 * one class, 'actual'; a proposal, a refusal, a threat or a denial is a different fact.
 */
export type ModalityClass = 'actual' | 'proposed' | 'rejected' | 'threatened' | 'negated';

export function modalityClass(modality: Modality): ModalityClass {
  switch (modality) {
    case 'asserted':
    case 'announced':
    case 'ordered':
      return 'actual';
    case 'proposed':
    case 'rejected':
    case 'threatened':
    case 'negated':
      return modality;
  }
}
