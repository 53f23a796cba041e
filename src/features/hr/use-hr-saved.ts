import { useState, type FormEvent } from 'react';
import { HrApiError } from './hr-http';
import { useHrContext } from './hr-context';
import { useHrResource } from './use-hr-resource';

/**
 * Data from the HR API that HR also changes on the page: a save's answer replaces what was loaded.
 * A failed save stays said until one succeeds (a 401 also sends HR to sign in again). `done` is what
 * the last save that went through did, in the words its caller gave, until `clearDone` (HR changes
 * the form again) or the next save.
 */
export function useHrSaved<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const { csrf, expire } = useHrContext();
  const loaded = useHrResource(key, load, expire);
  const [saved, setSaved] = useState<T | undefined>();
  const [failed, setFailed] = useState(false);
  /** The server's named refusal of the last failed save, when it gave one. */
  const [refusal, setRefusal] = useState<HrApiError>();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<string>();
  const clearDone = () => setDone(undefined);

  /** A form's submit: stays on the page, and sends `change` (when there is one) with the session's CSRF token; once it is stored, `said` becomes `done`. */
  const save = async (event: FormEvent | undefined, change: ((csrf: string) => Promise<T>) | undefined, said?: string): Promise<boolean> => {
    event?.preventDefault();
    if (!change) return false;
    setSaving(true);
    setDone(undefined);
    try {
      setSaved(await change(csrf));
      setDone(said);
      setFailed(false);
      setRefusal(undefined);
      return true;
    } catch (error) {
      if (error instanceof HrApiError && error.kind === 'unauthorized') expire();
      setFailed(true);
      setRefusal(error instanceof HrApiError && error.code ? error : undefined);
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { data: saved ?? loaded.data, saved, failed, refusal, saving, save, done, clearDone };
}
