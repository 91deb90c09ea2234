"""o_phongkham: a private general clinic (phòng khám đa khoa) in Ho Chi Minh City, an in-house PHP/Laravel system:
Vietnamese snake_case names without diacritics, Vietnamese values with them."""
from __future__ import annotations

import json

from .blind12_gens import Row, chars, day, digits, fk, fkey, fold, ipv4_public, num, opt, pick, stamp, template, HEX
from .gens import Col as C
from .gens import Table as T

S = "o_phongkham"
HO = ("Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
      "Dương", "Lý", "Trương", "Đinh", "Lâm")
DEM_M = ("Văn", "Minh", "Thanh", "Hữu", "Đức", "Quốc", "Gia", "Hoàng", "Công", "Tấn")
DEM_F = ("Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Hoài", "Bảo", "Mỹ", "Phương")
TEN_M = ("Anh", "Hùng", "Dũng", "Tuấn", "Nam", "Phong", "Khoa", "Long", "Huy", "Quang", "Sơn", "Trung", "Bình", "Hải",
         "Tài", "Khang", "Phúc", "Thịnh", "Vinh", "Lộc")
TEN_F = ("Lan", "Hương", "Mai", "Linh", "Trang", "Hạnh", "Thảo", "Ngân", "Vy", "Nhung", "Phương", "Yến", "Hoa",
         "Thủy", "Trâm", "Uyên", "Hằng", "Tiên", "Nhi", "Quyên")
DUONG = ("Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Cách Mạng Tháng Tám", "Điện Biên Phủ", "Võ Văn Tần",
         "Lý Thường Kiệt", "Hai Bà Trưng", "Nguyễn Đình Chiểu", "Phan Xích Long", "Lê Văn Sỹ", "Hoàng Văn Thụ",
         "Nguyễn Văn Cừ", "Âu Cơ", "Quang Trung", "Phạm Văn Đồng", "Bùi Đình Túy", "Xô Viết Nghệ Tĩnh")
QUAN = ("Quận 1", "Quận 3", "Quận 5", "Quận 10", "Quận Bình Thạnh", "Quận Phú Nhuận", "Quận Tân Bình", "Quận Gò Vấp",
        "TP Thủ Đức", "Quận Tân Phú", "Huyện Bình Chánh")
TINH = (("079", "79", "TP. Hồ Chí Minh"), ("079", "79", "TP. Hồ Chí Minh"), ("079", "79", "TP. Hồ Chí Minh"),
        ("075", "75", "Đồng Nai"), ("074", "74", "Bình Dương"), ("080", "80", "Long An"), ("083", "83", "Bến Tre"),
        ("089", "89", "An Giang"), ("052", "52", "Bình Định"), ("046", "46", "Huế"))
MAILS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com")


def _nguoi(c, i, y0=1940, y1=2022):
    nam = c.r.random() < 0.5
    ho, dem, ten = c.r.choice(HO), c.r.choice(DEM_M if nam else DEM_F), c.r.choice(TEN_M if nam else TEN_F)
    birth = day(y0, y1)(c, i)
    tinh, quan = c.r.choice(TINH), c.r.choice(QUAN)
    sex_digit = (0 if nam else 1) + (2 if birth.year >= 2000 else 0)
    return {"ho_ten": f"{ho} {dem} {ten}", "ten": ten, "nam": nam, "birth": birth,
            "cccd": f"{tinh[0]}{sex_digit}{birth.strftime('%y')}{digits(c, 6)}",
            "bhyt": f"{c.r.choice(('DN', 'HC', 'HT', 'GD', 'TE', 'HS', 'SV', 'CN'))}{c.r.randint(1, 5)}{tinh[1]}{digits(c, 10)}",
            "sdt": f"0{c.r.choice(('90', '93', '98', '97', '91', '94', '70', '77', '86', '38', '35'))}{digits(c, 7)}",
            "dia_chi": f"{c.r.randint(1, 450)}{c.r.choice(('', '', '/' + str(c.r.randint(2, 40)), 'A'))} {c.r.choice(DUONG)}, "
                       f"Phường {c.r.randint(1, 15)}, {quan}",
            "quan": quan, "tinh": "TP. Hồ Chí Minh",
            "email": f"{fold(ten)}{fold(ho)}{c.r.choice(('', str(birth.year), str(c.r.randint(1, 99))))}@{c.r.choice(MAILS)}"}


