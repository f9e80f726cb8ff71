#!/usr/bin/env python3
"""Reads an output folder as spreadsheet users and pandas users do, and reports what breaks.

    python3 scripts/check_spreadsheets.py OUTPUT_DIR [--soffice]

- pandas: every CSV file of datapackage.json read with the descriptor's types
  (keep_default_na=False, na_values=[""]); a value that does not fit its type is reported.
- analyze.xlsx (with --xlsx), read with openpyxl: text columns hold text (a term such as
  05 or nan stays text), number columns numbers, and no cell is a formula.
- --soffice: each CSV file converted by LibreOffice headless (soffice --convert-to xlsx) and
  read back, with its default CSV import and with the UTF-8 import (--infilter=CSV:44,34,UTF8):
  no cell may be a formula either way, and the UTF-8 import must show no mojibake. The
  default import of LibreOffice 7.4 reads Windows-1252 and ignores the byte-order mark, so
  its mojibake is only counted (Excel's double-click honours the mark; --xlsx needs none).

Needs pandas and openpyxl (and LibreOffice for --soffice). Exit status 1 when a check fails.
"""
import json
import os
import subprocess
import sys
import tempfile

import openpyxl
import pandas as pd

MOJIBAKE = ("Ã", "Â£", "â€")


def main():
    folder = sys.argv[1]
    use_soffice = "--soffice" in sys.argv[2:]
    package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
    failures = []
    dtypes = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}
    for resource in package["resources"]:
        path = os.path.join(folder, resource["path"])
        fields = resource["schema"]["fields"]
        types = {f["name"]: dtypes[f["type"]] for f in fields if f["type"] != "boolean"}
        booleans = [f["name"] for f in fields if f["type"] == "boolean"]
        try:
            frame = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype=types,
                                encoding=resource["encoding"], true_values=["true"], false_values=["false"])
        except Exception as error:  # noqa: BLE001 - report any reading problem
            failures.append(f"pandas: {resource['path']}: {error}")
            continue
        if list(frame.columns) != [f["name"] for f in fields]:
            failures.append(f"pandas: {resource['path']}: columns differ from the descriptor")
        for name in booleans:
            if not frame[name].dropna().isin([True, False]).all():
                failures.append(f"pandas: {resource['path']}: {name} is not boolean")
        print(f"pandas: {resource['path']}: {len(frame)} rows read with the descriptor's types")

    workbook_path = os.path.join(folder, "analyze.xlsx")
    if os.path.exists(workbook_path):
        workbook = openpyxl.load_workbook(workbook_path, read_only=True)
        for resource in package["resources"]:
            sheet = workbook[resource["name"]]
            fields = resource["schema"]["fields"]
            checked = 0
            for row in sheet.iter_rows(min_row=2, values_only=False):
                for cell, field in zip(row, fields):
                    if cell.value is None:
                        continue
                    if cell.data_type == "f":
                        failures.append(f"xlsx: {resource['name']}!{cell.coordinate} is a formula")
                    if field["type"] == "string" and not isinstance(cell.value, str):
                        failures.append(f"xlsx: {resource['name']}!{cell.coordinate} ({field['name']}) is not text: {cell.value!r}")
                    if field["type"] in ("integer", "number") and not isinstance(cell.value, (int, float)) and cell.value not in ("inf", "-inf"):
                        failures.append(f"xlsx: {resource['name']}!{cell.coordinate} ({field['name']}) is not a number: {cell.value!r}")
                    checked += 1
            print(f"xlsx: {resource['name']}: {checked} cells of the right type")

    if use_soffice:
        with tempfile.TemporaryDirectory() as scratch:
            for resource in package["resources"]:
                source = os.path.join(folder, resource["path"])
                for name, options in (("default import", []), ("UTF-8 import", ["--infilter=CSV:44,34,UTF8"])):
                    subprocess.run(["soffice", "--headless", *options, "--convert-to", "xlsx", "--outdir", scratch, source],
                                   check=True, capture_output=True)
                    converted = os.path.join(scratch, resource["path"][:-4] + ".xlsx")
                    sheet = openpyxl.load_workbook(converted, read_only=True).active
                    formulas = mojibake = 0
                    for row in sheet.iter_rows():
                        for cell in row:
                            if cell.data_type == "f":
                                formulas += 1
                            if isinstance(cell.value, str) and any(m in cell.value for m in MOJIBAKE):
                                mojibake += 1
                    if formulas:
                        failures.append(f"soffice ({name}): {resource['path']}: {formulas} cells read as formulas")
                    if mojibake and options:
                        failures.append(f"soffice ({name}): {resource['path']}: {mojibake} cells with mojibake")
                    print(f"soffice ({name}): {resource['path']}: {formulas} formulas, {mojibake} cells with mojibake")
                    os.remove(converted)
    for failure in failures[:50]:
        print("FAIL", failure)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
