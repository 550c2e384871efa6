import { decideOnStream, type StreamDecision } from '../../application/decider-flow.js';
import { type FactCommand, factDecider } from '../../domain/facts/fact-decider.js';
import type { FactEvent } from '../../domain/facts/fact-events.js';
import type { EventStore, NewEvent } from '../../event-store/event-store.port.js';

/**
 * Decisions for many fact commands at once, one per fact stream. Several commands may concern
 * the same fact (two quotes of one document): each must see what the previous one decided, so
 * they are folded one after another per stream before anything is appended.
 */
export async function decideFacts(
  store: EventStore,
  commands: readonly FactCommand[],
  toNew: (event: FactEvent, streamId: string) => NewEvent,
): Promise<StreamDecision[]> {
  const byFact = new Map<string, FactCommand[]>();
  for (const command of commands) byFact.set(command.factId, [...(byFact.get(command.factId) ?? []), command]);
  const decisions: StreamDecision[] = [];
  for (const [factId, factCommands] of byFact) {
    const [first, ...rest] = factCommands;
    const initial = await decideOnStream(store, factId, factDecider, first!, toNew);
    let state = initial.decided.reduce(factDecider.evolve, initial.state);
    const decided = [...initial.decided];
    for (const command of rest) {
      const more = factDecider.decide(command, state);
      state = more.reduce(factDecider.evolve, state);
      decided.push(...more);
    }
    if (decided.length === 0) continue;
    decisions.push({
      streamId: factId,
      expectedVersion: initial.expectedVersion,
      decided,
      events: decided.map((event) => toNew(event, factId)),
    });
  }
  return decisions;
}
