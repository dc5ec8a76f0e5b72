"""One module per tag: its operations' table rows and resource classes (see ../operations.py).

Generated from spec/openapi.yaml by codegen. Do not edit.
"""
