"""t_osm: the openstreetmap-website (Rails port) database of a mapping community in Indonesia.

Tables and columns as the Rails schema declares them (enums stored as character varying here).
"""
from __future__ import annotations

from .blind17_gens import (argon2id, b64, boolean, fill, fk, fkey, hexs, ipv4, num, person,
                           pf, pick, rng, seq, some, when, wpick)
from .gens import Col, Ctx, Table

S = "t_osm"
U = "osm.users"
NU = 120
CS0 = 150_000_000
IPS = ["36.68", "36.72", "114.124", "180.244", "182.1", "202.67", "103.47", "125.160", "110.136", "139.194"]
VILLAGES = ["Desa Sukamaju", "Kelurahan Cipete", "Desa Wonosari", "Kampung Baru", "Desa Tegalrejo", "Nagari Koto Baru",
            "Desa Batubulan", "Kelurahan Lowokwaru"]


def _home(c: Ctx, i: int) -> bool:
    return rng(c, U + ":home", i).random() < 0.6


def _old(c: Ctx, i: int) -> bool:
    return i < 35


def _display(c: Ctx, i: int) -> str:
    p = person(c, U, i, "id", (1975, 2004))
    r = rng(c, U + ":dn", i)
    a, b = p.first.lower().replace(" ", ""), p.last.lower()
    return r.choice([f"{a}_mapper", f"{a}{r.randint(10, 99)}", f"{a}.{b[:3]}", f"HOT-ID {p.first}", f"{a}_osm",
                     f"mapper{a.capitalize()}", f"{b}{a[:1]}", f"{a}-{r.choice(['jogja', 'bdg', 'sby', 'bali'])}"])


def _pass_crypt(c: Ctx, i: int) -> str:
    return b64(c, 32) if _old(c, i) else argon2id(c, i)


def _pass_salt(c: Ctx, i: int) -> str | None:
    return f"sha512!10000!{b64(c, 24)}" if _old(c, i) else None


def _home_coord(axis: str):
    def gen(c: Ctx, i: int) -> float | None:
        if not _home(c, i):
            return None
        p = person(c, U, i, "id", (1975, 2004))
        return p.lat if axis == "lat" else p.lon
    return gen


def _home_tile(c: Ctx, i: int) -> int | None:
    if not _home(c, i):
        return None
    p = person(c, U, i, "id", (1975, 2004))
    x, y = int((p.lon + 180) / 360 * 65535), int((p.lat + 90) / 180 * 65535)
    return sum(((x >> b) & 1) << (2 * b + 1) | ((y >> b) & 1) << (2 * b) for b in range(16))


def _auth(part: str):
    def gen(c: Ctx, i: int) -> str | None:
        r = rng(c, U + ":auth", i)
        prov = r.choices([None, "google", "facebook", "github", "microsoft"], [70, 15, 5, 7, 3])[0]
        if prov is None or part == "provider":
            return prov
        return "".join(r.choice("0123456789") for _ in range({"google": 21, "facebook": 16}.get(prov, 8)))
    return gen


_ABOUT = fill([
    "Mapper dari {city}. Aktif di komunitas OSM Indonesia sejak {year}.",
    "Relawan HOT untuk pemetaan bencana. Hubungi saya di {mail}",
    "Saya {first}, mahasiswa geodesi. WA: {phone}",
    "GIS analyst di BPBD {city}. Fokus: jalan desa dan bangunan.",
    "", "", "Memetakan {village} untuk program Kampung Siaga Bencana.",
    "Pengajar SMK, memakai OSM untuk pelajaran geografi. Email kelas: {mail}",
    "Contact: {first} {last} / {phone} (Telegram sama)",
], city=lambda c, i: person(c, U, i, "id").city, mail=pf(U, "id", "email", (1975, 2004)),
    first=pf(U, "id", "first", (1975, 2004)), last=pf(U, "id", "last", (1975, 2004)),
    phone=pf(U, "id", "phone", (1975, 2004)), year=[str(y) for y in range(2012, 2024)], village=VILLAGES)


