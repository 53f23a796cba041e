/** Every key this app writes to localStorage starts with this namespace. */
export const STORAGE_NAMESPACE = 'sta';
export const storageKey = (name: string) => `${STORAGE_NAMESPACE}:${name}`;
