/**
 * Cover art as SVG: a field of the edition's colour, ripples spreading from a point (a 兆し, a sign
 * that something is starting), a thin frame like a bound book's, and the year in stroke digits.
 */

/** Digits as polylines on a 4 × 6 grid: enough for a calm, engraved-looking year. */
const DIGITS: Record<string, number[][][]> = {
  '0': [
    [
      [0, 0],
      [4, 0],
      [4, 6],
      [0, 6],
      [0, 0],
    ],
  ],
  '1': [
    [
      [1, 1],
      [2, 0],
      [2, 6],
    ],
    [
      [1, 6],
      [3, 6],
    ],
  ],
  '2': [
    [
      [0, 0],
      [4, 0],
      [4, 3],
      [0, 3],
      [0, 6],
      [4, 6],
    ],
  ],
  '3': [
    [
      [0, 0],
      [4, 0],
      [4, 6],
      [0, 6],
    ],
    [
      [1, 3],
      [4, 3],
    ],
  ],
  '4': [
    [
      [0, 0],
      [0, 3],
      [4, 3],
    ],
    [
      [4, 0],
      [4, 6],
    ],
  ],
  '5': [
    [
      [4, 0],
      [0, 0],
      [0, 3],
      [4, 3],
      [4, 6],
      [0, 6],
    ],
  ],
  '6': [
    [
      [4, 0],
      [0, 0],
      [0, 6],
      [4, 6],
      [4, 3],
      [0, 3],
    ],
  ],
  '7': [
    [
      [0, 0],
      [4, 0],
      [4, 6],
    ],
  ],
  '8': [
    [
      [0, 0],
      [4, 0],
      [4, 6],
      [0, 6],
      [0, 0],
    ],
    [
      [0, 3],
      [4, 3],
    ],
  ],
  '9': [
    [
      [4, 3],
      [0, 3],
      [0, 0],
      [4, 0],
      [4, 6],
      [0, 6],
    ],
  ],
};

function yearPath(year: number, x: number, y: number, unit: number): string {
  return [...String(year)]
    .flatMap((digit, i) =>
      DIGITS[digit].map(
        (line) => 'M' + line.map(([dx, dy]) => `${x + (i * 6 + dx) * unit} ${y + dy * unit}`).join(' L'),
      ),
    )
    .join(' ');
}

/** A 3:4 cover, 900 × 1200. The ripple centre moves with the year so each edition differs. */
export function coverSvg(year: number, accent: string): string {
  const width = 900;
  const height = 1200;
  const cx = 220 + ((year * 137) % 460);
  const cy = 520 + ((year * 61) % 240);
  const ripples = Array.from({ length: 9 }, (_, i) => {
    const r = 60 + i * 70;
    const opacity = (0.34 - i * 0.032).toFixed(3);
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#ffffff" stroke-opacity="${opacity}" stroke-width="${i % 3 === 0 ? 3 : 1.5}"/>`;
  }).join('');
  const unit = 14;
  const yearWidth = (4 * 6 - 2) * unit;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${accent}"/>
  <rect width="${width}" height="${height}" fill="#000000" fill-opacity="0.12" y="${height * 0.78}"/>
  ${ripples}
  <circle cx="${cx}" cy="${cy}" r="14" fill="#ffffff"/>
  <rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="2"/>
  <path d="${yearPath(year, width - 90 - yearWidth, height - 200, unit)}" fill="none" stroke="#ffffff" stroke-width="7" stroke-linecap="square" stroke-linejoin="miter"/>
  <path d="M90 ${height - 92} H ${width - 90}" stroke="#ffffff" stroke-opacity="0.6" stroke-width="2"/>
</svg>`;
}
