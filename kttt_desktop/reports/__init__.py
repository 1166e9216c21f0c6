"""Return snapshots rendered to files: Excel (openpyxl) and PDF (reportlab). Plain data in, file out."""