def _users() -> Table:
    def st(c: Ctx, i: int) -> str:
        return c.r.choices(["active", "confirmed", "pending", "suspended", "deleted"], [60, 25, 6, 5, 4])[0]
    return Table(S, "users", [
        Col("email", "character varying(255) NOT NULL", "email", pf(U, "id", "email", (1975, 2004))),
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("pass_crypt", "character varying(255) NOT NULL", "credentials", _pass_crypt),
        Col("creation_time", "timestamp without time zone NOT NULL", "none", when(2011, 2024)),
        Col("display_name", "character varying(255) DEFAULT ''", "none", _display),
        Col("data_public", "boolean DEFAULT false", "none", boolean(0.9)),
        Col("description", "text DEFAULT ''", "free_text_may_contain_pii", _ABOUT),
        Col("home_lat", "double precision", "geo_location", _home_coord("lat")),
        Col("home_lon", "double precision", "geo_location", _home_coord("lon")),
        Col("home_zoom", "smallint DEFAULT 3", "none", pick(3, 12, 15, 16, 17)),
        Col("pass_salt", "character varying(255)", "none", _pass_salt),
        Col("email_valid", "boolean DEFAULT false", "none", boolean(0.92)),
        Col("new_email", "character varying(255)", "email",
            lambda c, i: f"{person(c, U, i, 'id').first.lower()}.{c.r.randint(1, 99)}@gmail.com"
            if c.r.random() < 0.08 else None),
        Col("creation_ip", "character varying(255)", "ip_address", some(0.85, ipv4(IPS))),
        Col("languages", "character varying(255)", "none", pick("id,en", "id", "en-US,en", "id-ID,id,en", "jv,id")),
        Col("status", "character varying DEFAULT 'pending'", "none", st),
        Col("terms_agreed", "timestamp without time zone", "none", some(0.9, when(2018, 2024))),
        Col("consider_pd", "boolean DEFAULT false", "none", boolean(0.1)),
        Col("auth_uid", "character varying(255)", "none", _auth("uid")),
        Col("preferred_editor", "character varying(255)", "none", pick(None, "id", "remote", "potlatch2", "id")),
        Col("terms_seen", "boolean DEFAULT false", "none", boolean(0.95)),
        Col("description_format", "character varying DEFAULT 'markdown'", "none", pick("markdown", "html")),
        Col("changesets_count", "integer DEFAULT 0", "none", num(0, 9000)),
        Col("traces_count", "integer DEFAULT 0", "none", num(0, 140)),
        Col("diary_entries_count", "integer DEFAULT 0", "none", num(0, 12)),
        Col("image_use_gravatar", "boolean DEFAULT false", "none", boolean(0.2)),
        Col("auth_provider", "character varying", "none", _auth("provider")),
        Col("home_tile", "bigint", "geo_location", _home_tile),
        Col("tou_agreed", "timestamp without time zone", "none", some(0.8, when(2021, 2024))),
    ], rows=NU)


def _roles() -> Table:
    return Table(S, "user_roles", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "bigint NOT NULL", "none", lambda c, i: i * 9 % NU + 1),
        Col("role", "character varying NOT NULL", "none", pick("administrator", "moderator", "moderator")),
        Col("created_at", "timestamp without time zone", "none", when(2014, 2023)),
        Col("updated_at", "timestamp without time zone", "none", when(2023, 2024)),
        Col("granter_id", "bigint NOT NULL", "none", pick(1, 2)),
    ], rows=12, extra=[fkey(S, "user_roles", "user_id", "users"), fkey(S, "user_roles", "granter_id", "users")])


def _bbox(part: int):
    def gen(c: Ctx, i: int) -> int:
        r = rng(c, "osm.cs", i)
        la, lo = r.uniform(-8.8, 3.7), r.uniform(98.5, 119.5)
        w, h = r.uniform(0.0005, 0.3), r.uniform(0.0005, 0.3)
        return int([la, la + h, lo, lo + w][part] * 10_000_000)
    return gen