DAN_TOC = ("Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Chăm", "Tày")
TON_GIAO = ("Không", "Không", "Không", "Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo", "Tin Lành")
TIEN_SU = ("Tăng huyết áp", "Đái tháo đường type 2", "Viêm dạ dày", "Hen phế quản", "Không", "Không", "Viêm gan B mạn",
           "Mổ ruột thừa 2015", "Rối loạn lipid máu")


def _benh_nhan():
    p = Row(_nguoi)
    q = Row(lambda c, i: _nguoi(c, i, 1950, 2000))
    cols = [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
            C("ma_benh_nhan", "varchar(12)", "none", lambda c, i: f"BN{c.r.randint(21, 25)}{i:05d}"),
            C("ho_ten", "varchar(100)", "person_name", p("ho_ten")),
            C("ngay_sinh", "date", "birth_date", p("birth")),
            C("gioi_tinh", "varchar(5)", "none", p.f(lambda d: "Nam" if d["nam"] else "Nữ")),
            C("so_cccd", "varchar(12)", "national_id", opt(0.85, p("cccd"))),
            C("so_the_bhyt", "varchar(15)", "national_id", opt(0.6, p("bhyt"))),
            C("han_the_bhyt", "date", "none", opt(0.6, day(2025, 2026))),
            C("noi_dkkcb", "varchar(10)", "none", opt(0.6, pick("79-071", "79-024", "79-553", "75-011"))),
            C("dia_chi", "varchar(200)", "postal_address", p("dia_chi")),
            C("quan_huyen", "varchar(50)", "none", p("quan")),
            C("tinh_thanh", "varchar(50)", "none", p("tinh")),
            C("so_dien_thoai", "varchar(15)", "phone", p("sdt")),
            C("email", "varchar(100)", "email", opt(0.4, p("email"))),
            C("nghe_nghiep", "varchar(50)", "none", pick("Nhân viên văn phòng", "Công nhân", "Học sinh", "Buôn bán",
                                                        "Hưu trí", "Nội trợ", "Giáo viên", "Tài xế")),
            C("dan_toc", "varchar(20)", "ethnic_origin", pick(*DAN_TOC)),
            C("ton_giao", "varchar(20)", "religious_belief", pick(*TON_GIAO)),
            C("nguoi_than", "varchar(100)", "person_name", opt(0.6, q("ho_ten"))),
            C("sdt_nguoi_than", "varchar(15)", "phone", opt(0.6, q("sdt"))),
            C("tien_su_benh", "text", "health", pick(*TIEN_SU)),
            C("di_ung", "varchar(100)", "health", pick("Không", "Không", "Không", "Penicillin", "Hải sản", "Aspirin")),
            C("nhom_mau", "varchar(4)", "health", opt(0.4, pick("O+", "A+", "B+", "AB+", "O-"))),
            C("zalo_uid", "varchar(20)", "none", opt(0.5, lambda c, i: digits(c, 19))),
            C("ngay_tao", "timestamp", "none", stamp(2021, 2025, False))]
    return T(S, "benh_nhan", cols, rows=120)


