"""g_gnuhealth, clinical tables: a patient's diseases, prescriptions and evaluations (see blind4_gnuhealth.py)."""
from __future__ import annotations

from .blind4_gnuhealth import ORDER, PATHOLOGY, PATIENT, S, gh_fk, gnuhealth_base
from .blind4_gens import day, fk_id, maybe, num, ts
from .gens import Col, Table, ident, pick

COMPLAINTS = ("Dolor abdominal de 3 dias de evolucion", "Tos productiva y fiebre", "Cefalea intensa",
              "Control de diabetes", "Dolor lumbar tras esfuerzo", "Control prenatal semana 24", "Disnea de esfuerzo",
              "Palpitaciones", "Ardor al orinar", "Control de presion arterial")


def _disease() -> Table:
    return Table(S, "gnuhealth_patient_disease", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("name", "int NOT NULL", "none", fk_id(PATIENT)),
        Col("pathology", "int NOT NULL", "health", fk_id(PATHOLOGY)),
        Col("disease_severity", "varchar", "health", pick("1_mi", "2_mo", "3_sv", None)),
        Col("status", "varchar", "health", pick("c", "s", "h", "i", "w", "a")),
        Col("is_active", "boolean", "none", pick(True, True, False)),
        Col("is_infectious", "boolean", "health", pick(False, False, False, True)),
        Col("is_allergy", "boolean", "health", pick(False, False, False, False, True)),
        Col("allergy_type", "varchar", "health", maybe(0.15, pick("da", "fa", "ma", "na"))),
        Col("pregnancy_warning", "boolean", "none", pick(False, False, True)),
        Col("weeks_of_pregnancy", "int", "health", maybe(0.1, num(6, 40))),
        Col("is_on_treatment", "boolean", "none", pick(True, False)),
        Col("treatment_description", "varchar", "health", maybe(0.6, pick(
            "Metformina 850 mg c/12 h", "Enalapril 10 mg/dia", "Benznidazol 60 dias", "Esquema HRZE fase intensiva",
            "Salbutamol a demanda", "Sertralina 50 mg", "Sulfato ferroso 1 comp/dia"))),
        Col("date_start_treatment", "date", "none", maybe(0.6, day(2019, 2025))),
        Col("date_stop_treatment", "date", "none", maybe(0.3, day(2020, 2025))),
        Col("diagnosed_date", "date", "none", day(2010, 2025)),
        Col("healed_date", "date", "none", maybe(0.2, day(2020, 2025))),
        Col("short_comment", "varchar", "health", maybe(0.5, pick("Mala adherencia", "Derivado a cardiologia",
                                                                   "Confirmado por laboratorio", "Antecedente familiar"))),
        Col("extra_info", "text", "health", maybe(0.3, pick("Serologia para Chagas positiva (ELISA + HAI)",
                                                             "Baciloscopia positiva x2", "HbA1c 9,1%"))),
        Col("healthprof", "int", "none", maybe(0.8, fk_id(80)))], rows=150,
        extra=[gh_fk("gnuhealth_patient_disease", "name", "gnuhealth_patient"),
               gh_fk("gnuhealth_patient_disease", "pathology", "gnuhealth_pathology"),
               gh_fk("gnuhealth_patient_disease", "healthprof", "gnuhealth_healthprofessional")])


