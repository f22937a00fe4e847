import { chooseThemeName } from "../../src/taskpane/theme";

describe("chooseThemeName", () => {
  it("follows forced colours first, then Office's theme, then the browser", () => {
    expect({
      forced: chooseThemeName({
        forcedColors: true,
        prefersDark: false,
        officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      }),
      officeDark: chooseThemeName({
        forcedColors: false,
        prefersDark: false,
        officeTheme: { bodyBackgroundColor: "#262626" },
      }),
      officeLight: chooseThemeName({
        forcedColors: false,
        prefersDark: true,
        officeTheme: { bodyBackgroundColor: "#F3F3F3" },
      }),
      officeFlag: chooseThemeName({
        forcedColors: false,
        prefersDark: false,
        officeTheme: { isDarkTheme: true },
      }),
      browserDark: chooseThemeName({ forcedColors: false, prefersDark: true, officeTheme: null }),
      browserLight: chooseThemeName({ forcedColors: false, prefersDark: false }),
    }).toEqual({
      forced: "highContrast",
      officeDark: "dark",
      officeLight: "light",
      officeFlag: "dark",
      browserDark: "dark",
      browserLight: "light",
    });
  });
});
