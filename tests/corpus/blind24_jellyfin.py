"""a_jellyfin: the Jellyfin media server's database (jellyfin.db and its library tables), recreated from memory with
Entity Framework's PascalCase table and column names, for a Hungarian household-and-friends server."""
from __future__ import annotations

from .blind24_gens import (HU_FEMALE, HU_LAST, HU_MALE, ch, col, dec, fk, flag, hexs, ip4, num, opt, pbkdf2_hash,
                           people, person, pk, ts, uid, uid_for, uid_pk, uid_ref)
from .gens import Ctx, Table

S = "a_jellyfin"
N_USERS, N_ITEMS, N_PEOPLE = 40, 140, 120
TITLES = ("Dűne", "A Pál utcai fiúk", "Saul fia", "Testről és lélekről", "Kontroll", "Macskafogó", "Valami Amerika",
          "Az ember tragédiája", "Egri csillagok", "Hukkle", "Taxidermia", "Napszállta", "Mi kis falunk",
          "Aranyélet", "Oppenheimer", "Barbie", "Interstellar", "Arcane", "Bluey", "Severance")
HU_IPS = ("84.2", "84.3", "91.120", "188.6", "178.48", "80.98")


def users() -> Table:
    p = people("hu", "Users")
    return Table(S, "Users", [
        col("Id", "uuid PRIMARY KEY", "none", uid_pk("user")),
        col("Username", "text", "none", p("user")),
        col("Password", "text", "credentials", opt(pbkdf2_hash, 0.1)),
        col("MustUpdatePassword", "boolean", "none", flag(0.05)),
        col("AudioLanguagePreference", "text", "none", opt(ch("hun", "eng", "jpn"), 0.4)),
        col("AuthenticationProviderId", "text", "none",
            const_str("Jellyfin.Server.Implementations.Users.DefaultAuthenticationProvider")),
        col("PasswordResetProviderId", "text", "none",
            const_str("Jellyfin.Server.Implementations.Users.DefaultPasswordResetProvider")),
        col("InvalidLoginAttemptCount", "integer", "none", num(0, 4)),
        col("LastActivityDate", "timestamp", "none", ts(2023, 2024)),
        col("LastLoginDate", "timestamp", "none", ts(2023, 2024)),
        col("LoginAttemptsBeforeLockout", "integer", "none", opt(ch(3, 5, 10), 0.5)),
        col("MaxActiveSessions", "integer", "none", ch(0, 0, 2, 3)),
        col("SubtitleMode", "integer", "none", num(0, 4)),
        col("PlayDefaultAudioTrack", "boolean", "none", flag(0.9)),
        col("SubtitleLanguagePreference", "text", "none", opt(ch("hun", "eng"), 0.4)),
        col("DisplayMissingEpisodes", "boolean", "none", flag(0.2)),
        col("EnableLocalPassword", "boolean", "none", flag(0.3)),
        col("HidePlayedInLatest", "boolean", "none", flag(0.8)),
        col("RememberAudioSelections", "boolean", "none", flag(0.9)),
        col("RememberSubtitleSelections", "boolean", "none", flag(0.9)),
        col("EnableNextEpisodeAutoPlay", "boolean", "none", flag(0.9)),
        col("EnableAutoLogin", "boolean", "none", flag(0.1)),
        col("EnableUserPreferenceAccess", "boolean", "none", flag(0.9)),
        col("MaxParentalAgeRating", "integer", "none", opt(ch(6, 12, 16), 0.7)),
        col("RemoteClientBitrateLimit", "integer", "none", opt(ch(4000000, 8000000, 20000000), 0.6)),
        col("InternalId", "bigint", "none", pk),
        col("SyncPlayAccess", "integer", "none", num(0, 2)),
        col("CastReceiverId", "text", "none", opt(const_str("F007D354"), 0.7)),
        col("RowVersion", "bigint", "none", num(0, 40))], rows=N_USERS)


def const_str(v: str):
    return lambda c, i: v


def permissions() -> Table:
    kinds = ("IsAdministrator", "IsHidden", "IsDisabled", "EnableRemoteAccess", "EnableContentDeletion",
             "EnableMediaPlayback", "EnableLiveTvAccess", "EnableSharedDeviceControl", "EnablePublicSharing")
    return Table(S, "Permissions", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS)),
        col("Kind", "integer", "none", lambda c, i: i % len(kinds)),
        col("Value", "boolean", "none", flag(0.6)),
        col("RowVersion", "bigint", "none", num(0, 5))], rows=140,
        extra=[fk(S, "Permissions", "UserId", "Users", "Id")])


def preferences() -> Table:
    return Table(S, "Preferences", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS, 3)),
        col("Kind", "integer", "none", num(0, 12)),
        col("Value", "text", "none", lambda c, i: c.r.choice(("", "hun|eng", "Movies,TvShows", uid_for("item", i),
                                                              "smalltiles"))),
        col("RowVersion", "bigint", "none", num(0, 5))], rows=120,
        extra=[fk(S, "Preferences", "UserId", "Users", "Id")])


