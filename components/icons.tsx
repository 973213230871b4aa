// Inline SVG icons for Firebreak's UI. Decorative: always next to text, hidden from assistive technology.
import type { JSX } from 'preact';
import type { Severity } from '../lib/types';
import { SEVERITY_SHAPES } from '../lib/ui/severity-look';

type IconProps = { class?: string; size?: number };

function Svg({ children, class: className, size = 16 }: IconProps & { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      class={className ? `fb-icon ${className}` : 'fb-icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/**
 * Severity shapes differ (octagon, triangle, circle) so severity never depends on colour alone; the same shapes as the
 * badge on the page (lib/ui/severity-look.ts).
 */
export function SeverityIcon({ severity, ...rest }: IconProps & { severity: Severity }) {
  const shape = SEVERITY_SHAPES[severity];
  return (
    <Svg {...rest}>
      <path fill="currentColor" d={shape.outer} />
      <path fill="var(--fb-icon-fg, #fff)" d={shape.mark} />
    </Svg>
  );
}

export function CloseIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
    </Svg>
  );
}

/** Points to the start of the reading direction; flipped in RTL by CSS (.fb-flip). */
export function BackIcon(p: IconProps) {
  return (
    <Svg {...p} class={`fb-flip ${p.class ?? ''}`}>
      <path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d="M15 5l-7 7 7 7" />
    </Svg>
  );
}

export function ExternalIcon(p: IconProps) {
  return (
    <Svg {...p} class={`fb-flip ${p.class ?? ''}`}>
      <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </Svg>
  );
}

export function PhoneIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
    </Svg>
  );
}

export function MailIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M3 5h18v14H3zM3 6l9 7 9-7" />
    </Svg>
  );
}

export function FlagIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M5 21V4M5 4h11l-2 4 2 4H5" />
    </Svg>
  );
}

export function DownloadIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 4v11M7 10l5 5 5-5M5 20h14" />
    </Svg>
  );
}

export function LockIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3" />
    </Svg>
  );
}

export function AlertIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" d="M12 3 22 20H2z" />
      <path fill="currentColor" d="M11 9h2v6h-2zM11 16.5h2v2h-2z" />
    </Svg>
  );
}

export function CheckIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" d="M5 12.5l4.5 4.5L19 7.5" />
    </Svg>
  );
}

/** Points down (a list that opens below); turned up by CSS when the list is open (.fb-show-all[aria-expanded]). */
export function ChevronIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d="M6 9l6 6 6-6" />
    </Svg>
  );
}

export function LocateIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <circle cx="12" cy="12" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
      <circle cx="12" cy="12" r="2" fill="currentColor" />
      <path stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M12 2v3M12 19v3M2 12h3M19 12h3" />
    </Svg>
  );
}

export function InfoIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path fill="currentColor" d="M11 10.5h2v6.5h-2zM11 7h2v2h-2z" />
    </Svg>
  );
}

export function ShieldIcon(p: IconProps) {
  return (
    <Svg {...p}>
      <path fill="currentColor" d="M12 2 4 5v6.2c0 5 3.4 9.5 8 10.8 4.6-1.3 8-5.8 8-10.8V5z" />
      <path fill="var(--fb-icon-fg, #fff)" d="M12 6.2c1.6 2 3.2 3.4 3.2 5.7a3.2 3.2 0 0 1-6.4 0c0-1.3.6-2.3 1.4-3.2.1 1 .6 1.7 1.3 2 .3-1.6.4-3 .5-4.5z" />
    </Svg>
  );
}
