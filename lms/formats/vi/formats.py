"""Vietnamese dates read inside a sentence: "3 tháng 12 năm 2026" (Django's own
format starts with a capitalized "Ngày" and a leading zero)."""

DATE_FORMAT = r"j \t\há\n\g n \nă\m Y"
DATETIME_FORMAT = r"H:i, j \t\há\n\g n \nă\m Y"
