"""n_ojek: an Indonesian motorcycle-taxi and delivery start-up's in-house backend (Go services with sqlx, snake_case,
`deleted_at` soft deletes, JSON columns): drivers with their KTP and SIM numbers and face-match embedding, vehicles,
riders, trips, GPS pings, wallet top-ups through bank virtual accounts, driver documents with the police
certificate (SKCK), complaints, promos and back-office users. Names, streets and number shapes are typed by hand."""
from __future__ import annotations

import datetime as dt

from .blind11_gens import (bcrypt, digits, fk, hexstr, ipv4, jdump, maybe, money, part, per_row, pick, pid,
                           rand_uuid, rint, stamp, token)
from .gens import Col as C, Table as T

S = "n_ojek"
MALE = ("Budi", "Agus", "Dedi", "Eko", "Rizky", "Fajar", "Andi", "Hendra", "Wahyu", "Joko", "Bambang", "Yusuf",
        "Imam", "Slamet", "Dimas", "Arif", "Muhammad Iqbal", "Teguh")
FEMALE = ("Siti", "Dewi", "Rina", "Sri", "Ayu", "Putri", "Indah", "Nur", "Fitri", "Ratna", "Wulan", "Anisa",
          "Lestari", "Yuliana", "Dian", "Maya", "Nurul Hidayah", "Kartika")
SURNAMES = ("Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Siregar",
            "Simanjuntak", "Lubis", "Hutapea", "Rahmawati", "Susanti", "Permana", "Gunawan", "Hasibuan", "Sulistyo",
            "Wibowo", "Purnomo", "", "", "")
# city, NIK province+regency+district prefix, postcode, streets, bounding box (lat, lng)
CITIES = (("Jakarta Selatan", "317404", "12730", ("Jl. Kemang Raya", "Jl. Fatmawati", "Jl. Ampera Raya", "Jl. Tebet Barat Dalam"), (-6.27, 106.81)),
          ("Jakarta Barat", "317303", "11530", ("Jl. Kebon Jeruk Raya", "Jl. Panjang", "Jl. Daan Mogot"), (-6.19, 106.77)),
          ("Bandung", "327310", "40115", ("Jl. Dago", "Jl. Cihampelas", "Jl. Riau", "Jl. Buah Batu"), (-6.91, 107.61)),
          ("Surabaya", "357805", "60271", ("Jl. Raya Darmo", "Jl. Ngagel Jaya", "Jl. Kertajaya"), (-7.27, 112.74)),
          ("Yogyakarta", "347105", "55281", ("Jl. Kaliurang", "Jl. Parangtritis", "Jl. Godean"), (-7.78, 110.37)),
          ("Depok", "327604", "16424", ("Jl. Margonda Raya", "Jl. Juanda", "Jl. Raya Sawangan"), (-6.39, 106.82)),
          ("Bekasi", "327506", "17141", ("Jl. Ahmad Yani", "Jl. Kalimalang", "Jl. Juanda"), (-6.24, 106.99)))
POIS = ("Stasiun Gondangdia", "Mall Kota Kasablanka", "Bandara Soekarno-Hatta T3", "RS Fatmawati", "Pasar Minggu",
        "Kampus UGM Bulaksumur", "Grand Indonesia", "Stasiun Bandung", "Tunjungan Plaza")
BANKS = (("BCA", 10), ("BRI", 15), ("MANDIRI", 13), ("BNI", 10))


def _phone(c, i):
    n = f"8{c.r.choice(['11', '12', '13', '21', '22', '52', '57', '77', '78', '95', '96', '38'])}{c.r.randint(10000000, 99999999)}"
    return c.r.choice([f"0{n[:3]}-{n[3:7]}-{n[7:]}", f"+62{n}", f"62{n}", f"0{n}", f"+62 {n[:3]} {n[3:7]} {n[7:]}"])