def _changesets() -> Table:
    return Table(S, "changesets", [
        Col("id", "bigint PRIMARY KEY", "none", lambda c, i: CS0 + i),
        Col("user_id", "bigint NOT NULL", "none", fk(NU)),
        Col("created_at", "timestamp without time zone NOT NULL", "none", when(2022, 2024)),
        Col("min_lat", "integer", "none", _bbox(0)),
        Col("max_lat", "integer", "none", _bbox(1)),
        Col("min_lon", "integer", "none", _bbox(2)),
        Col("max_lon", "integer", "none", _bbox(3)),
        Col("closed_at", "timestamp without time zone NOT NULL", "none", when(2022, 2024)),
        Col("num_changes", "integer DEFAULT 0 NOT NULL", "none", num(1, 2500)),
    ], rows=150, extra=[fkey(S, "changesets", "user_id", "users")])


_TAGS = [("comment", ["Menambahkan bangunan di {v}", "Perbaikan jalan setapak", "#hotosm-project-14231 #indonesia",
                      "jalan kabupaten, jembatan, sungai", "Update nama toko dan warung", "Tracing sawah dan kebun"]),
         ("created_by", ["iD 2.27.3", "JOSM/1.5 (18822 id)", "StreetComplete 55.1", "Every Door 4.1", "OsmAnd~ 4.6"]),
         ("source", ["Bing Aerial Imagery", "Esri World Imagery", "survey", "Maxar Premium Imagery", "GPS"]),
         ("imagery_used", ["Bing Maps Aerial", "Esri World Imagery (Clarity) Beta", "Custom (tms)"]),
         ("locale", ["id", "en-US", "id-ID"]),
         ("host", ["https://www.openstreetmap.org/edit", "https://tasks.hotosm.org/"]),
         ("hashtags", ["#hotosm-project-14231", "#MissingMaps", "#OSMIndonesia", "#petakan"])]


def _tag(part: int):
    def gen(c: Ctx, i: int) -> str:
        r = rng(c, "osm.tag", i)
        k, vs = r.choice(_TAGS)
        return k if part == 0 else r.choice(vs).format(v=r.choice(VILLAGES))
    return gen


def _tags() -> Table:
    return Table(S, "changeset_tags", [
        Col("changeset_id", "bigint NOT NULL", "none", lambda c, i: CS0 + c.r.randint(1, 150)),
        Col("k", "character varying(255) DEFAULT '' NOT NULL", "none", _tag(0)),
        Col("v", "character varying(255) DEFAULT '' NOT NULL", "none", _tag(1)),
    ], rows=150, extra=[fkey(S, "changeset_tags", "changeset_id", "changesets")])


_DIARY_T = ["Mapathon di {uni}", "Pemetaan pasca banjir {city}", "Catatan survei lapangan", "Belajar JOSM hari pertama",
            "Kenapa jalan desa penting dipetakan", "Laporan kegiatan OSM Jogja bulan ini"]
_DIARY = fill([
    "Hari ini kami memetakan {village} bersama {n} relawan. Terima kasih untuk Pak {first} kepala desa yang membantu.",
    "Survei lapangan dengan motor, jalur GPS sudah diunggah. Kalau ada yang mau ikut, hubungi {phone}.",
    "Banyak bangunan belum tercatat di {village}. Saya pakai citra Esri karena Bing masih berawan.",
    "Catatan singkat: tag highway=track vs highway=path untuk jalan sawah masih sering salah.",
    "Terima kasih kepada {first} {last} yang sudah memvalidasi hasil mapathon kemarin.",
    "Materi pelatihan ada di drive, minta akses ke {mail}.",
], village=VILLAGES, n=[str(k) for k in range(4, 40)], first=["Slamet", "Harto", "Joko", "Suparman", "Wayan", "Nyoman"],
    last=["Prasetyo", "Wibisono", "Siregar", "Hutapea"], phone=["0812-2231-9087", "0857 4410 2276", "+6281390011223"],
    mail=["relawan.osm.jogja@gmail.com", "dewi.lestari@ugm.ac.id", "hot.indonesia@gmail.com"])


def _located(c: Ctx, i: int) -> bool:
    return rng(c, "osm.dn", i).random() < 0.5


