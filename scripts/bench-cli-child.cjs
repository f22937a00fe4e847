// Runs the compiled CLI in this process and prints its peak memory, so the bench can report it.
const { join } = require("node:path");
const { main } = require(join(__dirname, "../build/cli/hosts/xlsx/node/cli.js"));
Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.stdout.write(
    `\n${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
  process.exitCode = typeof code === "number" ? code : 0;
});
