"""Makes a new key sign the site's Open Badges credentials from now on. Older keys
stay published, so what they signed still verifies; --keep N drops all but the N
newest (credentials signed by a dropped key then no longer verify)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.credential_keys import rotate_signing_key, signing_keys


class Command(BaseCommand):
    help = "Generate a new Ed25519 key for signing credentials; keep the older ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep",
            type=int,
            default=None,
            help="Keep only this many keys, the new one included (default: all).",
        )

    def handle(self, *args, keep=None, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1: the new key is kept.")
        key = rotate_signing_key(keep=keep)
        self.stdout.write(
            f"New signing key {key.kid}; {len(signing_keys())} key(s) published, "
            f"in {settings.CREDENTIAL_SIGNING_KEYS_FILE}."
        )
