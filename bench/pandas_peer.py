"""The peer Koers is measured against: what an analyst would script in pandas today.

Reads the same workbook (openpyxl engine), counts statuses per priority, computes % on track and the
year-on-year changes of every category, and writes a summary workbook. Prints JSON with its own timing
and peak memory.
"""
import json
import resource
import sys
import time

import pandas as pd

ON_TRACK = {"afgerond", "loopt volgens planning", "op schema"}

def main(source: str, target: str) -> None:
    started = time.perf_counter()
    activities = pd.read_excel(source, sheet_name="Activiteiten", engine="openpyxl", dtype={"Nr": str})
    figures = pd.read_excel(source, sheet_name="Cijfers", engine="openpyxl")
    status = activities["Status"].astype(str).str.strip().str.lower()
    activities["opSchema"] = status.isin(ON_TRACK)
    per_priority = pd.crosstab(activities["Prioriteit"], activities["Status"])
    per_priority["% op schema"] = activities.groupby("Prioriteit")["opSchema"].mean() * 100
    years = [column for column in figures.columns if column != "Categorie"]
    values = figures.set_index("Categorie")[years]
    changes = values.pct_change(axis=1) * 100
    changes = changes.replace([float("inf"), float("-inf")], float("nan"))
    summary = pd.DataFrame({
        "laatste jaar": values[years[-1]],
        "vorig jaar": values[years[-2]],
        "verandering %": changes[years[-1]].round(1),
    })
    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        per_priority.to_excel(writer, sheet_name="Overzicht")
        summary.to_excel(writer, sheet_name="Trends")
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": round(elapsed, 3), "maxRssMb": round(peak_kb / 1024, 1),
                      "onTrackPct": round(activities["opSchema"].mean() * 100, 1)}))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
