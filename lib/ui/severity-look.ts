// How each severity looks wherever Firebreak shows it (the badge on the page, the post's outline, the panels' chips,
// the options page): one shape per severity, so that severity never rests on colour alone and a shape means the same
// thing everywhere, and one colour per severity and theme.
import type { Severity } from '../types';

/**
 * The shapes, in a 24×24 box: an octagon for high, a triangle for medium, a circle for low, each with an
 * exclamation mark (`mark`) drawn in the background colour over the shape (`outer`).
 */
export const SEVERITY_SHAPES: Readonly<Record<Severity, { outer: string; mark: string }>> = {
  high: { outer: 'M8.1 2h7.8L22 8.1v7.8L15.9 22H8.1L2 15.9V8.1z', mark: 'M11 6.5h2v7h-2zM11 15.5h2v2h-2z' },
  medium: { outer: 'M12 2.2 23 21.5H1z', mark: 'M11 9h2v6.5h-2zM11 17h2v2h-2z' },
  low: { outer: 'M12 2a10 10 0 1 1 0 20a10 10 0 1 1 0-20z', mark: 'M11 10.5h2v7h-2zM11 6.5h2v2h-2z' },
};

/**
 * Each severity's colour: on a light background (text on white, or white text on it: at least 4.5:1 both ways), and
 * on a dark one (at least 4.5:1 on the sites' dark themes: X's Dim #15202b and Lights out #000, Facebook's #242526).
 */
export const SEVERITY_COLOURS: Readonly<Record<'light' | 'dark', Record<Severity, string>>> = {
  light: { high: '#b3261e', medium: '#8a4b00', low: '#1d5fc7' },
  dark: { high: '#ff968c', medium: '#ffc46b', low: '#8fb8ff' },
};
