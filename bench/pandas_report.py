"""The peer Koers is measured against: the report an analyst would script in pandas today.

Does the CLI's job on the same workbook, without the privacy scan and validation Koers adds: reads the
activity list and the figures (openpyxl engine), reads each planning as its end date (dates, quarters,
months, "eind 2025", years, ranges; "doorlopend" has none), counts statuses per priority with % on track,
lists the overdue activities (planned end before the report date and not done), computes the year-on-year
changes of every category, and writes a summary workbook (Overzicht, Achterstallig, Trends).
Prints JSON with its own timing and peak memory.

Usage: python3 bench/pandas_report.py <workbook.xlsx> <summary.xlsx> [report date, default 2025-09-30]
"""
import calendar
import json
import re
import resource
import sys
import time

import pandas as pd

STATUS = {
    "afgerond": "done",
    "gereed": "done",
    "loopt volgens planning": "onTrack",
    "op schema": "onTrack",
    "vertraagd": "delayed",
    "loopt achter": "delayed",
    "niet gestart": "notStarted",
}
ON_TRACK = {"done", "onTrack"}
MONTHS = {name: index + 1 for index, name in enumerate(
    "januari februari maart april mei juni juli augustus september oktober november december".split())}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
QUARTER = re.compile(r"q([1-4])")
DATE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
YEAR = re.compile(r"(19|20)\d{2}")


def month_end(year: int, month: int) -> pd.Timestamp:
    return pd.Timestamp(year, month, calendar.monthrange(year, month)[1])


def planned_end(text) -> pd.Timestamp:
    """End date of a planning text; NaT for "doorlopend" and what cannot be read (the last mention wins)."""
    if not isinstance(text, str):
        return pd.NaT if pd.isna(text) else pd.Timestamp(text)
    lowered = text.strip().lower()
    if lowered.startswith(("doorlopend", "continu", "structureel")):
        return pd.NaT
    date = DATE.search(lowered)
    if date:
        return pd.Timestamp(int(date[3]), int(date[2]), int(date[1]))
    years = [int(match[0]) for match in YEAR.finditer(lowered)]
    if not years:
        return pd.NaT
    year = years[-1]
    quarters = QUARTER.findall(lowered)
    if quarters:
        return month_end(year, 3 * int(quarters[-1]))
    for word in reversed(re.findall(r"[a-z]+", lowered)):
        if word in MONTHS:
            return month_end(year, MONTHS[word])
        if word in ("begin", "medio"):
            return month_end(year, 3 if word == "begin" else 6)
    return pd.Timestamp(year, 12, 31)


def main(source: str, target: str, report_date: str) -> None:
    started = time.perf_counter()
    activities = pd.read_excel(source, sheet_name="Activiteiten", engine="openpyxl", dtype={"Nr": str})
    figures = pd.read_excel(source, sheet_name="Cijfers", engine="openpyxl")

    activities["status"] = activities["Status"].astype(str).str.strip().str.lower().map(STATUS).fillna("unknown")
    plannings = activities["Planning"]
    ends = {value: planned_end(value) for value in plannings.dropna().unique()}
    activities["eind"] = pd.to_datetime(plannings.map(ends))
    overdue_mask = (activities["eind"] < pd.Timestamp(report_date)) & (activities["status"] != "done")
    activities["opSchema"] = activities["status"].isin(ON_TRACK)

    per_group = pd.crosstab(activities["Prioriteit"], activities["status"])
    per_group["totaal"] = per_group.sum(axis=1)
    per_group["% op schema"] = (activities.groupby("Prioriteit")["opSchema"].mean() * 100).round(1)
    per_group["achterstallig"] = overdue_mask.groupby(activities["Prioriteit"]).sum()
    overdue = activities.loc[overdue_mask, ["Nr", "Prioriteit", "Activiteit", "Planning", "Status", "eind"]]
    overdue = overdue.sort_values(["eind", "Nr"])

    years = [column for column in figures.columns if column != "Categorie"]
    values = figures.set_index("Categorie")[years]
    changes = values.pct_change(axis=1) * 100
    changes = changes.replace([float("inf"), float("-inf")], float("nan"))
    trends = pd.DataFrame({
        "laatste jaar": values[years[-1]],
        "vorig jaar": values[years[-2]],
        "verandering %": changes[years[-1]].round(1),
    })

    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        per_group.to_excel(writer, sheet_name="Overzicht")
        overdue.to_excel(writer, sheet_name="Achterstallig", index=False)
        trends.to_excel(writer, sheet_name="Trends")
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "seconds": round(elapsed, 3),
        "maxRssMb": round(peak_kb / 1024, 1),
        "onTrackPct": round(activities["opSchema"].mean() * 100, 1),
        "overdue": int(overdue_mask.sum()),
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "2025-09-30")
