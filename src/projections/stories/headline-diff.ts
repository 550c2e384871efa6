import { diffWords } from 'diff';

export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Word-level changes from one headline to another, in reading order. */
export function headlineDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}
