#!/usr/bin/python3
"""Executes notebooks/ner_endpoint.ipynb headless in LOCAL mode against a running container
(LOCAL_URL, default http://localhost:8080), and checks the committed copy has no outputs.
Keeps the executed notebook, outputs and plot included, as target/notebook/ner_endpoint.executed.ipynb
and the plot as target/notebook/labels.png (matplotlib's inline backend, as in Jupyter).
Uses Debian's python3-nbclient, python3-ipykernel, python3-boto3 and python3-matplotlib."""
import base64
import os
import sys

import nbformat
from nbclient import NotebookClient

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "notebooks", "ner_endpoint.ipynb")
nb = nbformat.read(path, as_version=4)
dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
if dirty:
    sys.exit(f"notebooks/ner_endpoint.ipynb is committed with outputs in cells {dirty}; clear them before commit")
os.environ["LOCAL"] = "1"
# No MPLBACKEND=Agg: the kernel's inline backend turns plt.show() into an image/png output, as in Jupyter.
os.environ.pop("MPLBACKEND", None)
out_dir = os.path.join(os.path.dirname(path), "..", "target", "notebook")
os.makedirs(out_dir, exist_ok=True)
executed = os.path.join(out_dir, "ner_endpoint.executed.ipynb")
try:
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": os.path.dirname(path)}}).execute()
finally:
    nbformat.write(nb, executed)  # kept even when a cell fails, to see where
print(f"executed notebook: {os.path.normpath(executed)}")
pngs = [o["data"]["image/png"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
        if o.output_type == "display_data" and "image/png" in o.get("data", {})]
if not pngs:
    sys.exit("notebook ran but its plot cell produced no image/png output")
png = os.path.join(out_dir, "labels.png")
with open(png, "wb") as f:
    f.write(base64.b64decode(pngs[-1]))
print(f"plot: {os.path.normpath(png)}")
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
if errors:
    sys.exit(f"notebook failed: {errors[0]['ename']}: {errors[0]['evalue']}")
print(f"notebook ran in LOCAL mode: {sum(c.cell_type == 'code' for c in nb.cells)} code cells, no errors")
