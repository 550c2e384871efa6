/** A date in the world with the precision the source gives it. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** ISO-like: YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`. */
  readonly value: string;
  readonly precision: DatePrecision;
}
