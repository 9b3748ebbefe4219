/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with `background`, so any school colour stays readable. */
export function readableOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  const contrastWhite = 1.05 / (l + 0.05);
  const contrastBlack = (l + 0.05) / 0.05;
  return contrastBlack >= contrastWhite ? '#000000' : '#ffffff';
}

export function applyTheme(theme: { primaryColor: string; secondaryColor: string; fontFamily: string }, title: string): void {
  const root = document.documentElement.style;
  root.setProperty('--primary', theme.primaryColor);
  root.setProperty('--on-primary', readableOn(theme.primaryColor));
  root.setProperty('--secondary', theme.secondaryColor);
  root.setProperty('--font', theme.fontFamily);
  document.title = title;
}
