/**
 * Types whose reports may describe one and the same event. Reports are matched only against
 * facts of the same family; a type not listed is its own family.
 */
const FAMILIES: Readonly<Record<string, string>> = {};

/** The family a fact type resolves in: the one place that groups types. */
export const typeFamily = (type: string): string => FAMILIES[type] ?? type;
