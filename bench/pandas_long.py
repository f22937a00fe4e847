"""The peer for the long CBS table: what an analyst would script in pandas to read the export Koers reads.

Reads the StatLine-like export (title and blank row above the header, a source line below; openpyxl engine),
reads the periods ("2024*" is provisional 2024) and the values ("." is unknown), makes one series per
category and region with a value per year, and computes for every series the change in its last year and
the direction of its trend (least-squares slope over the years). Less than Koers does on it: no detection of
the layout, no validation, no privacy scan, no significance tests, no subtotals. Prints JSON with its own
timing and peak memory.

Usage: python3 bench/pandas_long.py <long.xlsx>
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd


def main(source: str) -> None:
    started = time.perf_counter()
    table = pd.read_excel(source, engine="openpyxl", skiprows=2)
    table.columns = ["category", "period", "region", "value"]
    table = table.dropna(subset=["period", "region"])
    table["year"] = table["period"].astype(str).str.rstrip("*").astype(int)
    table["value"] = pd.to_numeric(table["value"], errors="coerce")
    series = table.pivot_table(index=["category", "region"], columns="year", values="value", aggfunc="sum")
    years = np.array(series.columns, dtype=float)
    values = series.to_numpy(dtype=float)
    last, before = values[:, -1], values[:, -2]
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.where(before > 0, (last - before) / before * 100, np.nan)
    centred = years - years.mean()
    filled = np.where(np.isnan(values), np.nanmean(values, axis=1, keepdims=True), values)
    slope = (filled * centred).sum(axis=1) / (centred**2).sum()
    result = pd.DataFrame({"change": change, "slope": slope}, index=series.index)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "series": len(result),
                "rising": int((result["slope"] > 0).sum()),
                "maxRssMb": round(peak_kb / 1024),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
