"""Background work of accounts: preparing a person's data download."""

from django_tasks import task

from . import services
from .models import DataExport


@task()
def prepare_data_export(*, export_id: int):
    # Gone meanwhile (the account was deleted): nothing to prepare.
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is not None:
        services.data_export_prepare(export=export)
