#!/usr/bin/env python3
"""What each chart output costs in the committed notebooks: bytes of its Plotly JSON, Vega-Lite spec, SVG and base64 PNG.

Usage: python3 src/bench/chart_bytes.py notebooks/*.ipynb
"""
import json
import sys


def text(value):
    return "".join(value) if isinstance(value, list) else value


def main(paths):
    totals = {"plotly": 0, "vegalite": 0, "svg": 0, "png": 0}
    print("| notebook | chart | Plotly JSON | Vega-Lite | SVG | PNG (base64) |")
    print("|---|---|---:|---:|---:|---:|")
    for path in paths:
        with open(path, encoding="utf-8") as f:
            notebook = json.load(f)
        for cell in notebook["cells"]:
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if "application/vnd.plotly.v1+json" not in data:
                    continue
                sizes = {
                    "plotly": len(json.dumps(data["application/vnd.plotly.v1+json"])),
                    "vegalite": len(json.dumps(data["application/vnd.vegalite.v5+json"])) if "application/vnd.vegalite.v5+json" in data else 0,
                    "svg": len(text(data.get("image/svg+xml", "")).encode("utf-8")),
                    "png": len(text(data.get("image/png", ""))),
                }
                for key, size in sizes.items():
                    totals[key] += size
                title = text(data["text/plain"]).split(":")[0]
                print(f"| {path.split('/')[-1]} | {title} | {sizes['plotly']:,} | {sizes['vegalite']:,} | {sizes['svg']:,} | {sizes['png']:,} |")
    print(f"| total | | {totals['plotly']:,} | {totals['vegalite']:,} | {totals['svg']:,} | {totals['png']:,} |")


if __name__ == "__main__":
    main(sys.argv[1:])
