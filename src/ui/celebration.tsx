import { LazyMotion, m } from 'motion/react';
import { useReducedMotion } from './use-reduced-motion';

const loadFeatures = () => import('./motion-features').then((r) => r.default);

const PARTICLES = 14;
const colors = ['var(--accent)', 'var(--success)', 'var(--warning)', 'var(--danger)'];

/**
 * A short celebration for a milestone (a module read, a quiz passed, the course completed): the
 * mark pops in and a ring of sparks flies out once, about a second. Decoration only (the page's
 * heading says what happened); under reduced motion the mark simply stands there.
 */
export function Celebration({ symbol = '✓', tone = 'success' }: { symbol?: string; tone?: 'success' | 'gold' }) {
  const reduce = useReducedMotion();
  return (
    <div className={`celebration celebration--${tone}`} aria-hidden="true" data-testid="celebration">
      {reduce ? (
        <span className="celebration__mark">{symbol}</span>
      ) : (
        <LazyMotion features={loadFeatures} strict>
          <m.span className="celebration__mark" initial={{ scale: 0.3, opacity: 0 }} animate={{ scale: 1, opacity: 1 }} transition={{ type: 'spring', stiffness: 420, damping: 14 }}>
            {symbol}
          </m.span>
          {Array.from({ length: PARTICLES }, (_, i) => {
            const angle = (i / PARTICLES) * 2 * Math.PI;
            const reach = 56 + (i % 3) * 14;
            return (
              <m.span
                key={i}
                className="celebration__spark"
                style={{ background: colors[i % colors.length] }}
                initial={{ x: 0, y: 0, opacity: 1, scale: 0.6 }}
                animate={{ x: Math.cos(angle) * reach, y: Math.sin(angle) * reach, opacity: 0, scale: 1 }}
                transition={{ duration: 0.9, delay: 0.1, ease: 'easeOut' }}
              />
            );
          })}
        </LazyMotion>
      )}
    </div>
  );
}
