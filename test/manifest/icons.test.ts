import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { imageSize } from "image-size";

const projectRoot = resolve(__dirname, "../..");

describe("the add-in icons", () => {
  it("are the PNGs that scripts/make-icons.mjs draws", () => {
    const run = spawnSync(process.execPath, [join(projectRoot, "scripts/make-icons.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("come in the four sizes the ribbon and the add-in dialogs use", () => {
    const sizes = [16, 32, 64, 80].map((size) => {
      const png = readFileSync(join(projectRoot, `assets/icon-${size}.png`));
      return { size, ...imageSize(png) };
    });
    expect(sizes).toEqual([16, 32, 64, 80].map((size) => ({ size, width: size, height: size, type: "png" })));
  });
});
