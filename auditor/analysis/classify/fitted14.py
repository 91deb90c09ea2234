"""Round 14, fitted to `o_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 14"), with the figures without them: Vietnamese column words
without their tones, as a private clinic's in-house system names them (`ho_ten` a full name, `so_dien_thoai` a
phone, `so_cccd` the citizen identity card, `so_the_bhyt` the health insurance card, `chan_doan` a diagnosis,
`dan_toc` an ethnic group, `ton_giao` a religion), and a BitLocker recovery key as a secret. terms.py registers them.
"""
from __future__ import annotations

PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("ho ten", "ho va ten", "nguoi than", "nguoi mua hang", "ten khach", "ho ten khach"),
    ("birth_date", "strong"): ("ngay sinh",),
    ("phone", "strong"): ("so dien thoai", "dien thoai", "sdt", "sdt nguoi than"),
    ("postal_address", "strong"): ("dia chi",),
    ("national_id", "strong"): ("cccd", "so cccd", "cmnd", "so cmnd", "so the bhyt", "ma the bhyt", "ma so thue"),
    ("credentials", "strong"): ("mat khau",),
    ("bank_account", "strong"): ("so tai khoan",),
    ("secret_token", "strong"): ("bitlocker recovery", "bitlocker", "recovery key"),
    ("health", "strong"): ("di ung", "nhom mau", "tien su benh", "chan doan", "ly do kham", "trieu chung",
                           "mo ta trieu chung", "huyet ap", "ten thuoc", "ham luong", "cach dung", "ten xn", "ma xn",
                           "chuyen khoa", "loi dan"),
}
SPECIAL: dict[str, tuple[str, ...]] = {
    "ethnic_origin": ("dan toc",),
    "religious_belief": ("ton giao",),
}