def _diary() -> Table:
    return Table(S, "diary_entries", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("user_id", "bigint NOT NULL", "none", fk(NU)),
        Col("title", "character varying(255) NOT NULL", "none",
            fill(_DIARY_T, uni=["UGM", "ITB", "UI", "Unpad"], city=["Semarang", "Bekasi", "Garut", "Palu"])),
        Col("body", "text NOT NULL", "free_text_may_contain_pii", _DIARY),
        Col("created_at", "timestamp without time zone NOT NULL", "none", when(2016, 2024)),
        Col("updated_at", "timestamp without time zone NOT NULL", "none", when(2024, 2024)),
        Col("latitude", "double precision", "geo_location",
            lambda c, i: round(rng(c, "osm.di", i).uniform(-8.6, 3.6), 7) if _located(c, i) else None),
        Col("longitude", "double precision", "geo_location",
            lambda c, i: round(rng(c, "osm.di", i).uniform(98.6, 119.4), 7) if _located(c, i) else None),
        Col("language_code", "character varying DEFAULT 'en' NOT NULL", "none", pick("id", "id", "en", "jv")),
        Col("visible", "boolean DEFAULT true NOT NULL", "none", boolean(0.97)),
        Col("body_format", "character varying DEFAULT 'markdown' NOT NULL", "none", pick("markdown")),
    ], rows=100, extra=[fkey(S, "diary_entries", "user_id", "users")])


_COMMENT = fill(["Mantap, terima kasih!", "Keren kak {first}, lanjutkan", "Boleh minta kontaknya? Saya di {phone}",
                 "Saya juga pernah ke sana, jalannya rusak parah.", "Tag-nya sebaiknya pakai landuse=farmland.",
                 "Ikut mapathon berikutnya ya, email saya {mail}", "Good job! Greetings from the HOT team."],
                first=["Dewi", "Rizky", "Ayu", "Bayu"], phone=["0813-1122-8870", "081245507781"],
                mail=["gilang.pratama@gmail.com", "intan_nst@yahoo.co.id"])


def _dcomments() -> Table:
    return Table(S, "diary_comments", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("diary_entry_id", "bigint NOT NULL", "none", fk(100)),
        Col("user_id", "bigint NOT NULL", "none", fk(NU)),
        Col("body", "text NOT NULL", "free_text_may_contain_pii", _COMMENT),
        Col("created_at", "timestamp without time zone NOT NULL", "none", when(2016, 2024)),
        Col("updated_at", "timestamp without time zone NOT NULL", "none", when(2024, 2024)),
        Col("visible", "boolean DEFAULT true NOT NULL", "none", boolean(0.98)),
        Col("body_format", "character varying DEFAULT 'markdown' NOT NULL", "none", pick("markdown")),
    ], rows=100, extra=[fkey(S, "diary_comments", "diary_entry_id", "diary_entries"),
                        fkey(S, "diary_comments", "user_id", "users")])


_MSG = fill([
    "Halo, perubahan Anda di {village} menghapus beberapa bangunan. Bisa dicek lagi? Salam, {first}",
    "Selamat datang di OpenStreetMap! Kalau ada pertanyaan gabung grup Telegram OSM Indonesia.",
    "Mas, boleh saya telepon untuk koordinasi survei? Nomor saya {phone}",
    "Tolong jangan menyalin dari Google Maps, itu melanggar lisensi.",
    "Terima kasih sudah memperbaiki nama jalan. Untuk data sekolah kirim saja ke {mail}",
    "Hi, I am validating task #{n} and found some untagged buildings.",
], village=VILLAGES, first=["Andi", "Siti", "Made", "Reza"], phone=["0821-3300-1945", "+62 857-1234-0099"],
    mail=["pemetaan.bpbd@gmail.com", "ratna.wulan@yahoo.co.id"], n=[str(k) for k in range(10, 400)])


