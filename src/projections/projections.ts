import { factsProjection } from './facts/facts.projection.js';
import type { Projection } from './runner/projection.js';
import { storiesProjection } from './stories/stories.projection.js';

/**
 * Every read model the runner keeps. The timeline and the state of relations are read from the
 * facts read model: they need exactly its rows, and sharing them means they can never drift.
 */
export const PROJECTIONS: readonly Projection[] = [storiesProjection, factsProjection];

export const findProjection = (name: string): Projection | undefined =>
  PROJECTIONS.find((projection) => projection.name === name);