def _person(c, i):
    sex = c.r.choice("LP")                      # laki-laki / perempuan
    first = c.r.choice(MALE if sex == "L" else FEMALE)
    last = c.r.choice(SURNAMES)
    full = f"{first} {last}".strip()
    city, nik_prefix, postcode, streets, (lat, lng) = c.r.choice(CITIES)
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * 35))
    nik = f"{nik_prefix}{birth.day + (40 if sex == 'P' else 0):02d}{birth.month:02d}{birth.year % 100:02d}{c.r.randint(1, 9999):04d}"
    user = f"{first.split()[0].lower()}{last.lower()}{c.r.choice(['', str(c.r.randint(1, 99)), str(birth.year)])}"
    return {"sex": sex, "first": first, "full": full, "city": city, "postcode": postcode, "birth": birth, "nik": nik,
            "email": f"{user}@{c.r.choice(['gmail.com', 'gmail.com', 'yahoo.co.id', 'ymail.com', 'outlook.co.id'])}",
            "phone": _phone(c, i), "lat": round(lat + c.r.uniform(-0.06, 0.06), 6),
            "lng": round(lng + c.r.uniform(-0.06, 0.06), 6),
            "address": f"{c.r.choice(streets)} No. {c.r.randint(1, 200)}, RT {c.r.randint(1, 15):03d}/RW {c.r.randint(1, 12):03d}, {city} {postcode}"}


DRV = per_row("ojek.driver", _person)
RID = per_row("ojek.rider", _person)
TRIP = per_row("ojek.trip", _person)
ADM = per_row("ojek.admin", _person)
RIDER_NOTES = ("Saya pakai baju merah, depan Indomaret", "Jemput di lobby selatan ya pak", "", "",
               "Kalau sudah sampai telp {phone} ya", "Titip ke satpam, atas nama {full}", "Gerbang belakang, pagar hijau",
               "Pesanan untuk {full}, rumah cat kuning")
COMPLAINTS = ("Driver {full} ugal-ugalan, minta refund.", "Barang ketinggalan di motor, hubungi saya {phone}",
              "Driver minta bayar lebih dari aplikasi.", "Makanan tumpah, foto terlampir. Email saya {email}",
              "Driver tidak datang tapi order selesai.")


def _bank(c, i):
    bank, size = c.r.choice(BANKS)
    return bank, digits(size)(c, i)


BANK = per_row("ojek.bank", _bank)


def _embedding(c, i):
    return "[" + ", ".join(f"{c.r.uniform(-0.3, 0.3):.4f}" for _ in range(16)) + ", ...]"


def _plate(c, i):
    return f"{c.r.choice(['B', 'D', 'L', 'AB', 'B'])} {c.r.randint(1000, 9999)} {''.join(c.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(c.r.randint(2, 3)))}"


def _doc(c, i):
    kind = c.r.choice(["KTP", "SIM", "SKCK", "STNK"])
    p = _person(c, i)
    number = {"KTP": p["nik"], "SIM": f"{c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}-{c.r.randint(100000, 999999)}",
              "SKCK": f"SKCK/{c.r.randint(1000, 9999)}/{c.r.choice(['I', 'IV', 'VII', 'X'])}/2024/Polres",
              "STNK": f"{c.r.randint(10000000, 99999999)}"}[kind]
    result = c.r.choice(["TIDAK ADA CATATAN"] * 6 + ["ADA CATATAN: Pasal 362 KUHP (pencurian) 2016",
                                                      "ADA CATATAN: penganiayaan ringan 2019"]) if kind == "SKCK" else None
    return kind, number, result


DOC = per_row("ojek.doc", _doc)


