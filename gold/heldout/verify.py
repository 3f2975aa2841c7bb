#!/usr/bin/env python3
"""Verify the held-out quote gold set.

For every NN_slug.json next to this script, checks that:
  * the article file exists, decodes as UTF-8, has a headline line, a blank
    line, then paragraphs separated by blank lines, and is 250-450 words;
  * every quote has the required fields with the right types;
  * text[start:end] == quote["text"] (Python str offsets, end exclusive);
  * each span starts with an opening quote mark and ends with a closing one;
  * spans are sorted and do not overlap;
  * scare quotes have speaker null; partial and scare are not both true.
Exits non-zero on any failure.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OPEN = {'"', "“", "‘"}
CLOSE = {'"', "”", "’"}
REQUIRED = {"start": int, "end": int, "text": str, "partial": bool, "scare": bool}


def check(json_path):
    errs = []
    gold = json.load(open(json_path, encoding="utf-8"))
    name = gold.get("article")
    if name != os.path.basename(json_path)[:-5] + ".txt":
        errs.append(f"article field {name!r} does not match file name")
    with open(os.path.join(HERE, name), "rb") as fh:
        text = fh.read().decode("utf-8")  # same as open(f, encoding='utf-8').read() for LF files
    if text != open(os.path.join(HERE, name), encoding="utf-8").read():
        errs.append("text differs between binary decode and text-mode read (line endings?)")

    lines = text.split("\n")
    if not lines[0].strip() or lines[1] != "":
        errs.append("expected headline line followed by a blank line")
    words = len(text.split())
    if not 250 <= words <= 450:
        errs.append(f"word count {words} outside 250-450")

    prev_end = -1
    for i, q in enumerate(gold["quotes"]):
        tag = f"quote {i}"
        for k, typ in REQUIRED.items():
            if not isinstance(q.get(k), typ):
                errs.append(f"{tag}: field {k!r} missing or not {typ.__name__}")
        if "speaker" not in q or not (q["speaker"] is None or isinstance(q["speaker"], str)):
            errs.append(f"{tag}: speaker must be a string or null")
        s, e = q.get("start"), q.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"{tag}: bad offsets {s},{e}")
            continue
        if text[s:e] != q["text"]:
            errs.append(f"{tag}: text[{s}:{e}]={text[s:e]!r} != {q['text']!r}")
        if text[s] not in OPEN:
            errs.append(f"{tag}: does not start with an opening mark: {text[s]!r}")
        if text[e - 1] not in CLOSE:
            errs.append(f"{tag}: does not end with a closing mark: {text[e-1]!r}")
        if s < prev_end:
            errs.append(f"{tag}: overlaps or is out of order with previous quote")
        prev_end = e
        if q.get("scare") and q.get("speaker") is not None:
            errs.append(f"{tag}: scare quote must have speaker null")
        if q.get("scare") and q.get("partial"):
            errs.append(f"{tag}: partial and scare both true")
    return name, len(gold["quotes"]), words, errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json")))
    if not files:
        print("no gold files found")
        return 1
    bad = 0
    total = 0
    for jp in files:
        name, n, words, errs = check(jp)
        total += n
        status = "OK" if not errs else "FAIL"
        print(f"{status:4} {name}: {n} quotes, {words} words")
        for err in errs:
            print("     -", err)
        bad += bool(errs)
    txts = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.txt")))
    if len(txts) != len(files):
        print(f"FAIL: {len(txts)} articles but {len(files)} gold files")
        bad += 1
    print(f"{len(files)} articles, {total} quotes, {bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
