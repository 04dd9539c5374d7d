"""What Django's Arabic formats leave out (the rest comes from Django's own)."""

DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y g:i A"