def _prescriptions() -> list[Table]:
    order = Table(S, "gnuhealth_prescription_order", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("prescription_id", "varchar", "none", lambda c, i: f"PRES{2024}/{i:06d}"),
        Col("patient", "int NOT NULL", "none", fk_id(PATIENT)),
        Col("prescription_date", "timestamp", "none", ts(2023, 2025)),
        Col("user_id", "int", "none", num(1, 8)),
        Col("pharmacy", "int", "none", maybe(0.6, pick(30, 90))),
        Col("healthprof", "int", "none", fk_id(80)),
        Col("notes", "text", "health", maybe(0.5, pick("Paciente embarazada - evitar IECA", "Control en 30 dias",
                                                        "Tratamiento cronico, renovar mensual", "Insuficiencia renal leve"))),
        Col("state", "varchar", "none", pick("draft", "done", "validated")),
        Col("prescription_warning_ack", "boolean", "none", pick(False, True))], rows=ORDER,
        extra=[gh_fk("gnuhealth_prescription_order", "patient", "gnuhealth_patient"),
               gh_fk("gnuhealth_prescription_order", "healthprof", "gnuhealth_healthprofessional"),
               gh_fk("gnuhealth_prescription_order", "pharmacy", "party_party")])
    line = Table(S, "gnuhealth_prescription_line", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("name", "int NOT NULL", "none", fk_id(ORDER)),
        Col("medicament", "int NOT NULL", "health", num(1, 300)),
        Col("indication", "int", "health", maybe(0.7, fk_id(PATHOLOGY))),
        Col("dose", "double precision", "none", pick(1, 0.5, 2, 10, 500, 850)),
        Col("frequency", "int", "none", pick(6, 8, 12, 24)),
        Col("duration", "int", "none", pick(5, 7, 10, 30, 60)),
        Col("duration_period", "varchar", "none", pick("days", "days", "months", "indefinite")),
        Col("short_comment", "varchar", "health", maybe(0.4, pick("Tomar con las comidas", "Suspender si hay sangrado",
                                                                   "Para la presion", "Para el dolor de rodilla"))),
        Col("start_treatment", "timestamp", "none", ts(2023, 2025)),
        Col("end_treatment", "timestamp", "none", maybe(0.5, ts(2024, 2026)))], rows=145,
        extra=[gh_fk("gnuhealth_prescription_line", "name", "gnuhealth_prescription_order"),
               gh_fk("gnuhealth_prescription_line", "indication", "gnuhealth_pathology")])
    return [order, line]


def _evaluation() -> Table:
    def vital(lo, hi, digits=1):
        return maybe(0.85, lambda c, i: round(c.r.uniform(lo, hi), digits))
    return Table(S, "gnuhealth_patient_evaluation", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("create_date", "timestamp", "none", ts(2023, 2025)),
        Col("write_date", "timestamp", "none", ts(2023, 2025)),
        Col("patient", "int NOT NULL", "none", fk_id(PATIENT)),
        Col("evaluation_start", "timestamp", "none", ts(2023, 2025)),
        Col("evaluation_endtime", "timestamp", "none", ts(2023, 2025)),
        Col("healthprof", "int", "none", fk_id(80)),
        Col("specialty", "int", "none", num(1, 30)),
        Col("visit_type", "varchar", "none", pick("new", "followup", "well_child", "well_woman")),
        Col("urgency", "varchar", "none", pick("a", "a", "b", "c")),
        Col("state", "varchar", "none", pick("signed", "done", "in_progress")),
        Col("information_source", "varchar", "none", pick("Paciente", "Madre", "Acompanante")),
        Col("chief_complaint", "varchar", "health", pick(*COMPLAINTS)),
        Col("present_illness", "text", "health", maybe(0.8, pick(
            "Refiere dolor epigastrico postprandial, sin vomitos.", "Fiebre de 38,5 con mialgias y rash, sospecha dengue.",
            "Poliuria y polidipsia, glucemia capilar 280.", "Tos de 3 semanas con perdida de peso.",
            "Animo deprimido, insomnio, ideas de desesperanza."))),
        Col("evaluation_summary", "text", "health", maybe(0.7, pick("Se solicita laboratorio completo",
                                                                      "Se indica reposo e hidratacion",
                                                                      "Se deriva a salud mental"))),
        Col("notes", "text", "health", maybe(0.5, pick("Paciente refiere consumo de alcohol diario",
                                                        "Violencia domestica referida, se da intervencion",
                                                        "Abandono el tratamiento anterior"))),
        Col("diagnosis", "int", "health", maybe(0.8, fk_id(PATHOLOGY))),
        Col("weight", "double precision", "health", vital(4, 120)),
        Col("height", "double precision", "health", vital(55, 195, 0)),
        Col("temperature", "double precision", "health", vital(35.8, 39.9)),
        Col("systolic", "int", "health", maybe(0.85, num(95, 185))),
        Col("diastolic", "int", "health", maybe(0.85, num(55, 115))),
        Col("bpm", "int", "health", maybe(0.85, num(52, 130))),
        Col("glycemia", "double precision", "health", maybe(0.4, lambda c, i: float(c.r.randint(70, 320)))),
        Col("directions", "text", "health", maybe(0.5, pick("Control en 7 dias con resultados",
                                                             "Dieta hiposodica", "Volver si persiste la fiebre")))],
        rows=130, extra=[gh_fk("gnuhealth_patient_evaluation", "patient", "gnuhealth_patient"),
                         gh_fk("gnuhealth_patient_evaluation", "diagnosis", "gnuhealth_pathology")])


def gnuhealth_tables() -> list[Table]:
    return gnuhealth_base() + [_disease(), *_prescriptions(), _evaluation()]
