"""CSV and XLSX downloads through Wagtail's spreadsheet export, with formula injection
neutralized: a cell that begins with =, +, -, @, a tab or a carriage return is written
with a leading apostrophe, so a spreadsheet shows it as text instead of running it.
CSV starts with a byte-order mark: without it Excel reads UTF-8 as a Windows code page
and names in Vietnamese, Chinese or Arabic come out garbled."""

from django.utils.http import content_disposition_header
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

    def stream_csv(self, queryset):
        yield UTF8_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        # Wagtail writes the name as is: one outside ASCII (an organization named in
        # Vietnamese) would turn the whole header into an encoded word browsers ignore.
        response["Content-Disposition"] = content_disposition_header(
            True, f"{self.export_filename}.csv"
        )
        return response


UTF8_BOM = "\ufeff"


def spreadsheet_response(rows, *, columns, filename, spreadsheet_format):
    return TableExport(columns=columns, filename=filename).as_spreadsheet(
        rows, spreadsheet_format
    )