def ojek_tables() -> list[T]:
    n = S
    return [
        T(n, "vehicles", [pid(),
          C("plate_number", "varchar(12)", "none", _plate),
          C("brand", "varchar(30)", "none", pick("Honda", "Yamaha", "Suzuki", "Toyota")),
          C("model", "varchar(30)", "none", pick("Vario 125", "Beat", "NMAX", "Scoopy", "Avanza", "Aerox")),
          C("year", "smallint", "none", rint(2014, 2024)),
          C("color", "varchar(20)", "none", pick("Hitam", "Putih", "Merah", "Biru Doff", "Abu-abu")),
          C("stnk_expiry", "date", "none", lambda c, i: dt.date(2025, 1, 1) + dt.timedelta(days=c.r.randint(0, 1800))),
          C("owner_name", "varchar(100)", "person_name", lambda c, i: _person(c, i)["full"].upper())], rows=110),
        T(n, "drivers", [pid(),
          C("uuid", "uuid", "none", rand_uuid),
          C("full_name", "varchar(100)", "person_name", part(DRV, "full")),
          C("phone_number", "varchar(20)", "phone", part(DRV, "phone")),
          C("email", "varchar(100)", "email", maybe(0.8, part(DRV, "email"))),
          C("nik", "char(16)", "national_id", part(DRV, "nik")),
          C("sim_number", "varchar(20)", "national_id",
            lambda c, i: f"{DRV(c, i)['birth'].year % 100:02d}{DRV(c, i)['birth'].month:02d}-{c.r.randint(1000, 9999)}-{c.r.randint(100000, 999999)}"),
          C("npwp", "varchar(20)", "national_id", maybe(0.4, lambda c, i: f"{c.r.randint(10, 99)}.{c.r.randint(100, 999)}.{c.r.randint(100, 999)}.{c.r.randint(1, 9)}-{c.r.randint(100, 999)}.000")),
          C("date_of_birth", "date", "birth_date", part(DRV, "birth")),
          C("gender", "char(1)", "none", part(DRV, "sex")),
          C("address_ktp", "text", "postal_address", part(DRV, "address")),
          C("domicile_city", "varchar(50)", "none", part(DRV, "city")),
          C("bank_code", "varchar(10)", "none", lambda c, i: BANK(c, i)[0]),
          C("bank_account_no", "varchar(20)", "bank_account", lambda c, i: BANK(c, i)[1]),
          C("bank_account_name", "varchar(100)", "person_name", lambda c, i: DRV(c, i)["full"].upper()),
          C("emergency_contact_name", "varchar(100)", "person_name", lambda c, i: _person(c, i)["full"]),
          C("emergency_contact_phone", "varchar(20)", "phone", _phone),
          C("vehicle_id", "bigint", "none", lambda c, i: i if i <= 110 else None),
          C("rating", "numeric(3,2)", "none", money(4.2, 5.0)),
          C("status", "varchar(20)", "none", pick("active", "active", "suspended", "pending_verification")),
          C("selfie_url", "text", "none", lambda c, i: f"https://cdn.ojekita.id/kyc/{hexstr(24)(c, i)}.jpg"),
          C("face_embedding", "text", "biometric", _embedding),
          C("religion", "varchar(20)", "religious_belief", pick("Islam", "Islam", "Islam", "Kristen", "Katolik", "Hindu", "Buddha")),
          C("created_at", "timestamptz", "none", stamp(2021, 3)),
          C("updated_at", "timestamptz", "none", stamp()),
          C("deleted_at", "timestamptz", "none", maybe(0.05, stamp()))], rows=120,
          extra=[fk(n, "drivers", "vehicle_id", "vehicles")]),
        T(n, "riders", [pid(),
          C("uuid", "uuid", "none", rand_uuid),
          C("name", "varchar(100)", "person_name", part(RID, "full")),
          C("phone", "varchar(20)", "phone", part(RID, "phone")),
          C("email", "varchar(100)", "email", maybe(0.7, part(RID, "email"))),
          C("password_hash", "varchar(100)", "credentials", maybe(0.6, bcrypt)),
          C("pin_hash", "varchar(100)", "credentials", bcrypt),
          C("referral_code", "varchar(10)", "none", token(7, "", "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
          C("fcm_token", "text", "secret_token", lambda c, i: f"{token(11)(c, i)}:APA91b{token(134)(c, i)}"),
          C("device_id", "varchar(64)", "none", hexstr(16)),
          C("last_known_lat", "double precision", "geo_location", part(RID, "lat")),
          C("last_known_lng", "double precision", "geo_location", part(RID, "lng")),
          C("saved_places", "jsonb", "postal_address", lambda c, i: jdump([{"label": "Rumah", "address": RID(c, i)["address"],
                                                                          "lat": RID(c, i)["lat"], "lng": RID(c, i)["lng"]}])),
          C("created_at", "timestamptz", "none", stamp(2021, 3)),
          C("deleted_at", "timestamptz", "none", maybe(0.03, stamp()))], rows=130),
        T(n, "trips", [pid(),
          C("order_code", "varchar(20)", "none", lambda c, i: f"RB-{c.r.randint(100000000, 999999999)}"),
          C("rider_id", "bigint", "none", rint(1, 130)),
          C("driver_id", "bigint", "none", rint(1, 120)),
          C("service_type", "varchar(10)", "none", pick("ride", "ride", "car", "food", "send")),
          C("pickup_lat", "double precision", "geo_location", part(TRIP, "lat")),
          C("pickup_lng", "double precision", "geo_location", part(TRIP, "lng")),
          C("pickup_address", "text", "postal_address",
            lambda c, i: TRIP(c, i)["address"] if c.r.random() < 0.7 else c.r.choice(POIS)),
          C("dropoff_lat", "double precision", "geo_location", lambda c, i: round(TRIP(c, i)["lat"] + c.r.uniform(-0.05, 0.05), 6)),
          C("dropoff_lng", "double precision", "geo_location", lambda c, i: round(TRIP(c, i)["lng"] + c.r.uniform(-0.05, 0.05), 6)),
          C("dropoff_address", "text", "postal_address",
            lambda c, i: c.r.choice(POIS) if c.r.random() < 0.5 else _person(c, i)["address"]),
          C("distance_km", "numeric(6,2)", "none", money(0.8, 25)),
          C("fare", "integer", "none", lambda c, i: c.r.randint(9, 90) * 1000),
          C("payment_method", "varchar(20)", "none", pick("cash", "wallet", "qris")),
          C("status", "varchar(20)", "none", pick("completed", "completed", "cancelled_by_rider", "no_driver")),
          C("rider_note", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(RIDER_NOTES).format(**TRIP(c, i))),
          C("cancel_reason", "varchar(100)", "none", maybe(0.2, pick("Driver terlalu jauh", "Salah titik jemput", "Ganti rencana"))),
          C("requested_at", "timestamptz", "none", stamp()),
          C("completed_at", "timestamptz", "none", maybe(0.8, stamp())),
          C("rider_rating", "smallint", "none", rint(1, 5))], rows=150,
          extra=[fk(n, "trips", "rider_id", "riders"), fk(n, "trips", "driver_id", "drivers")]),
        T(n, "driver_locations", [pid(),
          C("driver_id", "bigint", "none", rint(1, 120)),
          C("lat", "double precision", "geo_location", lambda c, i: round(c.r.uniform(-7.3, -6.1), 6)),
          C("lng", "double precision", "geo_location", lambda c, i: round(c.r.uniform(106.7, 112.8), 6)),
          C("bearing", "smallint", "none", rint(0, 359)),
          C("speed_kmh", "numeric(5,1)", "none", money(0, 70)),
          C("accuracy_m", "numeric(6,1)", "none", money(3, 40)),
          C("recorded_at", "timestamptz", "none", stamp())], rows=150,
          extra=[fk(n, "driver_locations", "driver_id", "drivers")]),
        T(n, "wallet_topups", [pid(),
          C("wallet_id", "bigint", "none", rint(1, 130)),
          C("owner_type", "varchar(10)", "none", pick("rider", "driver")),
          C("amount", "integer", "none", lambda c, i: c.r.choice([20, 50, 100, 200, 500]) * 1000),
          C("channel", "varchar(20)", "none", pick("va_bca", "va_bri", "va_mandiri", "alfamart", "indomaret")),
          C("va_number", "varchar(24)", "bank_account", lambda c, i: f"{c.r.choice(['39358', '88608', '70012'])}{digits(11)(c, i)}"),
          C("external_ref", "varchar(64)", "none", lambda c, i: f"xnd_{hexstr(24)(c, i)}"),
          C("status", "varchar(10)", "none", pick("PAID", "PAID", "EXPIRED", "PENDING")),
          C("created_at", "timestamptz", "none", stamp())], rows=150),
        T(n, "driver_documents", [pid(),
          C("driver_id", "bigint", "none", rint(1, 120)),
          C("doc_type", "varchar(10)", "none", lambda c, i: DOC(c, i)[0]),
          C("doc_number", "varchar(60)", "national_id", lambda c, i: DOC(c, i)[1]),
          C("criminal_check_result", "text", "criminal_record", lambda c, i: DOC(c, i)[2]),
          C("file_path", "text", "none", lambda c, i: f"kyc/{DOC(c, i)[0].lower()}/{hexstr(20)(c, i)}.jpg"),
          C("verified_by", "bigint", "none", maybe(0.7, rint(1, 30))),
          C("verified_at", "timestamptz", "none", maybe(0.7, stamp())),
          C("expires_on", "date", "none", maybe(0.8, lambda c, i: dt.date(2025, 1, 1) + dt.timedelta(days=c.r.randint(0, 1800))))],
          rows=130, extra=[fk(n, "driver_documents", "driver_id", "drivers")]),
        T(n, "admin_users", [pid(),
          C("email", "varchar(100)", "email", lambda c, i: f"{ADM(c, i)['first'].split()[0].lower()}@ojekita.id"),
          C("name", "varchar(100)", "person_name", part(ADM, "full")),
          C("password_hash", "varchar(100)", "credentials", bcrypt),
          C("role", "varchar(20)", "none", pick("cs_agent", "verifier", "finance", "superadmin")),
          C("totp_secret", "varchar(32)", "secret_token", token(32, "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
          C("last_login_ip", "inet", "ip_address", ipv4),
          C("last_login_at", "timestamptz", "none", stamp())], rows=30),
        T(n, "complaints", [pid(),
          C("trip_id", "bigint", "none", rint(1, 150)),
          C("reporter_type", "varchar(10)", "none", pick("rider", "driver")),
          C("category", "varchar(30)", "none", pick("safety", "lost_item", "fare", "food_quality")),
          C("description", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(COMPLAINTS).format(**_person(c, i))),
          C("status", "varchar(15)", "none", pick("open", "resolved", "escalated")),
          C("assigned_to", "bigint", "none", maybe(0.8, rint(1, 30))),
          C("created_at", "timestamptz", "none", stamp())], rows=90,
          extra=[fk(n, "complaints", "trip_id", "trips"), fk(n, "complaints", "assigned_to", "admin_users")]),
        T(n, "promos", [pid(),
          C("code", "varchar(20)", "none", lambda c, i: ("HEMAT10", "MUDIK25", "BARU50", "JUMATBERKAH", "GAJIAN",
                                                          "KAMPUS15", "HUJAN5", "MERDEKA17")[i - 1]),
          C("discount_pct", "smallint", "none", rint(5, 50)),
          C("quota", "integer", "none", rint(100, 10000)),
          C("valid_until", "date", "none", lambda c, i: dt.date(2025, c.r.randint(1, 12), c.r.randint(1, 28))),
          C("max_discount", "integer", "none", lambda c, i: c.r.choice([10, 15, 25]) * 1000)], rows=8),
    ]

