"""p_gitea: the self-hosted Gitea 1.21 forge of a Hsinchu IoT hardware start-up (xorm snake_case, unix-second
bigints, no declared foreign keys): users, e-mail addresses, external logins, access tokens, two-factor, SSH and
WebAuthn keys, issues, comments."""
from __future__ import annotations

import json
from typing import Any

from .blind13_gens import HEX, Rec, digits, flag, ipv4, num, one, pbkdf2_gitea, pk, ref, token, uuid4
from .gens import Col as C, Table as T

S = "p_gitea"
N_USERS, N_ISSUES = 100, 150
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_FAMILY = (("陳", "Chen"), ("林", "Lin"), ("黃", "Huang"), ("張", "Chang"), ("李", "Lee"), ("王", "Wang"),
           ("吳", "Wu"), ("劉", "Liu"), ("蔡", "Tsai"), ("楊", "Yang"), ("許", "Hsu"), ("鄭", "Cheng"),
           ("謝", "Hsieh"), ("郭", "Kuo"))
_GIVEN = (("怡婷", "Yi-ting"), ("家豪", "Chia-hao"), ("志偉", "Chih-wei"), ("淑芬", "Shu-fen"), ("雅婷", "Ya-ting"),
          ("俊宏", "Chun-hung"), ("威倫", "Wei-lun"), ("欣怡", "Hsin-yi"), ("柏翰", "Po-han"), ("宇辰", "Yu-chen"),
          ("佩珊", "Pei-shan"), ("冠宇", "Kuan-yu"), ("承恩", "Cheng-en"), ("詩涵", "Shih-han"))
_ENGLISH = ("Ethan", "Kevin", "Vivian", "Jerry", "Annie", "Tony", "Irene", "Allen", "Peggy", "Jason", "Sandy", "Eric")
_LOC = ("Hsinchu, Taiwan", "新竹市", "Taipei", "台北", "Zhubei", "Taichung", "", "", "Shenzhen", "Remote")


def unix(c: Any, i: int) -> int:
    return c.r.randint(1_640_000_000, 1_735_000_000)


def _user(c: Any, i: int) -> dict:
    (fh, fr), (gh, gr) = c.r.choice(_FAMILY), c.r.choice(_GIVEN)
    eng = c.r.choice(_ENGLISH)
    login = c.r.choice((f"{gr.replace('-', '').lower()}.{fr.lower()}", f"{eng.lower()}-{fr.lower()}",
                        f"{fr.lower()}{gr.split('-')[0].lower()}", f"{eng.lower()}{c.r.randint(1, 99)}"))
    full = c.r.choice((f"{fh}{gh}", f"{eng} {fr}", f"{fr} {gr}", f"{eng} {fr} {fh}{gh}", ""))
    work = f"{login.split('.')[0]}@kestrel-iot.com.tw"
    private = f"{login.replace('.', '_')}@{c.r.choice(('gmail.com', 'yahoo.com.tw', 'hotmail.com', 'outlook.com'))}"
    return {"login": login, "full": full, "email": work if c.r.random() < 0.7 else private, "alt": private,
            "eng": eng, "fr": fr, "gr": gr}


_U = Rec(_user)
_E = Rec(_user)
_X = Rec(_user)
_W = Rec(lambda c, i: {"name": c.r.choice(("YubiKey 5C", "Touch ID", "Windows Hello", "Pixel 8", "iPhone"))})
_ISSUE_TITLES = ("BLE pairing fails after OTA 2.3.1", "RMA batch 0412: battery swelling", "Add Modbus RTU support",
                 "Gateway reboots when LTE drops", "Update CE declaration docs", "Customer cannot bind device")
_ISSUE_BODY = ("Repro: flash 2.3.1, pair with Android 14. Logs attached.", "",
               "客戶 {n} 回報裝置無法綁定，電話 {p}，序號 KS-{s}。", "Customer {e} reports gateway offline since Monday, "
               "serial KS-{s}.", "See datasheet p.14, register 0x2A.", "Contact at distributor: {n} {p}",
               "Steps:\n1. Factory reset\n2. Bind via app\nExpected: online. Actual: timeout.")
_COMMENT = ("LGTM", "Fixed in #{k}", "Can you attach the UART log?", "已寄新品給 {n}，地址 新竹市東區光復路二段{k}號",
            "Called {n} ({p}), device works after reset.", "Duplicate of #{k}", "+1", "Please send logs to {e}",
            "Merged, will be in 2.3.2")


def _text(pool: tuple) -> Any:
    def gen(c: Any, i: int) -> str:
        (fh, fr), (gh, gr) = c.r.choice(_FAMILY), c.r.choice(_GIVEN)
        return c.r.choice(pool).format(n=c.r.choice((f"{fh}{gh}", f"{fh}先生", f"{fh}小姐", f"{gr} {fr}")),
                                       p=f"09{digits(c, 2)}-{digits(c, 3)}-{digits(c, 3)}", s=digits(c, 8),
                                       e=f"{gr.replace('-', '').lower()}.{fr.lower()}@gmail.com",
                                       k=c.r.randint(2, 400))
    return gen


