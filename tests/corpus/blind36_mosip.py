"""al_mosip: MOSIP 1.2 (master, pre-registration, registration-processor, id-repository and IDA tables, flattened into
one schema) as recalled from memory, for Guinea-Bissau's national identity programme. Applicants are natural persons;
registration centres are public offices."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, const, dates, digits, fk, fkey, flag, ints, maybe, one, rbytes,
                           sha256, stamps, uuid)
from .blind36_gens import any_name, person, pick
from .gens import Table

S = "al_mosip"
APP, OFF = "mo.applicant", "mo.officer"
N_CEN, N_OFF, N_APP = 30, 48, 150


def _reg_id(i: int) -> str:
    """centre (5) + machine (5) + sequence (5) + yyyyMMddHHmmss: 29 digits."""
    return f"{10000 + i % N_CEN + 1}{10000 + i % 7}{i:05d}2025{i % 12 + 1:02d}{i % 28 + 1:02d}101512"


def _prereg(i: int) -> str:
    return f"{38207411000000 + i * 7919}"


def _mv_comment(c, i):
    return c.r.choice([None, "Demographic match only; different faces.", "Twins, both genuine.",
                       f"Same person as {person('gw', APP, 'full')(c, c.r.randint(1, N_APP))}; rejected as duplicate.",
                       "Photo quality low, re-capture at centre.",
                       f"Applicant says brother {any_name('gw')(c, i)} used her documents in 2023."])


def mosip_tables() -> list[Table]:
    a = lambda f: person("gw", APP, f, 1950, 2008)         # noqa: E731
    o = lambda f: person("gw", OFF, f, 1970, 2000)         # noqa: E731
    return [
        Table(S, "registration_center", [
            C("id", "varchar(10) PRIMARY KEY", "none", lambda c, i: f"{10000 + i}"),
            C("name", "varchar(128)", "none", lambda c, i: f"Centro de Registo {pick('gw', 'city')(c, i)} {i}"),
            C("cntrtyp_code", "varchar(36)", "none", one("REG", "REG", "MOB")),
            C("addr_line1", "varchar(256)", "none", lambda c, i: f"{pick('gw', 'street')(c, i)}, edifício da Câmara"),
            C("addr_line2", "varchar(256)", "none", pick("gw", "district")),
            C("latitude", "varchar(32)", "none", lambda c, i: f"{11.86 + c.r.uniform(-0.9, 0.6):.5f}"),
            C("longitude", "varchar(32)", "none", lambda c, i: f"{-15.6 + c.r.uniform(-0.8, 1.6):.5f}"),
            C("location_code", "varchar(36)", "none", lambda c, i: f"GW-{c.r.choice(['BS', 'BA', 'GA', 'CA', 'OI'])}"),
            C("contact_phone", "varchar(16)", "none", lambda c, i: f"+245 443 {digits(c, 3)} {digits(c, 3)}"),
            C("contact_person", "varchar(128)", "person_name", any_name("gw")),
            C("number_of_kiosks", "smallint", "none", ints(1, 8)),
            C("working_hours", "varchar(32)", "none", const("8:00:00")),
            C("per_kiosk_process_time", "time", "none", const("00:15:00")),
            C("center_start_time", "time", "none", const("08:00:00")),
            C("center_end_time", "time", "none", const("16:00:00")),
            C("time_zone", "varchar(64)", "none", const("GMT")),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("is_active", "boolean", "none", flag(0.9)),
            C("cr_by", "varchar(256)", "none", const("superadmin")),
            C("cr_dtimes", "timestamp", "none", stamps(2022, 2023)),
        ], rows=N_CEN),
        Table(S, "user_detail", [
            C("id", "varchar(256) PRIMARY KEY", "none", lambda c, i: f"{110100 + i}"),
            C("name", "varchar(64)", "person_name", o("full")),
            C("status_code", "varchar(36)", "none", one("ACT", "ACT", "INA")),
            C("regcntr_id", "varchar(10)", "none", lambda c, i: f"{10000 + fk(N_CEN, 3)(c, i)}"),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("last_login_dtimes", "timestamp", "none", maybe(stamps(2025, 2025), 0.8)),
            C("last_login_method", "varchar(64)", "none", one("PWD", "FINGERPRINT", "IRIS", "FACE")),
            C("is_active", "boolean", "none", flag(0.9)),
            C("cr_by", "varchar(256)", "none", const("superadmin")),
            C("cr_dtimes", "timestamp", "none", stamps(2022, 2024)),
        ], rows=N_OFF, extra=[fkey(S, "user_detail", "regcntr_id", "registration_center", "id")]),
        Table(S, "applicant_demographic", [
            C("prereg_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: _prereg(i)),
            C("demog_detail", "bytea", "none", lambda c, i: rbytes(c, 96), comment="encrypted identity JSON"),
            C("demog_detail_hash", "varchar(64)", "none", lambda c, i: sha256(c).upper()),
            C("encrypted_dtimes", "timestamp", "none", stamps(2024, 2025)),
            C("status_code", "varchar(36)", "none", one("Booked", "Pending_Appointment", "Expired", "Consumed")),
            C("lang_code", "varchar(3)", "none", one("por", "eng", "fra")),
            C("cr_appuser_id", "varchar(256)", "email", a("email")),
            C("cr_by", "varchar(256)", "email", a("email")),
            C("cr_dtimes", "timestamp", "none", stamps(2024, 2025)),
            C("upd_by", "varchar(256)", "none", maybe(const("pre-registration-batchjob"), 0.4)),
            C("upd_dtimes", "timestamp", "none", maybe(stamps(2025, 2025), 0.4)),
        ], rows=N_APP),
        Table(S, "reg_appointment", [
            C("id", "varchar(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("regcntr_id", "varchar(10)", "none", lambda c, i: f"{10000 + fk(N_CEN, 7)(c, i)}"),
            C("prereg_id", "varchar(36)", "none", lambda c, i: _prereg(i)),
            C("booking_dtimes", "timestamp", "none", stamps(2024, 2025)),
            C("appointment_date", "date", "none", dates(2025, 2025)),
            C("slot_from_time", "time", "none", one("08:00:00", "08:15:00", "09:30:00", "11:45:00", "14:00:00")),
            C("slot_to_time", "time", "none", one("08:15:00", "08:30:00", "09:45:00", "12:00:00", "14:15:00")),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("cr_by", "varchar(256)", "email", a("email")),
            C("cr_dtimes", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_APP, extra=[fkey(S, "reg_appointment", "regcntr_id", "registration_center", "id"),
                              fkey(S, "reg_appointment", "prereg_id", "applicant_demographic", "prereg_id")]),
        Table(S, "registration", [
            C("id", "varchar(39) PRIMARY KEY", "none", lambda c, i: _reg_id(i)),
            C("reg_type", "varchar(64)", "none", one("NEW", "NEW", "NEW", "UPDATE", "LOST")),
            C("ref_reg_id", "varchar(39)", "none", const(None)),
            C("prereg_id", "varchar(64)", "none", maybe(lambda c, i: _prereg(i), 0.7)),
            C("latest_trn_id", "varchar(36)", "none", lambda c, i: uuid(c)),
            C("latest_trn_type_code", "varchar(64)", "none", one("PACKET_RECEIVER", "DEMOGRAPHIC_VERIFICATION",
                                                                 "BIOGRAPHIC_VERIFICATION", "UIN_GENERATOR")),
            C("latest_trn_status_code", "varchar(36)", "none", one("SUCCESS", "SUCCESS", "FAILED", "REPROCESS")),
            C("latest_trn_dtimes", "timestamp", "none", stamps(2025, 2025)),
            C("registration_stage_name", "varchar(128)", "none", one("PrintingStage", "UinGeneratorStage",
                                                                     "ManualAdjudicationStage", "BioDedupeStage")),
            C("reg_process_retry_count", "smallint", "none", ints(0, 3)),
            C("status_code", "varchar(36)", "none", one("PROCESSED", "PROCESSED", "PROCESSING", "REJECTED")),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("status_comment", "varchar(256)", "none", one("Packet processed successfully", "Biometric deduplication",
                                                            "Manual verification pending", "UIN generated")),
            C("applicant_type", "varchar(36)", "none", one("Adult", "Adult", "Child")),
            C("cr_by", "varchar(256)", "none", const("MOSIP_SYSTEM")),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=N_APP),
        Table(S, "individual_demographic_dedup", [
            C("reg_id", "varchar(39) PRIMARY KEY", "none", lambda c, i: _reg_id(i)),
            C("name", "varchar(512)", "person_name", a("full")),
            C("dob", "varchar(10)", "birth_date", lambda c, i: a("birth")(c, i).strftime("%Y/%m/%d")),
            C("gender", "varchar(64)", "none", lambda c, i: "Masculino" if a("sex")(c, i) == "M" else "Feminino"),
            C("phone", "varchar(64)", "phone", a("mobile")),
            C("email", "varchar(512)", "email", maybe(a("email"), 0.4)),
            C("postal_code", "varchar(64)", "postal_address", a("a_postcode")),
            C("is_active", "boolean", "none", const(True)),
            C("cr_by", "varchar(256)", "none", const("MOSIP_SYSTEM")),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=N_APP, extra=[fkey(S, "individual_demographic_dedup", "reg_id", "registration", "id")]),
        Table(S, "uin", [
            C("uin_ref_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: f"a7{i:06d}-2f1c-4e0a-9b1d-{i:012d}"),
            C("uin", "varchar(500)", "national_id", a("natid")),
            C("uin_hash", "varchar(128)", "none", lambda c, i: f"{c.r.randint(0, 999)}_{sha256(c).upper()}"),
            C("uin_data", "bytea", "none", lambda c, i: rbytes(c, 128)),
            C("uin_data_hash", "varchar(64)", "none", lambda c, i: sha256(c).upper()),
            C("reg_id", "varchar(39)", "none", lambda c, i: _reg_id(i)),
            C("bio_ref_id", "varchar(128)", "none", lambda c, i: uuid(c)),
            C("status_code", "varchar(32)", "none", one("ACTIVATED", "ACTIVATED", "BLOCKED", "DEACTIVATED")),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("cr_by", "varchar(256)", "none", const("IDR")),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=N_APP, extra=[fkey(S, "uin", "reg_id", "registration", "id")]),
        Table(S, "uin_biometric", [
            C("uin_ref_id", "varchar(36)", "none", lambda c, i: f"a7{i:06d}-2f1c-4e0a-9b1d-{i:012d}"),
            C("biometric_file_type", "varchar(36)", "none", const("individualBiometrics")),
            C("bio_file_id", "varchar(128)", "none", lambda c, i: uuid(c)),
            C("biometric_file_name", "varchar(128)", "none", lambda c, i: f"individualBiometrics_bio_CBEFF_{i}.xml"),
            C("biometric_file_hash", "varchar(64)", "none", lambda c, i: sha256(c).upper()),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("cr_by", "varchar(256)", "none", const("IDR")),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=N_APP, extra=[fkey(S, "uin_biometric", "uin_ref_id", "uin", "uin_ref_id")]),
        Table(S, "reg_manual_verification", [
            C("reg_id", "varchar(39) PRIMARY KEY", "none", lambda c, i: _reg_id(i)),
            C("matched_ref_id", "varchar(39)", "none", lambda c, i: _reg_id(i * 5 % N_APP + 1)),
            C("matched_ref_type", "varchar(36)", "none", one("RID", "UIN")),
            C("mv_usr_id", "varchar(256)", "none", lambda c, i: f"{110100 + fk(N_OFF, 5)(c, i)}"),
            C("matched_score", "numeric(6,3)", "none", amounts(60, 100, 3)),
            C("status_code", "varchar(36)", "none", one("APPROVED", "REJECTED", "PENDING")),
            C("reason_code", "varchar(36)", "none", one("BIO_MATCH", "DEMO_MATCH", "NONE")),
            C("status_comment", "varchar(256)", "free_text_may_contain_pii", _mv_comment),
            C("is_active", "boolean", "none", const(True)),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=90, extra=[fkey(S, "reg_manual_verification", "reg_id", "registration", "id"),
                           fkey(S, "reg_manual_verification", "mv_usr_id", "user_detail", "id")]),
        Table(S, "auth_transaction", [
            C("id", "varchar(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("request_dtimes", "timestamp", "none", stamps(2025, 2025)),
            C("response_dtimes", "timestamp", "none", stamps(2025, 2025)),
            C("request_trn_id", "varchar(64)", "none", lambda c, i: digits(c, 10)),
            C("auth_type_code", "varchar(36)", "none", one("OTP-REQUEST", "OTP-AUTH", "DEMO-AUTH", "BIO-AUTH")),
            C("status_code", "varchar(36)", "none", one("Y", "Y", "N")),
            C("status_comment", "varchar(1024)", "none", one("OTP Authentication Success", "Biometric Authentication Failed",
                                                             "Demo Authentication Success")),
            C("ref_id_type", "varchar(36)", "none", one("UIN", "VID")),
            C("ref_id", "varchar(128)", "none", lambda c, i: sha256(c).upper()),
            C("token_id", "varchar(128)", "none", lambda c, i: digits(c, 36)),
            C("requested_entity_type", "varchar(64)", "none", const("partner")),
            C("requested_entity_id", "varchar(36)", "none", one("mpartner-banco-bao", "mpartner-orange-money", "mpartner-cne")),
            C("requested_entity_name", "varchar(128)", "none", one("Banco da África Ocidental", "Orange Money GB",
                                                                   "Comissão Nacional de Eleições")),
            C("request_signature", "varchar", "none", lambda c, i: b64(c, 96)),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150),
        Table(S, "otp_transaction", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("ref_id", "varchar(512)", "none", lambda c, i: sha256(c).upper()),
            C("otp", "varchar(8)", "secret_token", lambda c, i: digits(c, 6)),
            C("generated_dtimes", "timestamp", "none", stamps(2025, 2025)),
            C("expiry_dtimes", "timestamp", "none", stamps(2025, 2025)),
            C("validation_retry_count", "smallint", "none", ints(0, 3)),
            C("status_code", "varchar(36)", "none", one("OTP_UNUSED", "OTP_USED", "OTP_EXPIRED")),
            C("lang_code", "varchar(3)", "none", const("por")),
            C("cr_by", "varchar(256)", "none", const("kernel-otpmanager")),
            C("cr_dtimes", "timestamp", "none", stamps(2025, 2025)),
        ], rows=120),
    ]

