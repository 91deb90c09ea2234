"""z_calcom: a self-hosted Cal.com (Prisma, quoted camelCase columns) used by a Brazilian network of psychotherapists
for online and in-person sessions, recreated from memory: users, Team, EventType, Booking, Attendee, Payment,
Credential, VerificationToken, ApiKey, BookingReference and WorkflowReminder."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from .blind22_gens import (alnum, bcrypt, boolean, cpf, fk, fkey, hexs, maybe, part, pick, rdate, row, seq, slug, ts,
                           uuid4, weighted)
from .gens import Col, Ctx, Table

S = "z_calcom"
FIRST_F = ["Ana", "Beatriz", "Camila", "Fernanda", "Juliana", "Larissa", "Mariana", "Patrícia", "Renata", "Tatiane",
           "Gabriela", "Letícia", "Thaís", "Aline", "Bruna", "Maria Eduarda", "Vitória", "Luana", "Débora", "Sônia"]
FIRST_M = ["João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Felipe", "Gustavo", "Rodrigo", "Marcelo",
           "Leandro", "Vinícius", "Diego", "Caio", "Matheus", "Luiz Henrique", "Anderson", "Wellington", "Otávio"]
LAST = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
        "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa",
        "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas",
        "Cardoso", "Teixeira", "Cavalcanti", "Albuquerque", "Brandão"]
MAILS = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br",
         "terra.com.br", "icloud.com"]
DDD = ["11", "11", "11", "21", "31", "41", "51", "61", "71", "81", "85", "48", "19"]
TZ = ["America/Sao_Paulo"] * 6 + ["America/Recife", "America/Manaus", "America/Bahia", "Europe/Lisbon"]
TEAMS = ["Coletivo Escuta – Pinheiros", "Coletivo Escuta – Botafogo", "Coletivo Escuta – Savassi",
         "Coletivo Escuta – Online", "Coletivo Escuta – Moinhos", "Coletivo Escuta – Plantão Social"]
EVENTS = [("Psicoterapia individual", 50, 180), ("Primeira consulta (acolhimento)", 60, 0),
          ("Terapia de casal", 80, 280), ("Psicoterapia infantil", 45, 170), ("Avaliação neuropsicológica", 90, 450),
          ("Sessão social (valor reduzido)", 50, 60), ("Supervisão clínica", 60, 220), ("Orientação de pais", 50, 180)]
COMPLAINTS = ["Ansiedade generalizada, crises de pânico no trabalho", "Luto pela perda do pai em março",
              "Sintomas depressivos, insônia há 6 meses", "TDAH diagnosticado em 2022, uso Ritalina 10mg",
              "Burnout, afastado pelo INSS", "Transtorno alimentar (compulsão)", "Dificuldades no relacionamento",
              "TOC – pensamentos intrusivos", "Ideação suicida no passado, hoje estável", "Fobia social",
              "Pós-parto, choro frequente", "Uso abusivo de álcool", "Dependência de clonazepam", "Autismo nível 1 "
              "(diagnóstico tardio)", "Estresse pós-traumático após assalto", "Bipolaridade tipo II, faço uso de lítio"]


def _person(rr: random.Random, i: int) -> dict:
    fem = rr.random() < .68
    first = rr.choice(FIRST_F if fem else FIRST_M)
    last = f"{rr.choice(LAST)} {rr.choice(LAST)}" if rr.random() < .6 else rr.choice(LAST)
    ddd = rr.choice(DDD)
    phone = f"+55{ddd}9{rr.randint(6000, 9999)}{rr.randint(0, 9999):04d}"
    local = rr.choice([f"{slug(first)}.{slug(last.split()[-1])}", f"{slug(first)}{slug(last.split()[0])}"
                       f"{rr.randint(1, 99)}", f"{slug(first)[0]}{slug(last.split()[-1])}"]).replace("_", "")
    return {"first": first, "name": f"{first} {last}", "email": f"{local}@{rr.choice(MAILS)}", "phone": phone,
            "tz": rr.choice(TZ), "cpf": cpf(rr), "fem": fem, "birth": rdate(rr, 1958, 2005).isoformat()}


def _staff(rr: random.Random, i: int) -> dict:
    p = _person(rr, i)
    user = slug(p["name"].replace(" ", "-"))
    crp = f"{rr.choice(['06', '05', '04', '08', '07', '02'])}/{rr.randint(40000, 199999)}"
    return {**p, "username": user, "email": f"{user.split('-')[0]}.{user.split('-')[-1]}@coletivoescuta.com.br",
            "crp": crp}


def _slot(rr: random.Random, i: int) -> dict:
    start = datetime(2023, 1, 2, 8) + timedelta(days=rr.randint(0, 900), hours=rr.randint(0, 12))
    return {"start": start, "end": start + timedelta(minutes=rr.choice([45, 50, 60, 80, 90])),
            "created": start - timedelta(days=rr.randint(1, 30), minutes=rr.randint(0, 600))}


def U(name: str):
    return part("calcom.users", _staff, name)


def A(name: str):
    return part("calcom.attendee", _person, name)


def staff_bio(c: Ctx, i: int):
    s = row(c, "calcom.users", i, _staff)
    return c.r.choice([
        f"{'Psicóloga' if s['fem'] else 'Psicólogo'} clínico(a), CRP {s['crp']}. Abordagem TCC, atende adultos.",
        f"Psicanalista, CRP {s['crp']}. Atendimento online e presencial. WhatsApp {s['phone']}",
        "Especialista em terapia de casal e família.", f"Neuropsicóloga. Contato para laudos: {s['email']}",
        "Gestalt-terapeuta, atendimento a adolescentes e adultos.", None])


def responses(c: Ctx, i: int) -> str:
    a = row(c, "calcom.attendee", i, _person)
    d = {"name": a["name"], "email": a["email"], "attendeePhoneNumber": a["phone"],
         "location": {"value": c.r.choice(["integrations:daily", "inPerson"]), "optionValue": ""},
         "queixa-principal": c.r.choice(COMPLAINTS), "guests": []}
    if c.r.random() < .5:
        d["cpf-recibo"] = a["cpf"]
        d["data-nascimento"] = a["birth"]
    if c.r.random() < .3:
        d["usa-medicacao"] = c.r.choice(["Sim, sertralina 50mg", "Não", "Escitalopram", "Sim, quetiapina à noite"])
    return json.dumps(d, ensure_ascii=False)


def booking_title(c: Ctx, i: int) -> str:
    a = row(c, "calcom.attendee", i, _person)
    s = row(c, "calcom.users", c.r.randint(1, 80), _staff)
    return f"{c.r.choice(EVENTS)[0]} entre {s['name']} e {a['name']}"


def cancel_reason(c: Ctx, i: int):
    if c.r.random() > .25:
        return None
    a = row(c, "calcom.attendee", i, _person)
    return c.r.choice(["Conflito de horário no trabalho", "Estou com dengue, preciso remarcar",
                       f"Favor falar com minha mãe {c.r.choice(FIRST_F)} no {a['phone']}", "Internação, volto em 2 "
                       "semanas", "Vou viajar", f"Reagendar, escrevam para {a['email']}", "Sem dinheiro este mês"])


def payment_data(c: Ctx, i: int) -> str:
    a = row(c, "calcom.attendee", i, _person)
    return json.dumps({"txid": alnum(26)(c, i), "method": c.r.choice(["pix", "pix", "boleto"]),
                       "payerDocument": a["cpf"], "endToEndId": f"E{c.r.randint(10**30, 10**31 - 1)}"})


def cred_key(c: Ctx, i: int) -> str:
    return json.dumps({"access_token": "ya29." + alnum(120)(c, i), "refresh_token": "1//0" + alnum(100)(c, i),
                       "scope": "https://www.googleapis.com/auth/calendar.events", "token_type": "Bearer",
                       "expiry_date": c.r.randint(1700000000000, 1760000000000)})


def calcom_tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("username", "text", "none", U("username")),
        Col("name", "text", "person_name", U("name")),
        Col("email", "text NOT NULL", "email", U("email")),
        Col("emailVerified", "timestamp(3)", "none", maybe(ts(2022, 2024), .9)),
        Col("password", "text", "credentials", bcrypt),
        Col("bio", "text", "free_text_may_contain_pii", staff_bio),
        Col("avatarUrl", "text", "none", maybe(lambda c, i: f"https://agenda.coletivoescuta.com.br/api/avatar/"
                                                             f"{uuid4(c, i)}.png", .7)),
        Col("timeZone", "text", "none", U("tz")),
        Col("weekStart", "text", "none", pick("Monday", "Sunday")),
        Col("startTime", "integer", "none", pick(0, 420, 480)),
        Col("endTime", "integer", "none", pick(1440, 1200, 1320)),
        Col("bufferTime", "integer", "none", pick(0, 10, 15)),
        Col("hideBranding", "boolean", "none", boolean(.9)),
        Col("theme", "text", "none", pick("light", None, "dark")),
        Col("createdDate", "timestamp(3)", "none", ts(2022, 2024)),
        Col("completedOnboarding", "boolean", "none", boolean(.95)),
        Col("locale", "text", "none", weighted([("pt-BR", 9), ("en", 1)])),
        Col("timeFormat", "integer", "none", pick(24)),
        Col("twoFactorSecret", "text", "secret_token", maybe(hexs(96), .4)),
        Col("twoFactorEnabled", "boolean", "none", boolean(.4)),
        Col("backupCodes", "text", "secret_token", maybe(hexs(192), .3)),
        Col("identityProvider", "text", "none", pick("CAL", "GOOGLE")),
        Col("identityProviderId", "text", "none", maybe(lambda c, i: str(c.r.randint(10**20, 10**21 - 1)), .4)),
        Col("brandColor", "varchar(10)", "none", pick("#292929", "#6B4FA0", "#2E7D6B")),
        Col("role", "text", "none", lambda c, i: "ADMIN" if i <= 2 else "USER"),
        Col("away", "boolean", "none", boolean(.05)),
        Col("metadata", "jsonb", "none", lambda c, i: json.dumps({"stripeCustomerId": "cus_" + alnum(14)(c, i)}))],
        rows=80)
    team = Table(S, "Team", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("name", "text NOT NULL", "none", lambda c, i: TEAMS[i - 1]),
        Col("slug", "text", "none", lambda c, i: slug(TEAMS[i - 1].split("– ")[1])),
        Col("logoUrl", "text", "none", lambda c, i: "https://coletivoescuta.com.br/logo.svg"),
        Col("bio", "text", "none", lambda c, i: "Unidade do Coletivo Escuta. Rua e telefone no site."),
        Col("hideBranding", "boolean", "none", boolean(1)),
        Col("createdAt", "timestamp(3)", "none", ts(2022, 2022)),
        Col("timeZone", "text", "none", pick("America/Sao_Paulo")),
        Col("brandColor", "text", "none", pick("#6B4FA0")),
        Col("metadata", "jsonb", "none", lambda c, i: json.dumps({"requestedSlug": None}))],
        rows=len(TEAMS))
    event = Table(S, "EventType", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("title", "text NOT NULL", "none", lambda c, i: EVENTS[i % len(EVENTS)][0]),
        Col("slug", "text", "none", lambda c, i: slug(EVENTS[i % len(EVENTS)][0].replace(" ", "-"))),
        Col("description", "text", "none", pick("Sessão online pela plataforma Cal Video.", "Presencial na unidade.",
                                                "Traga exames e relatórios anteriores, se houver.", None)),
        Col("position", "integer", "none", lambda c, i: i % len(EVENTS)),
        Col("locations", "jsonb", "none", pick('[{"type": "integrations:daily"}]', '[{"type": "inPerson"}]')),
        Col("length", "integer", "none", lambda c, i: EVENTS[i % len(EVENTS)][1]),
        Col("hidden", "boolean", "none", boolean(.1)),
        Col("userId", "integer", "none", lambda c, i: (i - 1) % 80 + 1),
        Col("teamId", "integer", "none", maybe(fk(len(TEAMS)), .3)),
        Col("eventName", "text", "none", pick(None, "{Event type title} com {Scheduler}")),
        Col("periodType", "text", "none", pick("UNLIMITED", "ROLLING")),
        Col("price", "integer", "none", lambda c, i: EVENTS[i % len(EVENTS)][2] * 100),
        Col("currency", "text", "none", pick("brl")),
        Col("minimumBookingNotice", "integer", "none", pick(120, 720, 1440)),
        Col("requiresConfirmation", "boolean", "none", boolean(.3)),
        Col("bookingFields", "jsonb", "none", pick('[{"name":"queixa-principal","type":"textarea","label":"O que te '
                                                   'traz à terapia?"}]', '[{"name":"cpf-recibo","type":"text"}]'))],
        rows=90, extra=[fkey(S, "EventType", "userId", "users"), fkey(S, "EventType", "teamId", "Team")])
    booking = Table(S, "Booking", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("uid", "text NOT NULL", "none", alnum(22)),
        Col("userId", "integer", "none", fk(80)),
        Col("eventTypeId", "integer", "none", fk(90)),
        Col("title", "text NOT NULL", "person_name", booking_title),
        Col("description", "text", "health", lambda c, i: c.r.choice(COMPLAINTS) if c.r.random() < .6 else None),
        Col("customInputs", "jsonb", "none", pick("{}")),
        Col("responses", "jsonb", "health", responses),
        Col("startTime", "timestamp(3)", "none", part("calcom.slot", _slot, "start")),
        Col("endTime", "timestamp(3)", "none", part("calcom.slot", _slot, "end")),
        Col("location", "text", "none", pick("integrations:daily", "Rua Teodoro Sampaio, 1020 – sala 34")),
        Col("createdAt", "timestamp(3)", "none", part("calcom.slot", _slot, "created")),
        Col("updatedAt", "timestamp(3)", "none", maybe(part("calcom.slot", _slot, "start"))),
        Col("status", "text", "none", weighted([("accepted", 8), ("cancelled", 2), ("pending", 1), ("rejected", 1)])),
        Col("paid", "boolean", "none", boolean(.7)),
        Col("cancellationReason", "text", "free_text_may_contain_pii", cancel_reason),
        Col("rejectionReason", "text", "none", maybe(pick("Agenda cheia", "Fora da minha especialidade"), .05)),
        Col("fromReschedule", "text", "none", maybe(alnum(22), .1)),
        Col("rescheduled", "boolean", "none", boolean(.1)),
        Col("recurringEventId", "text", "none", maybe(uuid4, .3)),
        Col("smsReminderNumber", "text", "phone", lambda c, i: row(c, "calcom.attendee", i, _person)["phone"]
            if c.r.random() < .6 else None),
        Col("iCalUID", "text", "none", lambda c, i: f"{alnum(22)(c, i)}@Cal.com"),
        Col("metadata", "jsonb", "none", lambda c, i: json.dumps({"videoCallUrl": f"https://agenda.coletivoescuta."
                                                                  f"com.br/video/{alnum(22)(c, i)}"})),
        Col("noShowHost", "boolean", "none", boolean(.02))],
        rows=150, extra=[fkey(S, "Booking", "userId", "users"), fkey(S, "Booking", "eventTypeId", "EventType")])
    attendee = Table(S, "Attendee", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("email", "text NOT NULL", "email", A("email")),
        Col("name", "text NOT NULL", "person_name", A("name")),
        Col("timeZone", "text NOT NULL", "none", A("tz")),
        Col("locale", "text", "none", pick("pt-BR", "pt-BR", "pt")),
        Col("bookingId", "integer", "none", seq()),
        Col("noShow", "boolean", "none", boolean(.05))],
        rows=150, extra=[fkey(S, "Attendee", "bookingId", "Booking")])
    payment = Table(S, "Payment", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("uid", "text NOT NULL", "none", uuid4),
        Col("appId", "text", "none", pick("mercadopago", "stripe")),
        Col("bookingId", "integer NOT NULL", "none", seq()),
        Col("amount", "integer", "none", pick(18000, 6000, 28000, 17000)),
        Col("fee", "integer", "none", pick(0, 99, 120)),
        Col("currency", "text", "none", pick("BRL")),
        Col("success", "boolean", "none", boolean(.9)),
        Col("refunded", "boolean", "none", boolean(.05)),
        Col("data", "jsonb", "national_id", payment_data),
        Col("externalId", "text", "none", lambda c, i: str(c.r.randint(10**10, 10**11))),
        Col("paymentOption", "text", "none", pick("ON_BOOKING"))],
        rows=120, extra=[fkey(S, "Payment", "bookingId", "Booking")])
    credential = Table(S, "Credential", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("type", "text", "none", pick("google_calendar", "daily_video", "google_video")),
        Col("key", "jsonb", "secret_token", cred_key),
        Col("userId", "integer", "none", lambda c, i: (i - 1) % 80 + 1),
        Col("appId", "text", "none", pick("google-calendar", "daily-video")),
        Col("invalid", "boolean", "none", boolean(.05)),
        Col("teamId", "integer", "none", lambda c, i: None)],
        rows=120, extra=[fkey(S, "Credential", "userId", "users")])
    token = Table(S, "VerificationToken", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("identifier", "text NOT NULL", "email", lambda c, i: row(c, "calcom.attendee", i, _person)["email"]
            if i > 40 else row(c, "calcom.users", i, _staff)["email"]),
        Col("token", "text NOT NULL", "secret_token", hexs(64)),
        Col("expires", "timestamp(3)", "none", ts(2024, 2025)),
        Col("createdAt", "timestamp(3)", "none", ts(2024, 2025)),
        Col("teamId", "integer", "none", maybe(fk(len(TEAMS)), .1))],
        rows=80)
    apikey = Table(S, "ApiKey", [
        Col("id", "text PRIMARY KEY", "none", uuid4),
        Col("userId", "integer NOT NULL", "none", fk(80)),
        Col("note", "text", "none", pick("Integração planilha financeira", "n8n lembretes WhatsApp", "Zapier")),
        Col("createdAt", "timestamp(3)", "none", ts(2023, 2025)),
        Col("expiresAt", "timestamp(3)", "none", maybe(ts(2025, 2026))),
        Col("lastUsedAt", "timestamp(3)", "none", maybe(ts(2025, 2025))),
        Col("hashedKey", "text NOT NULL", "credentials", hexs(64)),
        Col("appId", "text", "none", maybe(pick("zapier", "make"), .3))],
        rows=80, extra=[fkey(S, "ApiKey", "userId", "users")])
    reference = Table(S, "BookingReference", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("type", "text NOT NULL", "none", pick("daily_video", "google_calendar")),
        Col("uid", "text NOT NULL", "none", alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")),
        Col("meetingId", "text", "none", maybe(alnum(20), .6)),
        Col("meetingPassword", "text", "secret_token", maybe(alnum(64), .5)),
        Col("meetingUrl", "text", "none", maybe(lambda c, i: f"https://coletivoescuta.daily.co/{alnum(20)(c, i)}", .6)),
        Col("bookingId", "integer", "none", seq()),
        Col("externalCalendarId", "text", "none", maybe(lambda c, i: row(c, "calcom.users", c.r.randint(1, 80),
                                                                           _staff)["email"], .4)),
        Col("credentialId", "integer", "none", fk(120)),
        Col("deleted", "boolean", "none", boolean(.05))],
        rows=140, extra=[fkey(S, "BookingReference", "bookingId", "Booking"),
                         fkey(S, "BookingReference", "credentialId", "Credential")])
    reminder = Table(S, "WorkflowReminder", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("bookingUid", "text", "none", alnum(22)),
        Col("method", "text", "none", pick("EMAIL", "SMS", "WHATSAPP")),
        Col("scheduledDate", "timestamp(3)", "none", ts(2024, 2025)),
        Col("referenceId", "text", "none", maybe(lambda c, i: "SM" + hexs(32)(c, i), .7)),
        Col("scheduled", "boolean", "none", boolean(.9)),
        Col("workflowStepId", "integer", "none", pick(1, 2, 3)),
        Col("cancelled", "boolean", "none", boolean(.1)),
        Col("isMandatoryReminder", "boolean", "none", boolean(.2)),
        Col("retryCount", "integer", "none", pick(0, 0, 1))],
        rows=120)
    return [users, team, event, booking, attendee, payment, credential, token, apikey, reference, reminder]

