import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** What the pane knows about the colours around it. */
export interface ThemeEnvironment {
  /** Office.context.officeTheme, when the pane runs inside Office. */
  officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } | null;
  prefersDark: boolean;
  forcedColors: boolean;
}

export type ThemeName = "light" | "dark" | "highContrast";

/**
 * Picks the Fluent theme that matches Office: Windows high-contrast (forced colours) first, then
 * Office's own theme (dark when its body background is dark), then the browser's colour scheme.
 */
export function chooseThemeName(environment: ThemeEnvironment): ThemeName {
  if (environment.forcedColors) return "highContrast";
  const officeTheme = environment.officeTheme;
  if (officeTheme) {
    if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
    const luminance = relativeLuminance(officeTheme.bodyBackgroundColor);
    if (luminance !== null) return luminance < 0.4 ? "dark" : "light";
  }
  return environment.prefersDark ? "dark" : "light";
}

/** The Fluent v9 theme object for a theme name. */
export function fluentTheme(name: ThemeName): Theme {
  return name === "highContrast" ? teamsHighContrastTheme : name === "dark" ? webDarkTheme : webLightTheme;
}

/** Reads the browser's colour preferences (false for both where matchMedia is missing). */
export function browserThemeEnvironment(): Pick<ThemeEnvironment, "prefersDark" | "forcedColors"> {
  const matches = (query: string) =>
    typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  return {
    prefersDark: matches("(prefers-color-scheme: dark)"),
    forcedColors: matches("(forced-colors: active)"),
  };
}

function relativeLuminance(color: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return null;
  const [red, green, blue] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
