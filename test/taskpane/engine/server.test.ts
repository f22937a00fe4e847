import { parseSettings } from "../../../src/core";
import { createInThreadEngine } from "../../../src/taskpane/engine/engine";
import type { EngineReply, EngineRequest } from "../../../src/taskpane/engine/protocol";
import { serveEngine } from "../../../src/taskpane/engine/server";
import { realisticReportDate, realisticWorkbook } from "../../support/realisticWorkbook";

/** The worker's side alone: requests in, replies collected. */
function served() {
  const replies: EngineReply[] = [];
  let deliver: (event: { data: EngineRequest }) => void = () => undefined;
  serveEngine(
    {
      postMessage: (reply) => void replies.push(reply),
      addEventListener: (_type, listener) => (deliver = listener),
    },
    createInThreadEngine(),
  );
  const answer = async (request: EngineRequest) => {
    deliver({ data: request });
    if (request.type === "release") return null;
    for (;;) {
      const reply = replies.find((candidate) => candidate.id === request.id && candidate.type !== "progress");
      if (reply) return reply;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  return { answer };
}

describe("the engine's worker side", () => {
  const settings = parseSettings({ reportDate: realisticReportDate });
  const workbook = realisticWorkbook(30, 4);

  it("keeps a snapshot under its number until the client releases it", async () => {
    const { answer } = served();
    const first = await answer({
      type: "request",
      id: 1,
      operation: "analyze",
      inputs: { workbooks: [{ ref: 7, snapshot: workbook }], settings },
    });
    const byNumber = await answer({
      type: "request",
      id: 2,
      operation: "analyze",
      inputs: { workbooks: [{ ref: 7 }], settings },
    });
    await answer({ type: "release", refs: [7] });
    const released = await answer({
      type: "request",
      id: 3,
      operation: "analyze",
      inputs: { workbooks: [{ ref: 7 }], settings },
    });
    expect([first?.type, byNumber?.type, released?.type]).toEqual(["result", "result", "failure"]);
  });
});
