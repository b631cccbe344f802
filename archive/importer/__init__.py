"""Readers that turn files in outside formats into articles, and the import that stores them.

Entry points: `import_files(archive_path, paths)` (opens the archive; wrap it with a backup) and
`run_import(store, paths)`, both generators of ImportProgress; `list_imports`/`remove_import`.
"""
