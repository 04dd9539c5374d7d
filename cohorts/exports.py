"""CSV and XLSX downloads through Wagtail's spreadsheet export, with formula injection
neutralized: a cell that begins with =, +, -, @, a tab or a carriage return is written
with a leading apostrophe, so a spreadsheet shows it as text instead of running it."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class TableExport(SpreadsheetExportMixin):
    """Rows (dicts) with the given columns ({key: heading}) as a spreadsheet."""

    def __init__(self, *, columns: dict, filename: str):
        self.list_export = list(columns)
        self.export_headings = {
            key: neutralize(str(heading)) for key, heading in columns.items()
        }
        self.export_filename = filename

    def to_row_dict(self, item):
        return {key: item.get(key, "") for key in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        return neutralize(super().preprocess_field_value(field, value, export_format))


def spreadsheet_response(rows, *, columns, filename, spreadsheet_format):
    return TableExport(columns=columns, filename=filename).as_spreadsheet(
        rows, spreadsheet_format
    )
