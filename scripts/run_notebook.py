#!/usr/bin/python3
"""Executes notebooks/ner_endpoint.ipynb headless in LOCAL mode against a running container
(LOCAL_URL, default http://localhost:8080), and checks the committed copy has no outputs.
Uses Debian's python3-nbclient, python3-ipykernel, python3-boto3 and python3-matplotlib."""
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
os.environ.setdefault("MPLBACKEND", "Agg")
NotebookClient(nb, timeout=300, kernel_name="python3",
               resources={"metadata": {"path": os.path.dirname(path)}}).execute()
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
if errors:
    sys.exit(f"notebook failed: {errors[0]['ename']}: {errors[0]['evalue']}")
print(f"notebook ran in LOCAL mode: {sum(c.cell_type == 'code' for c in nb.cells)} code cells, no errors")