def _nhan_vien():
    p = Row(lambda c, i: _nguoi(c, i, 1960, 2001))
    cols = [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
            C("ma_nv", "varchar(8)", "none", lambda c, i: f"NV{i:04d}"),
            C("ho_ten", "varchar(100)", "person_name", p("ho_ten")),
            C("ngay_sinh", "date", "birth_date", p("birth")),
            C("chuc_danh", "varchar(30)", "none", pick("BS.CKI", "BS.CKII", "ThS.BS", "Điều dưỡng", "KTV xét nghiệm",
                                                      "Dược sĩ", "Lễ tân", "Thu ngân")),
            C("khoa", "varchar(40)", "none", pick("Nội tổng quát", "Nhi", "Sản phụ khoa", "Tai mũi họng", "Da liễu",
                                                 "Xét nghiệm", "Chẩn đoán hình ảnh", "Hành chính")),
            C("so_cchn", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1000, 99999)}/HCM-CCHN"),
            C("so_dien_thoai", "varchar(15)", "phone", p("sdt")),
            C("email", "varchar(100)", "email", p.f(lambda d: d["email"].split("@")[0] + "@phongkhamanphuc.vn")),
            C("ten_dang_nhap", "varchar(30)", "none", p.f(lambda d: d["email"].split("@")[0])),
            C("mat_khau", "varchar(32)", "credentials", lambda c, i: "".join(c.r.choice(HEX) for _ in range(32))),
            C("so_tai_khoan", "varchar(20)", "bank_account", lambda c, i: digits(c, c.r.choice((10, 13, 14)))),
            C("ngan_hang", "varchar(30)", "none", pick("Vietcombank", "Techcombank", "ACB", "BIDV", "MB Bank")),
            C("ma_so_thue", "varchar(10)", "national_id", lambda c, i: f"8{digits(c, 9)}")]
    return T(S, "nhan_vien", cols, rows=80)


CHAN_DOAN = (("J02.9", "Viêm họng cấp"), ("I10", "Tăng huyết áp vô căn"), ("E11.9", "Đái tháo đường type 2"),
             ("K29.7", "Viêm dạ dày"), ("J20.9", "Viêm phế quản cấp"), ("L20.9", "Viêm da cơ địa"),
             ("O80", "Thai kỳ bình thường"), ("A90", "Sốt xuất huyết Dengue"), ("N39.0", "Nhiễm trùng tiểu"),
             ("H66.9", "Viêm tai giữa"), ("F41.1", "Rối loạn lo âu lan tỏa"), ("B18.1", "Viêm gan B mạn"))


def _luot_kham():
    dx = Row(lambda c, i: {"dx": c.r.choice(CHAN_DOAN)})
    cols = [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
            C("benh_nhan_id", "bigint", "none", fk(120)),
            C("bac_si_id", "bigint", "none", fk(80)),
            C("ngay_kham", "timestamp", "none", stamp(2023, 2025, False)),
            C("ly_do_kham", "varchar(200)", "health", pick("Sốt 2 ngày", "Ho, đau họng", "Khám thai định kỳ",
                                                          "Đau bụng thượng vị", "Nổi mẩn ngứa", "Tái khám huyết áp",
                                                          "Đau tai", "Tiểu buốt")),
            C("mach", "smallint", "health", num(60, 110)),
            C("huyet_ap", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 170)}/{c.r.randint(60, 100)}"),
            C("nhiet_do", "numeric(3,1)", "health", lambda c, i: round(c.r.uniform(36.2, 39.8), 1)),
            C("can_nang", "numeric(4,1)", "health", lambda c, i: round(c.r.uniform(8, 95), 1)),
            C("chieu_cao", "smallint", "health", num(70, 185)),
            C("chan_doan", "varchar(200)", "health", dx.f(lambda d: d["dx"][1])),
            C("ma_icd", "varchar(10)", "health", dx.f(lambda d: d["dx"][0])),
            C("loi_dan", "text", "health", pick("Uống nhiều nước, nghỉ ngơi", "Ăn nhạt, tái khám sau 1 tháng",
                                               "Tránh thức ăn cay nóng", "Theo dõi nhiệt độ, tái khám nếu sốt cao")),
            C("ngay_tai_kham", "date", "none", opt(0.4, day(2024, 2025))),
            C("doi_tuong", "varchar(10)", "none", pick("BHYT", "Dịch vụ", "Dịch vụ")),
            C("trang_thai", "varchar(20)", "none", pick("Hoàn thành", "Đang khám", "Chờ kết quả"))]
    return T(S, "luot_kham", cols, rows=150, extra=[fkey(S, "luot_kham", "benh_nhan_id", "benh_nhan"),
                                                    fkey(S, "luot_kham", "bac_si_id", "nhan_vien")])


