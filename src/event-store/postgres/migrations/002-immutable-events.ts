import type { Migration } from '../../migration.js';

/**
 * History is never rewritten: a correction is a new event. Statement-level, so even an
 * UPDATE or DELETE matching no row is refused, and TRUNCATE (which skips row triggers) too.
 */
export const immutableEventsMigration: Migration = {
  id: 'event-store/002-immutable-events',
  sql: `
    CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'events are append-only: % refused', TG_OP
        USING ERRCODE = 'ES405', HINT = 'Append a correcting event instead.';
    END
    $$;

    CREATE TRIGGER events_append_only
      BEFORE UPDATE OR DELETE OR TRUNCATE ON events
      FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();
  `,
};
