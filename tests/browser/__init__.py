"""Browser tests: what a student sees in JupyterLab and in the newslab app, in a real Chromium."""
