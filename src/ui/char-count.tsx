import { useDebouncedValue } from './use-debounced-value';

/**
 * The live count of a typed text against its limit (`message` says it, or what to do once over).
 * Over the limit, the message is read out once typing pauses; under it, it stays quiet.
 */
export function CharCount({ id, over, message }: { id: string; over: boolean; message: string }) {
  const settled = useDebouncedValue(over ? message : '', 800);
  return (
    <>
      <p id={id} className={over ? 'char-count char-count--over' : 'hint char-count'}>
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {settled}
      </p>
    </>
  );
}
