import { normaliseCode } from './code';

/** A certificate as the records server issued it: what it answers to the trainee and to a verifier. */
export interface CertificateRecord {
  code: string;
  name: string;
  department: string;
  /** Best final assessment score, 0…1. */
  finalScore: number;
  /** When the course was completed (ISO). */
  completedAt: string;
  /** When the certificate was issued (ISO). */
  issuedAt: string;
  /** Who vouched for the holder's identity: the company's sign-in, or the holder alone (a pilot without it). */
  identity?: 'company' | 'self-declared';
}

const isTime = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));

/** Reads a certificate from an answer of the server, or null when it is not one (checked by hand: zod would cost the page 23 KB). */
export function parseCertificateRecord(input: unknown): CertificateRecord | null {
  if (typeof input !== 'object' || input === null) return null;
  const r = input as Record<string, unknown>;
  const code = typeof r.code === 'string' ? normaliseCode(r.code) : null;
  if (!code || typeof r.name !== 'string' || typeof r.department !== 'string') return null;
  if (typeof r.finalScore !== 'number' || !(r.finalScore >= 0 && r.finalScore <= 1)) return null;
  if (!isTime(r.completedAt) || !isTime(r.issuedAt)) return null;
  const identity = r.identity === 'company' || r.identity === 'self-declared' ? r.identity : undefined;
  return { code, name: r.name, department: r.department, finalScore: r.finalScore, completedAt: r.completedAt, issuedAt: r.issuedAt, ...(identity ? { identity } : {}) };
}