def gitea_tables() -> list[T]:
    user = T(S, "user", [
        pk(),
        C("lower_name", "varchar(255)", "none", lambda c, i: _U.f("login")(c, i).lower()),
        C("name", "varchar(255)", "none", _U.f("login")),
        C("full_name", "varchar(255)", "person_name", _U.f("full")),
        C("email", "varchar(255)", "email", _U.f("email")),
        C("keep_email_private", "boolean", "none", flag(0.3)),
        C("email_notifications_preference", "varchar(20)", "none", one("enabled", "onmention", "disabled")),
        C("passwd", "varchar(255)", "credentials", pbkdf2_gitea),
        C("passwd_hash_algo", "varchar(255)", "none", one("pbkdf2$50000$50", "pbkdf2_v2")),
        C("must_change_password", "boolean", "none", flag(0.05)),
        C("login_type", "integer", "none", one(0, 0, 6)),
        C("login_source", "bigint", "none", one(0, 0, 1)),
        C("login_name", "varchar(255)", "none", one("")),
        C("type", "integer", "none", one(0)),
        C("location", "varchar(255)", "none", one(*_LOC)),
        C("website", "varchar(255)", "none", one("", "", "", "https://kestrel-iot.com.tw")),
        C("rands", "varchar(32)", "secret_token", token(32, HEX)),
        C("salt", "varchar(32)", "none", token(32, HEX)),
        C("language", "varchar(5)", "none", one("zh-TW", "en-US", "zh-TW")),
        C("description", "text", "none", one("", "", "Firmware", "硬體工程師", "QA / test automation", "PM")),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
        C("last_login_unix", "bigint", "none", unix),
        C("last_repo_visibility", "boolean", "none", flag(0.8)),
        C("max_repo_creation", "integer", "none", one(-1)),
        C("is_active", "boolean", "none", flag(0.92)),
        C("is_admin", "boolean", "none", flag(0.05)),
        C("is_restricted", "boolean", "none", flag(0.1)),
        C("allow_git_hook", "boolean", "none", flag(0.02)),
        C("allow_import_local", "boolean", "none", flag(0.02)),
        C("allow_create_organization", "boolean", "none", flag(0.5)),
        C("prohibit_login", "boolean", "none", flag(0.06)),
        C("avatar", "varchar(2048)", "none", lambda c, i: token(32, HEX)(c, i) if c.r.random() < 0.4 else ""),
        C("avatar_email", "varchar(255)", "email", _U.f("alt")),
        C("use_custom_avatar", "boolean", "none", flag(0.4)),
        C("num_followers", "integer", "none", num(0, 12)),
        C("num_following", "integer", "none", num(0, 12)),
        C("num_stars", "integer", "none", num(0, 30)),
        C("num_repos", "integer", "none", num(0, 25)),
        C("visibility", "integer", "none", one(0, 0, 2)),
        C("diff_view_style", "varchar(255)", "none", one("", "split", "unified")),
        C("theme", "varchar(255)", "none", one("gitea-auto", "gitea-dark", "gitea-light")),
        C("keep_activity_private", "boolean", "none", flag(0.2)),
    ], rows=N_USERS)
    mails = T(S, "email_address", [
        pk(),
        C("uid", "bigint", "none", ref(N_USERS)),
        C("email", "varchar(255)", "email", _E.f("alt")),
        C("lower_email", "varchar(255)", "email", lambda c, i: _E.f("alt")(c, i).lower()),
        C("is_activated", "boolean", "none", flag(0.9)),
        C("is_primary", "boolean", "none", flag(0.6)),
    ], rows=120)
    ext = T(S, "external_login_user", [
        C("external_id", "varchar(255)", "none", lambda c, i: uuid4(c, i)),
        C("user_id", "bigint", "none", ref(N_USERS)),
        C("login_source_id", "bigint", "none", one(1)),
        C("raw_data", "text", "email", lambda c, i: json.dumps({"email": _X.f("email")(c, i), "name": _X.f("full")(
            c, i), "preferred_username": _X.f("login")(c, i), "ipaddr": ipv4(c, i), "tid": "f3c1" + digits(c, 4)},
            ensure_ascii=False)),
        C("provider", "varchar(25)", "none", one("openidConnect")),
        C("email", "varchar(255)", "email", _X.f("email")),
        C("name", "varchar(255)", "person_name", _X.f("full")),
        C("first_name", "varchar(255)", "person_name", _X.f("eng")),
        C("last_name", "varchar(255)", "person_name", _X.f("fr")),
        C("nick_name", "varchar(255)", "none", _X.f("login")),
        C("description", "varchar(255)", "none", one("")),
        C("avatar_url", "text", "none", lambda c, i: f"https://graph.microsoft.com/v1.0/users/{uuid4(c, i)}/photo"),
        C("location", "varchar(255)", "none", one("", "Hsinchu")),
        C("access_token", "text", "secret_token", lambda c, i: "eyJ0eXAiOiJKV1QiLCJub25jZSI6" + token(600)(c, i)),
        C("access_token_secret", "text", "secret_token", lambda c, i: ""),
        C("refresh_token", "text", "secret_token", token(300, prefix="0.AV0A")),
        C("expires_at", "timestamp", "none", lambda c, i: None),
    ], rows=80)
    tokens = T(S, "access_token", [
        pk(),
        C("uid", "bigint", "none", ref(N_USERS)),
        C("name", "varchar(255)", "none", one("drone-ci", "jenkins", "laptop", "renovate", "tea cli", "vscode")),
        C("token_hash", "varchar(255)", "secret_token", token(100, HEX)),
        C("token_salt", "varchar(255)", "none", token(10)),
        C("token_last_eight", "varchar(255)", "none", token(8, HEX)),
        C("scope", "varchar(255)", "none", one("all", "write:repository", "read:repository,write:issue")),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
    ], rows=100)
    tfa = T(S, "two_factor", [
        pk(),
        C("uid", "bigint", "none", ref(N_USERS)),
        C("secret", "varchar(255)", "secret_token", token(64, B64)),
        C("scratch_salt", "varchar(255)", "none", token(10)),
        C("scratch_hash", "varchar(255)", "secret_token", token(100, HEX)),
        C("last_used_passcode", "varchar(10)", "none", lambda c, i: digits(c, 6)),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
    ], rows=80)
    keys = T(S, "public_key", [
        pk(),
        C("owner_id", "bigint", "none", ref(N_USERS)),
        C("name", "varchar(255)", "none", one("MacBook Pro", "work-pc", "build-server", "ThinkPad", "yubikey")),
        C("fingerprint", "varchar(255)", "none", lambda c, i: "SHA256:" + token(43, B64)(c, i)),
        C("content", "text", "none", lambda c, i: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + token(43, B64)(c, i)),
        C("mode", "integer", "none", one(2)),
        C("type", "integer", "none", one(1, 1, 2)),
        C("login_source_id", "bigint", "none", one(0)),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
        C("verified", "boolean", "none", flag(0.3)),
    ], rows=100)
    webauthn = T(S, "webauthn_credential", [
        pk(),
        C("name", "varchar(255)", "none", _W.f("name")),
        C("lower_name", "varchar(255)", "none", lambda c, i: _W.f("name")(c, i).lower()),
        C("user_id", "bigint", "none", ref(N_USERS)),
        C("credential_id", "bytea", "none", lambda c, i: bytes(c.r.randrange(256) for _ in range(32))),
        C("public_key", "bytea", "none", lambda c, i: bytes(c.r.randrange(256) for _ in range(77))),
        C("attestation_type", "varchar(255)", "none", one("none", "packed")),
        C("aaguid", "bytea", "none", lambda c, i: bytes(c.r.randrange(256) for _ in range(16))),
        C("sign_count", "bigint", "none", num(0, 900)),
        C("clone_warning", "boolean", "none", flag(0.01)),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
    ], rows=80)
    issues = T(S, "issue", [
        pk(),
        C("repo_id", "bigint", "none", num(1, 40)),
        C("index", "bigint", "none", num(1, 400)),
        C("poster_id", "bigint", "none", ref(N_USERS)),
        C("original_author", "varchar(255)", "none", one("", "", "", "jira-import")),
        C("original_author_id", "bigint", "none", one(0)),
        C("name", "varchar(255)", "none", one(*_ISSUE_TITLES)),
        C("content", "text", "free_text_may_contain_pii", _text(_ISSUE_BODY)),
        C("milestone_id", "bigint", "none", num(0, 9)),
        C("priority", "integer", "none", one(0)),
        C("is_closed", "boolean", "none", flag(0.6)),
        C("is_pull", "boolean", "none", flag(0.4)),
        C("num_comments", "integer", "none", num(0, 30)),
        C("ref", "varchar(255)", "none", one("", "refs/heads/main", "refs/heads/release/2.3")),
        C("deadline_unix", "bigint", "none", one(0, 0, 1_735_000_000)),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
        C("is_locked", "boolean", "none", flag(0.02)),
    ], rows=N_ISSUES)
    comments = T(S, "comment", [
        pk(),
        C("type", "integer", "none", one(0, 0, 0, 7, 21)),
        C("poster_id", "bigint", "none", ref(N_USERS)),
        C("original_author", "varchar(255)", "none", one("")),
        C("issue_id", "bigint", "none", ref(N_ISSUES)),
        C("label_id", "bigint", "none", one(0, 0, 3)),
        C("content", "text", "free_text_may_contain_pii", _text(_COMMENT)),
        C("patch", "text", "none", one("", "", "@@ -12,3 +12,4 @@\n-  retry = 3\n+  retry = 5")),
        C("created_unix", "bigint", "none", unix),
        C("updated_unix", "bigint", "none", unix),
        C("commit_sha", "varchar(64)", "none", token(40, HEX)),
        C("line", "bigint", "none", num(0, 400)),
        C("tree_path", "varchar(4000)", "none", one("", "fw/ble/pair.c", "app/src/bind.ts")),
        C("invalidated", "boolean", "none", flag(0.05)),
    ], rows=150)
    return [user, mails, ext, tokens, tfa, keys, webauthn, issues, comments]
