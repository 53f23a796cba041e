/** A live delivery's agenda (one day or two half days), built from the modules' planned minutes. */
export * from './agenda/agenda';