XN = (("HEM-CBC", "Tổng phân tích tế bào máu", "WBC 7.2", "G/L"), ("BIO-GLU", "Glucose máu", "6.8", "mmol/L"),
      ("BIO-HBA1C", "HbA1c", "7.4", "%"), ("IMM-HBSAG", "HBsAg nhanh", "Dương tính", ""),
      ("IMM-HIV", "HIV Ag/Ab", "Âm tính", ""), ("IMM-NS1", "Dengue NS1", "Dương tính", ""),
      ("BIO-CHOL", "Cholesterol toàn phần", "6.1", "mmol/L"), ("URI-10", "Tổng phân tích nước tiểu", "LEU 2+", ""),
      ("IMM-BHCG", "Beta hCG", "1250", "mIU/mL"))
THUOC = (("Paracetamol", "500mg", "Ngày uống 3 lần, mỗi lần 1 viên khi sốt"), ("Amoxicillin", "500mg", "Uống 2 lần/ngày sau ăn"),
         ("Amlodipin", "5mg", "Uống 1 viên buổi sáng"), ("Metformin", "850mg", "Uống 2 lần sau ăn sáng, tối"),
         ("Omeprazol", "20mg", "Uống trước ăn sáng 30 phút"), ("Loratadin", "10mg", "Uống 1 viên trước ngủ"),
         ("Entecavir", "0.5mg", "Uống 1 viên lúc đói"), ("Sắt + Acid folic", "60mg/0.4mg", "Uống 1 viên/ngày"))


def _xet_nghiem_don_thuoc():
    x = Row(lambda c, i: {"x": c.r.choice(XN)})
    xn = T(S, "ket_qua_xet_nghiem", [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        C("luot_kham_id", "bigint", "none", fk(150)),
        C("ma_xn", "varchar(12)", "health", x.f(lambda d: d["x"][0])),
        C("ten_xn", "varchar(80)", "health", x.f(lambda d: d["x"][1])),
        C("ket_qua", "varchar(40)", "health", x.f(lambda d: d["x"][2])),
        C("don_vi", "varchar(10)", "none", x.f(lambda d: d["x"][3])),
        C("ngay_tra_kq", "timestamp", "none", stamp(2023, 2025, False)),
        C("ktv_id", "bigint", "none", fk(80))], rows=150,
        extra=[fkey(S, "ket_qua_xet_nghiem", "luot_kham_id", "luot_kham"), fkey(S, "ket_qua_xet_nghiem", "ktv_id", "nhan_vien")])
    t = Row(lambda c, i: {"t": c.r.choice(THUOC)})
    dt_ = T(S, "don_thuoc", [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        C("luot_kham_id", "bigint", "none", fk(150)),
        C("ten_thuoc", "varchar(80)", "health", t.f(lambda d: d["t"][0])),
        C("ham_luong", "varchar(20)", "health", t.f(lambda d: d["t"][1])),
        C("so_luong", "smallint", "none", pick(10, 14, 20, 28, 30, 60)),
        C("cach_dung", "varchar(200)", "health", t.f(lambda d: d["t"][2])),
        C("don_gia", "numeric(12,0)", "none", pick(500, 1200, 3500, 8000, 15000))], rows=150,
        extra=[fkey(S, "don_thuoc", "luot_kham_id", "luot_kham")])
    return [xn, dt_]


LE_TAN = template("Gọi lại số {sdt} sau 17h", "Khách hẹn đổi sang thứ 7", "Chị {ten} đi cùng chồng",
                  "Đã nhắn Zalo xác nhận", "", "Khách quen, giảm 10%")