def _messages() -> Table:
    return Table(S, "messages", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("from_user_id", "bigint NOT NULL", "none", fk(NU)),
        Col("title", "character varying(255) NOT NULL", "none",
            pick("Perubahan di desa", "Selamat datang", "Pertanyaan", "Re: Survei", "Changeset comment", "Lisensi")),
        Col("body", "text NOT NULL", "free_text_may_contain_pii", _MSG),
        Col("sent_on", "timestamp without time zone NOT NULL", "none", when(2018, 2024)),
        Col("message_read", "boolean DEFAULT false NOT NULL", "none", boolean(0.7)),
        Col("to_user_id", "bigint NOT NULL", "none", fk(NU)),
        Col("to_user_visible", "boolean DEFAULT true NOT NULL", "none", boolean(0.9)),
        Col("from_user_visible", "boolean DEFAULT true NOT NULL", "none", boolean(0.95)),
        Col("body_format", "character varying DEFAULT 'markdown' NOT NULL", "none", pick("markdown", "text")),
        Col("muted", "boolean DEFAULT false NOT NULL", "none", boolean(0.03)),
    ], rows=120, extra=[fkey(S, "messages", "from_user_id", "users"), fkey(S, "messages", "to_user_id", "users")])


_REASON = fill([
    "Impor massal tanpa diskusi di milis. Silakan baca pedoman impor lalu balas pesan ini.",
    "Menyalin data dari Google Maps di {village}. Blokir 24 jam.",
    "Vandalisme berulang: menghapus jalan nasional. Pengguna ini diduga akun kedua dari {first} {last}.",
    "Mass deletion of buildings. Please respond to the DWG before continuing.",
    "Spam iklan properti dengan nomor {phone} di tag description.",
    "Tidak merespons pesan moderator selama dua minggu.",
], village=VILLAGES, first=["Hendra", "Joko", "Rudi"], last=["Gunawan", "Halim", "Purnomo"],
    phone=["0812 9988 7766", "0878-1102-3341"])


def _blocks() -> Table:
    return Table(S, "user_blocks", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "bigint NOT NULL", "none", fk(NU)),
        Col("creator_id", "bigint NOT NULL", "none", lambda c, i: i * 9 % NU + 1 if i <= 12 else 1),
        Col("reason", "text NOT NULL", "free_text_may_contain_pii", _REASON),
        Col("ends_at", "timestamp without time zone NOT NULL", "none", when(2020, 2025)),
        Col("needs_view", "boolean DEFAULT false NOT NULL", "none", boolean(0.3)),
        Col("revoker_id", "bigint", "none", some(0.1, lambda c, i: 1)),
        Col("created_at", "timestamp without time zone NOT NULL", "none", when(2019, 2024)),
        Col("updated_at", "timestamp without time zone NOT NULL", "none", when(2024, 2024)),
        Col("reason_format", "character varying DEFAULT 'markdown' NOT NULL", "none", pick("markdown")),
        Col("deactivates_at", "timestamp without time zone", "none", some(0.2, when(2024, 2025))),
    ], rows=80, extra=[fkey(S, "user_blocks", "user_id", "users"), fkey(S, "user_blocks", "creator_id", "users"),
                       fkey(S, "user_blocks", "revoker_id", "users")])


def _notes() -> Table:
    return Table(S, "notes", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("latitude", "integer NOT NULL", "none", lambda c, i: int(rng(c, "osm.n", i).uniform(-8.8, 3.7) * 1e7)),
        Col("longitude", "integer NOT NULL", "none", lambda c, i: int(rng(c, "osm.n", i).uniform(98, 120) * 1e7)),
        Col("tile", "bigint NOT NULL", "none", num(2_000_000_000, 3_500_000_000)),
        Col("updated_at", "timestamp without time zone NOT NULL", "none", when(2023, 2024)),
        Col("created_at", "timestamp without time zone NOT NULL", "none", when(2019, 2024)),
        Col("status", "character varying NOT NULL", "none", wpick([("open", 5), ("closed", 4), ("hidden", 1)])),
        Col("closed_at", "timestamp without time zone", "none", some(0.4, when(2023, 2024))),
    ], rows=120)