def access_schedules() -> Table:
    return Table(S, "AccessSchedules", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS, 7)),
        col("DayOfWeek", "integer", "none", num(0, 9)),
        col("StartHour", "double precision", "none", ch(6.0, 7.5, 15.0)),
        col("EndHour", "double precision", "none", ch(20.0, 21.5, 22.0))], rows=84,
        extra=[fk(S, "AccessSchedules", "UserId", "Users", "Id")])


def devices() -> Table:
    def device_name(c: Ctx, i: int) -> str:
        return c.r.choice(("Samsung Smart TV", "Chrome Windows", "Firefox", "Android TV", "iPhone", "Xbox One",
                           "LG webOS TV", "Kodi", "Pixel 7", "Nappali TV", "Gyerekszoba tablet"))
    return Table(S, "Devices", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS, 1, 5)),
        col("AccessToken", "text", "secret_token", hexs(32)),
        col("AppName", "text", "none", ch("Jellyfin Web", "Jellyfin Android", "Jellyfin for Kodi", "Swiftfin",
                                          "Infuse", "Findroid")),
        col("AppVersion", "text", "none", ch("10.8.13", "10.9.7", "2.6.1", "0.13.1")),
        col("DeviceName", "text", "none", device_name),
        col("DeviceId", "text", "none", hexs(40)),
        col("IsActive", "boolean", "none", flag(0.8)),
        col("DateCreated", "timestamp", "none", ts(2022, 2024)),
        col("DateModified", "timestamp", "none", ts(2023, 2024)),
        col("DateLastActivity", "timestamp", "none", ts(2024, 2024))], rows=130,
        extra=[fk(S, "Devices", "UserId", "Users", "Id")])


def api_keys() -> Table:
    return Table(S, "ApiKeys", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("DateCreated", "timestamp", "none", ts(2022, 2024)),
        col("DateLastActivity", "timestamp", "none", ts(2024, 2024)),
        col("Name", "text", "none", ch("Home Assistant", "Jellyseerr", "Sonarr", "Radarr", "Jellystat", "Backup")),
        col("AccessToken", "text", "secret_token", hexs(32))], rows=12)


def activity_logs() -> Table:
    def name(c: Ctx, i: int) -> str:
        u = person(c, "hu", "Users", (i % N_USERS) + 1)["user"]
        return c.r.choice((f"{u} is playing {c.r.choice(TITLES)} on Jellyfin Web",
                           f"{u} has finished playing {c.r.choice(TITLES)}",
                           f"{u} successfully authenticated", f"Failed login attempt from {u}",
                           f"{c.r.choice(TITLES)} was added to the library"))
    return Table(S, "ActivityLogs", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("Name", "text", "none", name),
        col("Overview", "text", "none", opt(lambda c, i: f"Chrome {c.r.randint(110, 124)} on Windows", 0.5)),
        col("ShortOverview", "text", "ip_address", lambda c, i: f"IP address: {ip4(*HU_IPS)(c, i)}"),
        col("Type", "text", "none", ch("AuthenticationSucceeded", "VideoPlayback", "VideoPlaybackStopped",
                                       "AuthenticationFailed", "SessionStarted")),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS)),
        col("ItemId", "text", "none", opt(lambda c, i: uid_for("item", i % N_ITEMS + 1).replace("-", ""), 0.4)),
        col("DateCreated", "timestamp", "none", ts(2024, 2024)),
        col("LogSeverity", "integer", "none", ch(2, 2, 3, 4)),
        col("RowVersion", "bigint", "none", num(0, 1))], rows=150,
        extra=[fk(S, "ActivityLogs", "UserId", "Users", "Id")])


def display_preferences() -> Table:
    return Table(S, "DisplayPreferences", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS, 11)),
        col("ItemId", "uuid", "none", uid()),
        col("Client", "text", "none", ch("emby", "Jellyfin Android", "Kodi")),
        col("ShowSidebar", "boolean", "none", flag(0.2)),
        col("ShowBackdrop", "boolean", "none", flag(0.8)),
        col("ScrollDirection", "integer", "none", num(0, 1)),
        col("IndexBy", "integer", "none", opt(num(0, 2), 0.7)),
        col("SkipForwardLength", "integer", "none", ch(30000, 15000)),
        col("SkipBackwardLength", "integer", "none", ch(10000, 15000)),
        col("ChromecastVersion", "integer", "none", num(0, 1)),
        col("EnableNextVideoInfoOverlay", "boolean", "none", flag(0.9)),
        col("DashboardTheme", "text", "none", opt(ch("dark", "light", "purplehaze"), 0.5)),
        col("TvHome", "text", "none", opt(ch("", "tv"), 0.6))], rows=96,
        extra=[fk(S, "DisplayPreferences", "UserId", "Users", "Id")])


def image_infos() -> Table:
    return Table(S, "ImageInfos", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS, 13)),
        col("Path", "text", "none", lambda c, i: f"/config/data/users/{uid_for('user', i % N_USERS + 1)}/profile.jpg"),
        col("LastModified", "timestamp", "none", ts(2022, 2024))], rows=N_USERS,
        extra=[fk(S, "ImageInfos", "UserId", "Users", "Id")])


