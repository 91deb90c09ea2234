"""The ninth blind corpus part (schemas l_*): six application schemas recreated from memory, values hand-written.

Doubtful decisions (to be read with docs/blind9-corpus.md):
- Columns whose rows hold different kinds of value are labelled by the most sensitive kind that fills a sizeable share
  of the rows: Nextcloud oc_accounts_data.value (e-mails 35%, names 25%, phones 20%, addresses) is email,
  oc_preferences.configvalue (a quarter are the user's e-mail under settings/email, the rest language, timestamps and
  flags) is email, oc_share.share_with (user ids, groups, e-mail shares 30%) is email, oc_cards_properties.value
  (FN/EMAIL/TEL/ADR/ORG) is email; pretix questionanswer.answer (T-shirt sizes, birth dates, accessibility needs that
  name disabilities and illnesses in about 15% of rows, marketing) is health.
- JSON or vCard/iCalendar blobs that hold names, e-mails, phones, addresses, IBANs or licence/PESEL numbers among
  other keys are free_text_may_contain_pii: oc_accounts.data, oc_cards.carddata, oc_calendarobjects.calendardata,
  pretix order meta_info, orderpayment.info, logentry.data, Traccar tc_drivers.attributes. Traccar tc_positions
  .attributes and the other settings JSON are none.
- Traccar: positions' latitude/longitude are geo_location (vehicles driven by named drivers, and phones carried by
  them); the reverse-geocoded tc_positions.address is postal_address by the rule on street lines, although it is a
  location trace. Users' default map centre, server and geofence coordinates (depots, customers) are none.
  tc_devices.phone (tracker SIM, or the driver's own phone when the app tracks it) is phone; tc_devices.name (plates
  and models, one in seven "Telefon - <first name>") is none; tc_devices.contact (names and phones) is
  free_text_may_contain_pii. tc_users.salt is none, hashedpassword credentials, totpkey secret_token.
- Nextcloud: authtoken.token (a hash of the app token) and private_key (encrypted) are secret_token, authtoken.password
  (the login password encrypted with the instance secret) and share.password (hash) are credentials; the LDAP DN
  holds the person's name and is person_name; file paths that only suggest content (Lohnabrechnung, Krankmeldung)
  are none. bruteforce subnet (a /24) is ip_address.
- Fineract: m_client.fullname holds only business names (entity clients) and is none; the KYC datatable's disability
  is health and its home GPS geo_location; payment_detail.account_number (M-Pesa numbers and bank accounts) is
  bank_account; the M-Pesa receipt number is none; KRA PIN, national ID, passport and alien ID numbers are
  national_id. Guarantor address lines (P.O. boxes and estate descriptions) are postal_address.
- pretix: ticket secrets, web secrets, check-in raw barcodes and order secrets are secret_token; voucher-like codes,
  order codes and pseudonymization ids are none. Business VAT ids (ATU...) are none. The bank transaction reference
  (order codes, sometimes the payer's name) is free_text_may_contain_pii.
- Japanese payroll: KUMIAIHI (union dues deducted, zero for non-members) is trade_union; KINTAI_KBN (attendance code,
  a third sickness, maternity, childcare or work-accident leave) and its remarks BIKO are health; SHOGAISHA_KBN
  (disability class of a dependant) is health; the health insurance card number, basic pension number, employment
  insurance number and My Number are national_id, the insurer symbol (KENPO_KIGO) none; KYUSEI (maiden name) is
  person_name; SHANAI_MAIL (work address built from the name) is email. The company's corporate number, address and
  phone are none.
- Gym: the Working With Children Check number (a clearance id, not a record) is none; photo_url (an S3 key for the
  member's photo) is none; the door PIN is credentials; the concession card number (Centrelink CRN) is national_id;
  the card token is secret_token and last four digits payment_card; membership suspension_reason (mostly medical,
  injury, pregnancy) is health but cancellation_reason (a quarter medical or pregnancy) is none; body-composition
  values and the health declaration are health; personal trainer notes are free_text_may_contain_pii.
"""
from __future__ import annotations

from .blind9_fineract import fineract_tables
from .blind9_gym import gym_tables
from .blind9_jinji import jinji_tables
from .blind9_nextcloud import nextcloud_tables
from .blind9_pretix import pretix_tables
from .blind9_traccar import traccar_tables
from .gens import Table


def blind9_tables() -> list[Table]:
    return (nextcloud_tables() + fineract_tables() + traccar_tables() + pretix_tables() + jinji_tables()
            + gym_tables())