_NOTE = fill([
    "Jembatan ini sudah putus sejak banjir, tidak bisa dilewati motor.",
    "Toko Bangunan Sinar Jaya pindah ke seberang jalan. Telp toko 0274 {n}",
    "Nama jalan salah, seharusnya Jl. {street}.", "Rumah saya tidak ada di peta. {first}, HP {phone}",
    "Closed: fixed in changeset {cs}", "Sekolah ini SD Negeri 3, bukan SMP.", "Masjid baru selesai dibangun 2023.",
], n=["512 334", "487 901", "566 120"], street=["Kaliurang", "Magelang", "Parangtritis"],
    first=["Ibu Sri", "Pak Teguh", "Wulan"], phone=["0813-2577-4410", "085600918822"],
    cs=[str(CS0 + k) for k in range(1, 150)])


def _ncomments() -> Table:
    def anon(c: Ctx, i: int) -> bool:
        return rng(c, "osm.nc", i).random() < 0.35
    return Table(S, "note_comments", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("note_id", "bigint NOT NULL", "none", fk(120)),
        Col("visible", "boolean NOT NULL", "none", boolean(0.97)),
        Col("created_at", "timestamp without time zone NOT NULL", "none", when(2019, 2024)),
        Col("author_ip", "inet", "ip_address", lambda c, i: ipv4(IPS)(c, i) if anon(c, i) else None),
        Col("author_id", "bigint", "none", lambda c, i: None if anon(c, i) else c.r.randint(1, NU)),
        Col("body", "text", "free_text_may_contain_pii", _NOTE),
        Col("event", "character varying", "none", pick("opened", "commented", "closed", "reopened")),
    ], rows=150, extra=[fkey(S, "note_comments", "note_id", "notes"), fkey(S, "note_comments", "author_id", "users")])


def _apps() -> Table:
    return Table(S, "oauth_applications", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("owner_type", "character varying NOT NULL", "none", pick("User")),
        Col("owner_id", "bigint NOT NULL", "none", fk(NU)),
        Col("name", "character varying NOT NULL", "none",
            pick("Tasking Manager ID", "Sipeta Desa", "OSM Analytics BPBD", "StreetComplete", "MapRoulette", "RapiD")),
        Col("uid", "character varying NOT NULL", "none", lambda c, i: b64(c, 32, urlsafe=True)),
        Col("secret", "character varying NOT NULL", "secret_token", lambda c, i: b64(c, 32, urlsafe=True)),
        Col("redirect_uri", "text NOT NULL", "none",
            pick("https://tasks.hotosm.org/authorized", "urn:ietf:wg:oauth:2.0:oob", "http://127.0.0.1:8111/callback")),
        Col("scopes", "character varying DEFAULT '' NOT NULL", "none", pick("read_prefs write_api", "read_prefs")),
        Col("confidential", "boolean DEFAULT true NOT NULL", "none", boolean(0.6)),
        Col("created_at", "timestamp(6) without time zone NOT NULL", "none", when(2020, 2024)),
    ], rows=30, extra=[fkey(S, "oauth_applications", "owner_id", "users")])


def _tokens() -> Table:
    return Table(S, "oauth_access_tokens", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("resource_owner_id", "bigint", "none", fk(NU)),
        Col("application_id", "bigint NOT NULL", "none", fk(30)),
        Col("token", "character varying NOT NULL", "secret_token", lambda c, i: b64(c, 32, urlsafe=True)),
        Col("refresh_token", "character varying", "secret_token", some(0.4, hexs(64))),
        Col("expires_in", "integer", "none", pick(None, 7200, 3600)),
        Col("revoked_at", "timestamp(6) without time zone", "none", some(0.15, when(2023, 2024))),
        Col("created_at", "timestamp(6) without time zone NOT NULL", "none", when(2022, 2024)),
        Col("scopes", "character varying", "none", pick("read_prefs write_api", "read_prefs write_notes", "openid")),
        Col("previous_refresh_token", "character varying DEFAULT '' NOT NULL", "secret_token",
            lambda c, i: hexs(64)(c, i) if c.r.random() < 0.2 else ""),
    ], rows=120, extra=[fkey(S, "oauth_access_tokens", "resource_owner_id", "users"),
                        fkey(S, "oauth_access_tokens", "application_id", "oauth_applications")])


def osm_tables() -> list[Table]:
    return [_users(), _roles(), _changesets(), _tags(), _diary(), _dcomments(), _messages(), _blocks(), _notes(),
            _ncomments(), _apps(), _tokens()]