def base_items() -> Table:
    def title(c: Ctx, i: int) -> str:
        return TITLES[i % len(TITLES)] + ("" if i <= len(TITLES) else f" ({i})")
    return Table(S, "BaseItems", [
        col("Id", "uuid PRIMARY KEY", "none", uid_pk("item")),
        col("Type", "text", "none", ch("MediaBrowser.Controller.Entities.Movies.Movie",
                                       "MediaBrowser.Controller.Entities.TV.Episode",
                                       "MediaBrowser.Controller.Entities.Audio.Audio")),
        col("Name", "text", "none", title),
        col("OriginalTitle", "text", "none", opt(title, 0.5)),
        col("Path", "text", "none", lambda c, i: f"/media/movies/{title(c, i)}/{title(c, i)}.mkv"),
        col("ProductionYear", "integer", "none", num(1962, 2024)),
        col("PremiereDate", "timestamp", "none", opt(ts(1990, 2024), 0.2)),
        col("Overview", "text", "none", ch("Egy fiatal nemes egy sivatagi bolygóra kerül.",
                                           "Budapest, 1889: a grund védelme.", "A sonderkommando tagja egy napja.",
                                           "Two sisters in a city of Piltover and Zaun.")),
        col("OfficialRating", "text", "none", ch("HU-12", "HU-16", "HU-18", "PG-13", "TV-Y")),
        col("CommunityRating", "real", "none", dec(4.5, 9.2, 1)),
        col("RunTimeTicks", "bigint", "none", lambda c, i: c.r.randint(20, 180) * 600000000),
        col("Genres", "text", "none", ch("Drama", "Sci-Fi|Adventure", "Animation|Family", "Comedy", "War|Drama")),
        col("Studios", "text", "none", ch("Mafilm", "Laokoon Filmgroup", "Pannónia Filmstúdió", "Legendary")),
        col("SortName", "text", "none", lambda c, i: title(c, i).lower()),
        col("DateCreated", "timestamp", "none", ts(2022, 2024)),
        col("ParentId", "uuid", "none", opt(lambda c, i: uid_for("item", max(1, i - 3)), 0.5)),
        col("IsFolder", "boolean", "none", flag(0.1)),
        col("Width", "integer", "none", ch(1920, 3840, 1280)),
        col("Height", "integer", "none", ch(1080, 2160, 720)),
        col("ProviderIds", "text", "none", lambda c, i: f"Imdb=tt{c.r.randint(100000, 9999999):07d}|"
                                                        f"Tmdb={c.r.randint(1000, 999999)}")], rows=N_ITEMS)


def people_t() -> Table:
    def actor(c: Ctx, i: int) -> str:
        first = c.r.choice(HU_MALE + HU_FEMALE)
        return f"{c.r.choice(HU_LAST)} {first}"
    return Table(S, "People", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("ItemId", "uuid", "none", uid_ref("item", N_ITEMS, 3)),
        col("Name", "text", "person_name", actor, "Cast and crew as scraped from the metadata provider"),
        col("Role", "text", "none", opt(ch("Nemecsek Ernő", "Boka János", "Paul Atreides", "Saul Ausländer",
                                           "Bulcsú", "Jinx", "Mark Scout"), 0.3)),
        col("PersonType", "text", "none", ch("Actor", "Actor", "Director", "Writer", "Producer")),
        col("SortOrder", "integer", "none", num(0, 30))], rows=N_PEOPLE,
        extra=[fk(S, "People", "ItemId", "BaseItems", "Id")])


def user_datas() -> Table:
    return Table(S, "UserDatas", [
        col("Id", "integer PRIMARY KEY", "none", pk),
        col("ItemId", "uuid", "none", uid_ref("item", N_ITEMS, 7)),
        col("UserId", "uuid", "none", uid_ref("user", N_USERS, 3, 1)),
        col("CustomDataKey", "text", "none", hexs(32)),
        col("Rating", "double precision", "none", opt(dec(1, 10, 0), 0.8)),
        col("PlaybackPositionTicks", "bigint", "none", lambda c, i: c.r.randint(0, 80) * 600000000),
        col("PlayCount", "integer", "none", num(0, 12)),
        col("IsFavorite", "boolean", "none", flag(0.2)),
        col("LastPlayedDate", "timestamp", "none", opt(ts(2023, 2024), 0.3)),
        col("Played", "boolean", "none", flag(0.6)),
        col("AudioStreamIndex", "integer", "none", opt(num(1, 3), 0.5)),
        col("SubtitleStreamIndex", "integer", "none", opt(num(-1, 4), 0.5))], rows=150,
        extra=[fk(S, "UserDatas", "ItemId", "BaseItems", "Id"), fk(S, "UserDatas", "UserId", "Users", "Id")])


def jellyfin_tables() -> list[Table]:
    return [users(), permissions(), preferences(), access_schedules(), devices(), api_keys(), activity_logs(),
            display_preferences(), image_infos(), base_items(), people_t(), user_datas()]