def _hoa_don_lich_hen_nhat_ky():
    p = Row(_nguoi)
    hd = T(S, "hoa_don", [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        C("so_hoa_don", "varchar(12)", "none", lambda c, i: f"C25TAP{i:06d}"),
        C("benh_nhan_id", "bigint", "none", fk(120)),
        C("ngay_lap", "timestamp", "none", stamp(2023, 2025, False)),
        C("tong_tien", "numeric(12,0)", "none", lambda c, i: c.r.randint(15, 900) * 1000),
        C("bhyt_chi_tra", "numeric(12,0)", "none", lambda c, i: c.r.randint(0, 300) * 1000),
        C("hinh_thuc_tt", "varchar(20)", "none", pick("Tiền mặt", "Chuyển khoản", "MoMo", "VNPay", "Thẻ")),
        C("ma_giao_dich", "varchar(30)", "none", opt(0.6, chars(12, "0123456789", "FT"))),
        C("nguoi_mua_hang", "varchar(100)", "person_name", p("ho_ten")),
        C("mst_nguoi_mua", "varchar(14)", "none", opt(0.3, lambda c, i: f"03{digits(c, 8)}" + c.r.choice(("", "-001")))),
        C("email_nhan_hd", "varchar(100)", "email", opt(0.5, p("email")))], rows=120,
        extra=[fkey(S, "hoa_don", "benh_nhan_id", "benh_nhan")])
    q = Row(_nguoi)
    lh = T(S, "lich_hen", [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        C("benh_nhan_id", "bigint", "none", fk(120, 0.5)),
        C("ho_ten_khach", "varchar(100)", "person_name", q("ho_ten")),
        C("so_dien_thoai", "varchar(15)", "phone", q("sdt")),
        C("ngay_hen", "date", "none", day(2024, 2025)),
        C("gio_hen", "time", "none", lambda c, i: f"{c.r.randint(7, 19):02d}:{c.r.choice(('00', '15', '30', '45'))}"),
        C("chuyen_khoa", "varchar(40)", "health", pick("Sản phụ khoa", "Nam khoa", "Nhi", "Da liễu", "Nội tổng quát",
                                                      "Tai mũi họng", "Tâm lý")),
        C("mo_ta_trieu_chung", "text", "health", pick("Đau bụng dưới 3 ngày", "Trễ kinh 2 tuần, thử que 2 vạch",
                                                     "Con sốt cao, co giật nhẹ", "Nổi mụn nhiều ở lưng",
                                                     "Mất ngủ kéo dài, hay lo lắng", "Ho kéo dài 3 tuần")),
        C("kenh_dat", "varchar(15)", "none", pick("Zalo", "Website", "Hotline", "Facebook")),
        C("ghi_chu_le_tan", "varchar(200)", "free_text_may_contain_pii", opt(0.5, q.f(lambda d: LE_TAN(q.c, d)))),
        C("ip_dat_lich", "varchar(45)", "ip_address", opt(0.5, lambda c, i: f"{c.r.choice((113, 14, 27, 42, 171, 116))}"
                                                           f".{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}")),
        C("trang_thai", "varchar(15)", "none", pick("Đã xác nhận", "Chờ", "Hủy", "Đã đến"))], rows=120,
        extra=[fkey(S, "lich_hen", "benh_nhan_id", "benh_nhan")])
    r = Row(_nguoi)

    def old_values(c, i):
        d = r.get(c, i)
        return c.r.choice((json.dumps({"so_dien_thoai": d["sdt"]}, ensure_ascii=False),
                           json.dumps({"dia_chi": d["dia_chi"]}, ensure_ascii=False),
                           json.dumps({"trang_thai": "Chờ kết quả"}, ensure_ascii=False), None))
    nk = T(S, "nhat_ky_truy_cap", [C("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        C("nhan_vien_id", "bigint", "none", fk(80)),
        C("thoi_gian", "timestamp", "none", stamp(2024, 2025, False)),
        C("hanh_dong", "varchar(20)", "none", pick("xem", "sua", "in", "xuat_excel", "dang_nhap")),
        C("doi_tuong", "varchar(30)", "none", pick("benh_nhan", "luot_kham", "hoa_don", "ket_qua_xet_nghiem")),
        C("dia_chi_ip", "varchar(45)", "ip_address", lambda c, i: f"192.168.1.{c.r.randint(2, 250)}" if c.r.random() < 0.7
          else ipv4_public(c, i)),
        C("du_lieu_cu", "jsonb", "free_text_may_contain_pii", old_values)], rows=150,
        extra=[fkey(S, "nhat_ky_truy_cap", "nhan_vien_id", "nhan_vien")])
    return [hd, lh, nk]


def phongkham_tables() -> list:
    return [_benh_nhan(), _nhan_vien(), _luot_kham(), *_xet_nghiem_don_thuoc(), *_hoa_don_lich_hen_nhat_ky()]

