import type { Decider } from '../../../src/domain/shared/decider.js';
import { DomainError } from '../../../src/domain/shared/domain-error.js';

/**
 * given(events).when(command).then(events): the stream's history, the command, and what the
 * decider must decide on top of it.
 */
export const specify = <C, E, S>(decider: Decider<C, E, S>) => ({
  given: (history: readonly E[]) => ({
    when: (command: C) => {
      const decided = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected: readonly E[]) => expect(decided()).toEqual(expected),
        thenDecides: (): readonly E[] => decided(),
        thenFailsWith: (code: string) => {
          let error: unknown;
          try {
            decided();
          } catch (thrown) {
            error = thrown;
          }
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe(code);
        },
      };
    },
  }),
});
