import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { sandboxStateSchema, type SandboxState } from '../../stores/sandbox-schema';

const toBase64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The plan packed into the link's hash, compressed: the link is the whole plan, no server needed. */
export function encodePlan(state: SandboxState): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(state)), { level: 9 }));
}

/** Reads a plan from a link, checked against the schema; undefined when it cannot be trusted. */
export function decodePlan(packed: string): SandboxState | undefined {
  try {
    const result = sandboxStateSchema.safeParse(JSON.parse(strFromU8(inflateSync(fromBase64Url(packed)))));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
