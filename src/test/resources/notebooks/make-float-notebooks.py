"""Writes the float fixtures with nbformat, as Jupyter saves notebooks.

Run from this folder: /usr/bin/python3 make-float-notebooks.py   (Debian's python3-nbformat)
"""
import math
import random
import struct

import nbformat

nb = nbformat.v4.new_notebook()
nb.metadata["tablebook_test"] = {
    "tiny": 1e-05, "small": 0.0001, "huge": 1.5e300, "integral": 12345678.0, "big_integral": 1e16,
    "below_1e16": 9999999999999998.0, "negative_zero": -0.0, "point_three": 0.1 + 0.2,
    "min_subnormal": 5e-324, "max": 1.7976931348623157e308, "nan": float("nan"), "inf": float("inf"),
    "minus_inf": float("-inf"), "big_int": 2**200, "minus_big_int": -(2**64) - 1,
    "mixed": [0.5, -1.25e-10, 100.0, 3],
}
cell = nbformat.v4.new_code_cell("Math.PI", id="0a1b2c3d", execution_count=1)
cell.outputs = [nbformat.v4.new_output(
    "execute_result", execution_count=1, metadata={"scale": 2.5e-08},
    data={"text/plain": "3.141592653589793", "application/json": {
        "pi": 3.141592653589793, "e": 2.718281828459045, "third": 1 / 3, "avogadro": 6.02214076e23,
        "planck": 6.62607015e-34, "two_thirds_neg": -2 / 3}})]
nb.cells = [nbformat.v4.new_markdown_cell("Floats as Jupyter writes them", id="9f8e7d6c"), cell]
nbformat.write(nb, "floats-by-nbformat.ipynb")

# Hard cases for shortest digits: powers of two (uneven gaps) and of ten, their neighbours, random bits.
random.seed(20240517)
values = []
for e in range(-1074, 1024, 7):
    x = math.ldexp(1.0, e)
    values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for e in range(-323, 309, 3):
    x = float("1e%d" % e)
    values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for _ in range(1000):
    x = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    values.append(x)
values += [round(random.uniform(-1000, 1000), random.randint(0, 6)) for _ in range(300)]
hard = nbformat.v4.new_notebook()
hard.metadata["tablebook_test"] = {"floats": values}
nbformat.write(hard, "hard-floats-by-nbformat.ipynb")
