"""Realistic, deterministic demo data for a BPO company (`python main.py demo`).

Decisions:
- Dates are relative to `today` (default: the current date), so the dashboard and the
  twelve-month reports always show a current year. The same seed gives the same rows on
  the same day; pass `today=` to pin the dates (tests do).
- Everything is written in one transaction with `bulk.insert_rows` (prepared executemany,
  explicit ids from `bulk.next_ids` so children name their parents without reading back).
  Per-person records are built and written in batches of staff, so memory stays modest even
  for 50,000 staff and a million feedback entries.
- One audit entry records the generation (counts and seed), not one entry per demo row.
- The rows obey the services' rules (no future dates, incident fields only on incidents,
  shareable feedback has a client, one open assignment per person, certification expiry
  from the program's validity), so the application can edit them like any other data.
- KPIs and quality (issue 15) come last, so the records above are the same as before they
  existed. Values and evaluations are scaled so a 50,000-person demo stays fast: daily KPI
  values while they stay under KPI_VALUES_BUDGET rows, else weekly, else monthly; four
  evaluations an agent a month up to EVALUATION_AGENTS agents, then the same total spread
  thinner, down to about five a year (some 185,000 at 50,000 staff). Scores are
  `mentorapp.scorecards` of the answers, and the KPI roll-up table is kept by its triggers.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import random
import unicodedata
from collections.abc import Callable

from mentorapp import bulk, kpis, opening, scorecards, translations
from mentorapp import db as dbmod
from mentorapp.errors import UserError
from mentorapp.models import (
    ActionItem,
    Assignment,
    Calibration,
    CareerGoal,
    CheckIn,
    Client,
    ClientActionItem,
    ClientContact,
    ClientReportRecipient,
    ClientReportVersion,
    ClientReview,
    Competency,
    Enrollment,
    Evaluation,
    EvaluationAnswer,
    EvaluationDispute,
    EvaluationRevision,
    Feedback,
    FeedbackRating,
    KpiMetric,
    KpiMonth,
    KpiValue,
    Mentor,
    MentorExpertise,
    MentoringSession,
    Mentorship,
    Responsibility,
    Scorecard,
    ScorecardItem,
    ScorecardVersion,
    SelfAssessment,
    SessionEvidence,
    SessionPrivateNote,
    Staff,
    TrainingProgram,
)
from mentorapp.services import audit, kpi, readiness
from mentorapp.services.training import certification_expiry
from mentorapp.text import fold_key

# Issue 17: each active client's second contact, and the reviews of the first two active
# clients (month before last, last month).
CONTACT_NAMES = ("Jordan Blake", "Priya Nair", "Marta Silva", "Kenji Mori", "Aisha Bello",
                 "Lucas Meyer", "Hannah Cole")
REVIEW_TEXTS = (
    (("Volumes rose 8% after the new plan launch; service level held at target on billing.",
      "First-contact resolution up 3 points on Tech Support.",
      "Weekend staffing is thin for the launch peak."),
     ("A steady month: quality scores above 90% and no critical fails on retention.",
      "Two agents certified on the retention playbook.",
      "Attrition in the Cebu team; backfills in training.")),
    (("Returns peaked after the sale; chat handle time stayed under target.",
      "Customer satisfaction 4.5 on chat.",
      "Email backlog on Mondays."),
     ("Chat and email both on target; the Monday backlog is gone.",
      "Recognition from the client for the holiday readiness plan.",
      "New returns policy next month needs refresher training.")),
)

# The names `generate()` reports counts under, in creation order.
COUNT_NAMES = {
    Client: "clients", TrainingProgram: "training programs", Staff: "staff",
    Assignment: "assignments", Mentor: "mentors", MentorExpertise: "mentor expertise",
    Mentorship: "mentorships", MentoringSession: "mentoring sessions",
    SessionPrivateNote: "private session notes",
    ActionItem: "action items", CareerGoal: "career goals", Responsibility: "responsibilities",
    Feedback: "feedback", FeedbackRating: "competency ratings",
    SelfAssessment: "self-assessments", CheckIn: "check-ins", Enrollment: "enrollments",
    KpiMetric: "KPI metrics", KpiValue: "KPI values", Scorecard: "scorecards",
    ScorecardVersion: "scorecard versions", ScorecardItem: "scorecard items",
    Calibration: "calibrations", Evaluation: "evaluations",
    EvaluationAnswer: "evaluation answers", EvaluationRevision: "evaluation revisions",
    EvaluationDispute: "evaluation disputes", SessionEvidence: "cited evidence",
    ClientContact: "client contacts", ClientReview: "client reviews",
    ClientActionItem: "client action items", ClientReportVersion: "client report versions",
    ClientReportRecipient: "report recipients",
}
FEEDBACK_PER_YEAR = 23  # per person employed all year; tenure and leavers bring it to ~20
STAFF_BATCH = 1_000
EMAIL_DOMAIN = "cx-demo.example.com"


class Weighted:
    """Weighted random choice from (value, weight) pairs, fast enough for a million rows."""

    def __init__(self, pairs):
        self.values = [v for v, _ in pairs]
        self.cumulative, total = [], 0
        for _, weight in pairs:
            total += weight
            self.cumulative.append(total)
        self.total = total

    def pick(self, rng: random.Random):
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.total)]


# -- the company ---------------------------------------------------------------------------
# name, short name, industry, contact, account manager, sites, queues, active
CLIENTS = (
    ("Telvanta Mobile", "Telvanta", "Telecommunications", "Rachel Donovan", "Carlo Mendoza",
     ("Manila", "Cebu", "Davao", "Bogotá"), ("Voice Billing", "Tech Support", "Retention"),
     True),
    ("ShopNest", "ShopNest", "E-commerce", "Tyler Brooks", "Ananya Kulkarni",
     ("Manila", "Cebu", "Pune", "Medellín"), ("Order Support Chat", "Returns", "Email"), True),
    ("CareBridge Health", "CareBridge", "Healthcare", "Dr. Linda Hart", "Maria Teresa Reyes",
     ("Manila", "Cebu", "Davao"), ("Member Services", "Claims", "Provider Line"), True),
    ("Finlo Payments", "Finlo", "Fintech", "Oliver Grant", "Vikram Iyer",
     ("Pune", "Hyderabad", "Bogotá"), ("Card Disputes", "KYC Review", "Merchant Support"),
     True),
    ("Wayfarer Travel", "Wayfarer", "Travel and hospitality", "Sophie Laurent",
     "Santiago Restrepo", ("Manila", "Pune", "Bogotá", "Medellín"),
     ("Reservations", "Changes and Refunds", "Loyalty Desk"), True),
    ("Shieldline Insurance", "Shieldline", "Insurance", "Graham Whitaker", "Priya Deshpande",
     ("Hyderabad", "Pune", "Cebu"), ("Claims Intake", "Policy Service", "Renewals"), True),
    ("Brightline Energy", "Brightline", "Utilities", "Megan Foster", "Carlo Mendoza",
     ("Manila", "Cebu", "Bogotá"), ("Billing", "Outage Line"), False),
)
BRIGHTLINE_ENDED_DAYS_AGO = 210  # the contract with the inactive client ended then

SITES = Weighted([("Manila", 30), ("Cebu", 18), ("Davao", 7), ("Pune", 15), ("Hyderabad", 10),
                  ("Bogotá", 12), ("Medellín", 8)])
SITE_CODES = {"Manila": "MNL", "Cebu": "CEB", "Davao": "DVO", "Pune": "PUN", "Hyderabad": "HYD",
              "Bogotá": "BOG", "Medellín": "MDE"}
SITE_COUNTRY = {"Manila": "ph", "Cebu": "ph", "Davao": "ph", "Pune": "in", "Hyderabad": "in",
                "Bogotá": "latam", "Medellín": "latam"}

FIRST_NAMES = {
    "ph": ("Maria", "Jose", "Mark Anthony", "John Paul", "Kristine", "Angelica", "Jerome",
           "Rhea", "Mary Grace", "Jericho", "Princess", "Joanna", "Carlo", "Rommel", "Aileen",
           "Jasmine", "Neil", "Ramon", "Lea", "Camille", "Jonathan", "Kimberly", "Christian",
           "Rowena", "Arnel", "Patricia", "Francis", "Janelle", "Ricardo", "Erika", "Paolo",
           "Cherry Ann", "Michael", "Divina", "Jayson", "Lorna", "Bea", "Miguel"),
    "in": ("Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Pooja", "Rohan", "Kavya",
           "Aditya", "Neha", "Sanjay", "Divya", "Karthik", "Meera", "Amit", "Shreya", "Nikhil",
           "Aishwarya", "Varun", "Lakshmi", "Siddharth", "Ishita", "Manoj", "Tanvi", "Harish",
           "Deepa", "Abhishek", "Swati", "Rajesh"),
    "latam": ("Juan", "Camila", "Santiago", "Valentina", "Andrés", "Daniela", "Sebastián",
              "Mariana", "Carlos", "Laura", "Felipe", "Natalia", "Diego", "Paula", "Alejandro",
              "Luisa", "Julián", "Catalina", "Mateo", "Isabella", "Nicolás", "Sofía", "David",
              "Manuela", "Óscar", "Juliana"),
}
LAST_NAMES = {
    "ph": ("Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres",
           "Dela Cruz", "Villanueva", "Ramos", "Aquino", "Castillo", "Navarro", "Soriano",
           "Pascual", "Manalo", "Dizon", "Salazar", "Fernandez", "Lim", "Tan", "Gonzales",
           "Aguilar", "Mercado", "Valdez", "Del Rosario", "Domingo", "Panganiban", "Sison",
           "Macaraeg", "Lacson", "Tolentino", "Evangelista", "Buenaventura", "Magsaysay"),
    "in": ("Sharma", "Patel", "Kulkarni", "Deshpande", "Iyer", "Reddy", "Nair", "Joshi",
           "Gupta", "Singh", "Rao", "Menon", "Pillai", "Patil", "Jadhav", "Bhat", "Mehta",
           "Verma", "Kapoor", "Chatterjee", "Naidu", "Shetty", "Gokhale", "Banerjee",
           "Krishnan", "Agarwal", "Sawant", "Chavan"),
    "latam": ("Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández",
              "Díaz", "Pérez", "Sánchez", "Ramírez", "Torres", "Vargas", "Castro", "Rojas",
              "Moreno", "Jiménez", "Muñoz", "Ortiz", "Restrepo", "Londoño", "Cárdenas",
              "Ospina", "Zapata", "Quintero", "Salazar"),
}

# Team structure: a lead per team, agents, and support roles added every few teams.
AGENT_TITLES = Weighted([("Customer Service Representative", 66),
                         ("Senior Customer Service Representative", 20),
                         ("Technical Support Representative", 8), ("Subject Matter Expert", 6)])
SUPPORT_ROLES = (  # (title, one per this many teams)
    ("QA Analyst", 3), ("Trainer", 6), ("Workforce Analyst", 8), ("Operations Manager", 10))
TEAM_LEAD = "Team Lead"
STATUS = Weighted([("active", 88), ("on_leave", 5), ("resigned", 7)])
TENURE_DAYS = Weighted([((30, 364), 20), ((365, 1095), 40), ((1096, 2555), 30),
                        ((2556, 5000), 10)])

EXTERNAL_COACHES = (
    ("Margaret Holloway", "Holloway Leadership Coaching", "Executive coach for frontline and "
     "site leaders; former head of operations at a global contact centre group."),
    ("Rajiv Menon", "CX Academy Asia", "Customer experience coach, COPC registered "
     "coordinator, runs quality and coaching programmes across India and the Philippines."),
    ("Lucía Fernández", "Coaching Latam", "Career and communication coach for bilingual "
     "support teams in Colombia and Mexico."),
)
MENTOR_BIOS = (
    "Came up from the phones; coaches new leads on running huddles and calibrations.",
    "Known for turning around quality scores on difficult queues.",
    "Enjoys helping agents prepare for promotion assessments.",
    "Former trainer; patient with people learning a new client's systems.",
    "Focuses on schedule adherence, wellbeing and sustainable performance.",
)
MENTORSHIP_FOCUS = (
    "Preparing for the Team Lead assessment", "Raising quality scores on chat",
    "Handling escalations with confidence", "Moving into a QA Analyst role",
    "Time management and schedule adherence", "Presentation skills for client business reviews",
    "Coaching conversations with struggling agents", "Building product knowledge for Tier 2",
    "Written communication for email support", "Career plan after the account transition",
)
SESSION_FORMATS = Weighted([("video", 40), ("in_person", 35), ("chat", 15), ("phone", 10)])
SESSION_TOPICS = (
    "Call review and feedback", "Quality scorecard walkthrough", "Career goals check",
    "Handling an angry customer", "Preparing for a client business review",
    "Schedule adherence and breaks", "Leading the daily huddle", "Product update deep-dive",
    "Giving feedback to peers", "Stress and workload",
)
SHARED_NOTES = (
    "Reviewed two recorded calls; good empathy statements, closing still rushed.",
    "Agreed to shadow the QA calibration on Thursday.",
    "Discussed the Team Lead assessment format and practised a coaching role-play.",
    "Went through the latest scorecard; accuracy improved, hold time still above target.",
    "Talked through a difficult escalation and what to do differently next time.",
    "Set a plan for the next month: two call reviews a week and one knowledge check.",
    "Reviewed progress on the certification course; two modules left.",
)
PRIVATE_NOTES = (
    "", "", "Seems tired; mentioned night-shift childcare issues. Check in on wellbeing.",
    "Confidence is low after the last QA audit; keep feedback specific and positive.",
    "Interested in the QA opening; recommend to the QA manager if the next audit is good.",
    "Possible flight risk: mentioned an offer from another BPO.",
    "Strong candidate for acting Team Lead during peak season.",
)
ACTION_TEXTS = (
    "Listen to three top-rated calls and note their closing statements",
    "Complete the product knowledge quiz on the LMS", "Shadow a QA calibration session",
    "Draft a 30-day improvement plan", "Practise the de-escalation script with a peer",
    "Read the updated refund policy and summarise the changes",
    "Prepare five slides on queue trends for the next huddle",
    "Book the certification exam", "Ask two peers for feedback on chat tone",
    "Review schedule adherence report every Friday",
)

# -- feedback texts --------------------------------------------------------------------------
GENERAL_COMMENTS = {
    "high": ("Consistently meets handle-time and quality targets.",
             "Handled the Monday volume spike calmly and kept the queue under control.",
             "Customers often mention this agent by name in surveys.",
             "Accurate notes on every ticket; no rework needed this month.",
             "Quick to pick up the new process after the system migration.",
             "Excellent first-contact resolution on difficult billing cases."),
    "mid": ("Solid month; quality on target but after-call work runs long.",
            "Good rapport with customers; needs to follow the verification steps more closely.",
            "Meets productivity targets; notes could be more complete.",
            "Handles routine calls well, still escalates some cases that could be solved.",
            "Attendance fine; hold times a little above the team average."),
    "low": ("Missed several quality checkpoints on call closing.",
            "Late for shifts three times this month.",
            "Average handle time well above target; relies on holds to look up answers.",
            "Customer survey scores dropped; tone sounded impatient on recorded calls.",
            "Ticket notes incomplete, causing repeat contacts."),
}
RECOGNITIONS = (
    "A customer wrote in to praise the patient handling of a billing dispute.",
    "Top customer satisfaction score on the account this month.",
    "Covered extra shifts during the typhoon contingency without complaint.",
    "Helped two new hires through nesting week; both passed their first audit.",
    "Perfect attendance and schedule adherence for the quarter.",
    "Spotted a fraud pattern and flagged it to the client's risk team.",
    "Client's account director thanked the agent in the monthly business review.",
    "Wrote a knowledge-base article the whole queue now uses.",
)
INCIDENTS = (  # comment, root cause, lesson learned, corrective action
    ("Account details were read out before identity verification was complete.",
     "Skipped the verification step under time pressure on a repeat caller.",
     "Verification comes before any account detail, even for callers we recognise.",
     "Verification refresher; QA audits five calls a week for a month."),
    ("A refund was processed twice for the same order.",
     "Did not check the order history before processing the refund.",
     "Always check the transaction history first.",
     "Added a history check to the refund checklist; client recovered the duplicate."),
    ("Call escalated after the agent argued with the customer.",
     "Took the customer's frustration personally and interrupted repeatedly.",
     "Acknowledge the feeling first, then explain the policy.",
     "De-escalation workshop and two coached calls with the Team Lead."),
    ("Wrong plan activated on the customer's line.",
     "Selected the plan from memory instead of the offer sheet.",
     "Confirm plan codes against the current offer sheet.",
     "Plan corrected and credit applied; offer sheet pinned in the agent desktop."),
    ("Email backlog missed the 24-hour service level for two days.",
     "Queue rules were not updated when the team moved to the new shift pattern.",
     "Check queue routing after every schedule change.",
     "Workforce team now reviews routing rules at each schedule change."),
    ("Screenshot with customer data shared in the team chat.",
     "Did not realise the screenshot showed the customer's card details.",
     "Never share screenshots of customer records outside approved tools.",
     "Data privacy refresher; message deleted and reported to the client's DPO."),
    ("No-show for a scheduled shift without notice.",
     "Family emergency, but the absence was not reported through the hotline.",
     "Report absences before the shift even in an emergency.",
     "Reminded of the absence policy; emergency contact numbers updated."),
    ("Incorrect claim status given to a policyholder.",
     "Read the status of a similar claim opened in another tab.",
     "Close unrelated records before answering.",
     "Agent desktop set to one open claim at a time; customer called back."),
)
STRENGTHS = ("Empathy on difficult calls", "Clear, concise chat writing", "Product knowledge",
             "Calm under pressure", "Accurate documentation", "Strong rapport with customers",
             "Helps teammates", "Quick learner", "Reliable attendance", "")
IMPROVEMENTS = ("Shorter after-call work", "Follow the verification script every time",
                "Use fewer holds", "Proactively offer the next best action",
                "Summarise the resolution before closing", "Escalate only after troubleshooting",
                "Keep notes complete", "")
FEEDBACK_SOURCES = Weighted([("client", 25), ("management", 32), ("mentor", 8), ("peer", 20),
                             ("self", 15)])
FEEDBACK_KINDS = Weighted([("general", 80), ("recognition", 15), ("incident", 5)])
CLIENT_REVIEWERS = ("Client QA team", "Client account director", "Client operations lead")
RATED_SHARE = 0.30  # share of feedback with per-competency ratings
MENTORED_LIFT = 0.4  # ratings after an active mentorship starts (What worked shows it)
CLASS_COACH = "Rajiv Menon"  # coached a class of agents on one queue some months ago, so
CLASS_SIZE = 12  # What worked has a mentor with enough mentorships to average
CLASS_WEEKS = 12
CLASS_STARTED_DAYS_AGO = 210  # both three-month windows are over by today
COACHED_PER_STAFF = 50  # one coaching session citing evidence per 50 staff (at least 3)
RATED_COMPETENCIES = 3

# -- careers, training, responsibilities -----------------------------------------------------
GOALS = {
    1: (("career", "Pass the Senior CSR assessment"), ("career", "Move to a Tier 2 queue"),
        ("professional", "Reach a 95% quality score"),
        ("professional", "Improve first-contact resolution to 85%"),
        ("professional", "Complete the client's product certification"),
        ("professional", "Improve written English for chat support")),
    5: (("career", "Become a Team Lead"), ("career", "Move into Quality Assurance"),
        ("career", "Become a Trainer"), ("professional", "Finish a bachelor's degree"),
        ("professional", "Get ITIL 4 Foundation certified")),
    10: (("career", "Become an Operations Manager"), ("career", "Lead a site's training team"),
         ("professional", "Complete an MBA"), ("career", "Move into workforce management")),
    20: (("career", "Become a Site Director"), ("career", "Head client services for a region"),
         ("professional", "Start a consulting practice for contact centres")),
}
GOAL_HORIZON_SHARE = {1: 1.0, 5: 0.6, 10: 0.25, 20: 0.1}
ASSESSMENT_STRENGTHS = ("Patience with upset customers", "Learning systems quickly",
                        "Explaining things simply", "Staying organised on busy days")
ASSESSMENT_VALUES = ("Family, honesty, growth", "Helping people, stability",
                     "Fairness, teamwork, learning", "Reliability, respect")
ASSESSMENT_INTERESTS = ("Coaching new hires", "Data and reports", "Quality audits",
                        "Process improvement", "Training and presenting")
ASSESSMENT_AREAS = ("Confidence in escalations", "Public speaking", "Excel skills",
                    "Time management", "Technical troubleshooting")
CHECK_IN_NOTES = ("Reviewed goals; progress on track.",
                  "Discussed the move to Tier 2 and the skills still needed.",
                  "Agreed on a training plan for the next quarter.",
                  "Talked about workload on night shift; schedule change requested.",
                  "Quality scores improved; next step is the certification.")
RESPONSIBILITIES = (  # title, description, aligned to role
    ("Buddy for new hires", "Sits with nesting agents during their first two weeks.", True),
    ("Floor support during peak hours", "Answers agents' questions on the floor.", True),
    ("Daily huddle facilitator", "Runs the 10-minute start-of-shift huddle.", True),
    ("Knowledge base updates", "Keeps the queue's troubleshooting articles current.", True),
    ("Quality calibration panel", "Scores sample calls with QA each week.", True),
    ("Daily service level summary", "Sends the team's SLA figures to the account manager.", True),
    ("Fire marshal", "Floor fire warden for the site's evacuation drills.", False),
    ("Employee engagement committee", "Organises the monthly team activity.", False),
    ("CSR outreach volunteer", "Coordinates the site's community outreach days.", False),
)
RESPONSIBILITY_OUTCOMES = ("Completed; praised by the site manager.",
                           "Handed over to the next volunteer.", "Goals met for the quarter.")
# name, type, provider, hours, validity months, client short name, mandatory
PROGRAMS = (
    ("New Hire Customer Service Foundations", "training_program", "Internal L&D", 80, None,
     None, True),
    ("Data Privacy and Information Security Awareness", "online_course", "Internal L&D", 2,
     None, None, True),
    ("HIPAA Privacy and Security Certification", "certification", "Compliance Training Co.",
     8, 12, "CareBridge", True),
    ("PCI DSS Awareness Certification", "certification", "PCI Training Institute", 6, 12,
     "Finlo", True),
    ("COPC Customer Experience Standard Certification", "certification", "COPC Inc.", 24, 24,
     None, False),
    ("ITIL 4 Foundation", "certification", "AXELOS accredited partner", 18, 36, None, False),
    ("Lean Six Sigma Yellow Belt", "certification", "Six Sigma Council", 20, 36, None, False),
    ("Telvanta Device Troubleshooting Program", "training_program", "Telvanta Mobile", 40,
     None, "Telvanta", False),
    ("Insurance Claims Fundamentals", "training_program", "Shieldline Academy", 32, None,
     "Shieldline", False),
    ("ShopNest Returns and Refunds Playbook", "online_course", "ShopNest", 4, None, "ShopNest",
     False),
    ("Travel Reservations with Amadeus", "training_program", "Amadeus", 24, None, "Wayfarer",
     False),
    ("Handling Difficult Conversations", "workshop", "Internal L&D", 4, None, None, False),
    ("De-escalation Techniques", "workshop", "Internal L&D", 3, None, None, False),
    ("Time Management for Agents", "online_course", "LinkedIn Learning", 2, None, None, False),
    ("Excel for Workforce and Reporting", "online_course", "Coursera", 12, None, None, False),
    ("Leadership Essentials for Team Leads", "training_program", "Internal L&D", 24, None,
     None, False),
    ("Frontline Leader Coaching Circle", "coaching", "Holloway Leadership Coaching", 12, None,
     None, False),
    ("Business English and Accent Coaching", "coaching", "CX Academy Asia", 20, None, None,
     False),
    ("Customer Experience Summit Manila", "conference", "CX Summit Asia", 16, None, None,
     False),
    ("Contact Center World Asia Pacific", "conference", "Contact Center World", 16, None,
     None, False),
    ("Bachelor of Science in Business Administration", "degree", "Open University", 1200,
     None, None, False),
    ("MBA in Operations Management (part-time)", "degree", "State University Graduate School",
     900, None, None, False),
)
ENROLLMENT_STATUS = Weighted([("completed", 55), ("in_progress", 12), ("enrolled", 10),
                              ("planned", 12), ("failed", 5), ("cancelled", 6)])

# -- KPIs and quality (issue 15) -------------------------------------------------------------
# Five of the presets per client; every one but adherence (a workforce figure) is shareable.
KPI_METRICS = ("AHT", "CSAT", "FCR", "QA score", "Adherence")
INTERNAL_METRICS = ("Adherence",)
# How a person's figure follows their skill s (0 worst .. 1 best): the mean at s = 0, its
# change up to s = 1, the spread of one day's figure, and the mean of a bad stretch (past the
# warning threshold). Counts: handled contacts a day (AHT, FCR), surveys a day (CSAT).
# Every mean crosses its target at s = 0.2, so the weakest few agents miss it all year.
KPI_MODEL = {"AHT": (316.0, -80.0, 25.0, 338.0), "CSAT": (81.8, 16.0, 4.0, 78.5),
             "FCR": (71.8, 16.0, 5.0, 68.5), "QA score": (87.6, 12.0, 3.0, 84.0),
             "Adherence": (90.4, 8.0, 2.5, 86.5)}
HANDLED_A_DAY, SURVEYS_A_DAY = (25, 45), (3, 12)
# Values per working day for small demos; per week, then per month, when daily values for
# every agent would pass this many rows (a 50,000-person demo stays at about 2.7 million).
KPI_VALUES_BUDGET = 300_000
STRUGGLING_SHARE = 0.06  # agents with one metric below target these last months
# Evaluations per agent a month: four in a small demo, down to about five a year at 50,000
# staff (some 185,000 evaluations in all; issue 15 sizes a company at 200,000).
EVALUATIONS_A_MONTH = 4
EVALUATION_AGENTS = 500  # beyond this many agents the same total is spread thinner...
EVALUATIONS_A_MONTH_LEAST = 0.4  # ...down to this rate
SCORECARD_V2_DAYS_AGO = 150  # version 2 (two items more) was published then
# section, key, text, weight, scale, critical, N/A allowed, in version 1
SCORECARD_ITEMS = (
    ("Opening", "greet", "Greeted the customer and gave their name", 1, "yes_no", "", True,
     True),
    ("Opening", "verify", "Verified the customer's identity before any account detail", 2,
     "yes_no", "evaluation", False, True),
    ("Resolution", "probe", "Asked questions to understand the issue", 1, "yes_partial_no", "",
     True, True),
    ("Resolution", "solve", "Resolved the issue or set the right next step", 3,
     "yes_partial_no", "", False, True),
    ("Resolution", "accuracy", "Gave accurate information", 2, "yes_no", "section", False,
     True),
    ("Resolution", "hold", "Asked before placing the customer on hold", 1, "yes_no", "", True,
     True),
    ("Soft skills", "empathy", "Showed empathy", 1, "one_to_five", "", False, True),
    ("Soft skills", "tone", "Kept a professional, friendly tone", 1, "one_to_five", "", False,
     True),
    ("Closing", "summary", "Summarised the resolution before closing", 1, "yes_no", "", True,
     False),
    ("Closing", "close", "Offered further help and closed properly", 1, "yes_no", "", True,
     True),
    ("Closing", "notes", "Documented the interaction completely", 1, "yes_partial_no", "",
     False, False),
)
HOLD_NA_SHARE = 0.55  # most interactions have no hold
CHANNELS = Weighted([("phone", 55), ("chat", 25), ("email", 15), ("social", 5)])
ITEM_COMMENTS = ("Missed on the recording at 02:10.", "Coached on this after the call.",
                 "Customer had to ask twice.", "See the knowledge article on this step.")
ACKNOWLEDGEMENTS = ("", "", "Thanks, I will work on it.", "Understood; will use the checklist.",
                    "Agree with the feedback.")
DISPUTE_REASONS = ("The customer had already been verified by the IVR.",
                   "The hold was offered at 03:40; it is on the recording.",
                   "The resolution followed the latest knowledge article.")
DISPUTE_NOTES = {"accepted": "Checked the recording: the agent is right.",
                 "rejected": "The step is required even when the IVR verified the caller."}
DISPUTE_SHARE = 0.03  # of evaluations with a failed item, once the agent has seen them
QA_REFERENCE = "qa.lead"  # the expert whose calibration evaluation is the reference


def generate(database, *, staff: int = 150, seed: int = 1,
             progress: Callable[[str], None] | None = None,
             today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with demo data for `staff` people; returns rows per entity."""
    if staff < 1:
        raise UserError(translations._("Demo data needs at least one staff member"))
    with dbmod.transaction():
        if not opening.is_empty(database):
            raise UserError(translations._("The database already holds data; demo data only goes "
                                           "into an empty database (choose a new file with "
                                           "--db)"))
        builder = _Builder(random.Random(seed), today or dt.date.today(), progress,
                           class_rng=random.Random(f"{seed} class"))
        counts = builder.run(staff)
        counts["career roles"] = readiness.seed_demo_roles()
        audit.record("generate", "demo data", None,
                     {"seed": (None, seed), "today": (None, builder.today),
                      **{name: (None, n) for name, n in counts.items()}})
    if not dbmod.is_sqlite(database) and not database.in_transaction():
        # Until autovacuum gets round to the new rows PostgreSQL plans without statistics
        # (a dashboard query took minutes) and cannot use index-only scans.
        for model in (*COUNT_NAMES, KpiMonth):  # (KpiMonth: the values' roll-up)
            database.execute_sql(f'VACUUM (ANALYZE) "{model._meta.table_name}"')
    return counts


class _Person:
    __slots__ = ("id", "first", "last", "title", "team", "queue", "site", "hire", "status",
                 "left", "history", "lead", "level", "falling", "login")

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def client_on(self, day: dt.date):
        for client_id, start, end in self.history:
            if start <= day and (end is None or day <= end):
                return client_id
        return None


class _Builder:
    def __init__(self, rng: random.Random, today: dt.date, progress,
                 class_rng: random.Random):
        self.rng = rng
        self.class_rng = class_rng
        self.today = today
        self.progress = progress or (lambda message: None)
        self.counts = {name: 0 for name in COUNT_NAMES.values()}
        self.competencies = [c for (c,) in Competency.select(Competency.id)
                             .order_by(Competency.id).tuples()]

    def run(self, staff: int) -> dict[str, int]:
        self.make_clients()
        self.make_programs()
        self.make_staff(staff)
        self.make_assignments()
        self.make_mentoring()
        self.make_personal_records()
        self.make_kpis()
        self.make_quality()
        self.make_coaching_evidence()
        self.make_client_loop()
        return self.counts

    # -- helpers ---------------------------------------------------------------------------
    def insert(self, model, fields, rows) -> None:
        self.counts[COUNT_NAMES[model]] += bulk.insert_rows(model, fields, rows)

    def day_between(self, start: dt.date, end: dt.date,
                    rng: random.Random | None = None) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=(rng or self.rng).randint(0, (end - start).days))

    def ago(self, low: int, high: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    # -- clients and programs ----------------------------------------------------------------
    def make_clients(self) -> None:
        ids = bulk.next_ids(Client, len(CLIENTS))
        self.clients = {}  # short name -> (id, sites, queues, active)
        rows = []
        for client_id, (name, short, industry, contact, manager, sites, queues, active) in zip(
                ids, CLIENTS, strict=True):
            self.clients[short] = (client_id, sites, queues, active)
            domain = short.lower() + ".example.com"
            notes = ("Contract ended; accounts moved to other clients." if not active else
                     f"Served from {', '.join(sites)}.")
            rows.append((client_id, name, industry, contact, f"{_ascii(contact, '.')}@{domain}",
                         manager, active, notes, False))
        self.insert(Client, ("id", "name", "industry", "contact_name", "contact_email",
                             "account_manager", "active", "notes", "archived"), rows)
        self.client_contacts = {cid: (name, contact) for (cid, name, _, contact, *_) in rows}
        self.progress(f"Clients: {len(rows)}")

    def make_client_loop(self) -> None:
        """Issue 17: two contacts per active client; for the first two active clients the
        review of the last two months with action items (one done, one dropped, others open
        and carried forward), and registered report versions: the first client's month
        before last sent and acknowledged, its last month sent and waiting, the second's last
        month prepared. Demo versions have no file: their SHA-256 is of their name."""
        from mentorapp.excel import client_data
        from mentorapp.excel.client_report import comparable_figures, versioned_name
        from mentorapp.services.client_reports import last_period

        active = [(cid, short) for short, (cid, _, _, is_active) in self.clients.items()
                  if is_active]
        contact_ids = bulk.next_ids(ClientContact, 2 * len(active))
        contacts, rows = {}, []
        for index, (client_id, short) in enumerate(active):
            name, person = self.client_contacts[client_id]
            domain = short.lower() + ".example.com"
            second = CONTACT_NAMES[index % len(CONTACT_NAMES)]
            pair = ((person, "Account director"), (second, "Quality manager"))
            for offset, (who, role) in enumerate(pair):
                contact_id = contact_ids[2 * index + offset]
                rows.append((contact_id, client_id, who, f"{_ascii(who, '.')}@{domain}", role,
                             True))
            contacts[client_id] = contact_ids[2 * index:2 * index + 2]
        self.insert(ClientContact, ("id", "client", "name", "email", "role", "active"), rows)
        last = last_period("monthly", self.today)
        before = last_period("monthly", last[0])
        reviews, items, stamp = [], [], dt.datetime.combine(self.today, dt.time(9))
        for (client_id, short), texts in zip(active, REVIEW_TEXTS, strict=False):
            for period, (summary, highlights, risks) in zip((before, last), texts, strict=True):
                reviews.append((client_id, *period, summary, highlights, risks, stamp,
                                "account.manager"))
            for period, text, owner, due, status, closed in (
                    (before, "Refresh the refund macro with the new policy", "QA lead",
                     before[1], "done", last[0] + dt.timedelta(days=9)),
                    (before, "Add two agents to the weekend roster", "WFM", last[0], "open",
                     None),
                    (before, "Pilot callbacks on the billing queue", "Operations", None,
                     "dropped", before[1]),
                    (last, f"Share the {short} escalation matrix with new hires", "Trainer",
                     last[1] + dt.timedelta(days=14), "open", None),
                    (last, "Review repeat-contact drivers with the client", "Account manager",
                     last[1] + dt.timedelta(days=21), "open", None)):
                items.append((client_id, *period, text, owner, due, status, closed, ""))
        self.insert(ClientReview, ("client", "period_start", "period_end", "summary",
                                   "highlights", "risks", "updated_at", "updated_by"), reviews)
        self.insert(ClientActionItem, ("client", "period_start", "period_end", "text", "owner",
                                       "due_date", "status", "closed_on", "note"), items)
        first, second = active[0][0], active[1][0]
        plan = ((first, before, before[1] + dt.timedelta(days=3),
                 before[1] + dt.timedelta(days=8), contacts[first][:1]),
                (first, last, last[1] + dt.timedelta(days=2), None, contacts[first]),
                (second, last, None, None, ()))
        version_ids = bulk.next_ids(ClientReportVersion, len(plan))
        versions, recipients = [], []
        for version_id, (client_id, period, sent, acknowledged, to) in zip(
                version_ids, plan, strict=True):
            name = versioned_name(self.client_name(client_id), *period, 1)
            if sent is not None and sent > self.today:
                sent, to = None, ()
            if acknowledged is not None and (sent is None or acknowledged > self.today):
                acknowledged = None
            shown = comparable_figures(
                client_data.figures(client_id, *period),
                client_data.kpi_scorecard(client_id, *period),
                client_data.quality_figures(client_id, *period))
            versions.append((version_id, client_id, *period, 1, name,
                             hashlib.sha256(f"demo:{name}".encode()).hexdigest(),
                             "account.manager", _at(period[1] + dt.timedelta(days=1)),
                             json.dumps(shown, sort_keys=True), _at(sent),
                             "email" if sent else "", _at(acknowledged),
                             contacts[client_id][0] if acknowledged else None))
            recipients += [(version_id, contact) for contact in to]
        self.insert(ClientReportVersion, (
            "id", "client", "period_start", "period_end", "version", "file_name", "sha256",
            "prepared_by", "prepared_at", "figures", "sent_at", "sent_via", "acknowledged_at",
            "acknowledged_by"), versions)
        self.insert(ClientReportRecipient, ("version", "contact"), recipients)
        self.progress(f"Client reviews: {len(reviews)}, action items: {len(items)}, "
                      f"report versions: {len(versions)}")

    def client_name(self, client_id: int) -> str:
        return next(name for name, short, *_ in CLIENTS
                    if self.clients[short][0] == client_id)

    def make_programs(self) -> None:
        ids = bulk.next_ids(TrainingProgram, len(PROGRAMS))
        self.programs = {}
        rows = []
        for program_id, (name, kind, provider, hours, validity, client, mandatory) in zip(
                ids, PROGRAMS, strict=True):
            client_id = self.clients[client][0] if client else None
            self.programs[name] = (program_id, hours, validity, client_id, mandatory, kind)
            description = (f"Requested by {self.client_contacts[client_id][0]}."
                           if client_id else "")
            rows.append((program_id, name, kind, provider, hours, validity, client_id, mandatory,
                         description, False))
        self.insert(TrainingProgram, ("id", "name", "type", "provider", "hours",
                                      "validity_months", "client", "mandatory", "description",
                                      "archived"), rows)

    # -- staff ---------------------------------------------------------------------------
    def make_staff(self, total: int) -> None:
        rng = self.rng
        ids = bulk.next_ids(Staff, total)
        self.people: list[_Person] = []
        self.teams: dict[str, list[_Person]] = {}
        active_clients = [short for short, c in self.clients.items() if c[3]]
        team_numbers: dict[tuple, int] = {}
        teams_made = 0
        while len(self.people) < total:
            if teams_made < len(active_clients):  # every client gets a team first
                short = active_clients[teams_made]
                site = rng.choice(self.clients[short][1])
            else:
                site = SITES.pick(rng)
                short = rng.choice([s for s in active_clients if site in self.clients[s][1]])
            queue = rng.choice(self.clients[short][2])
            number = team_numbers[short, site] = team_numbers.get((short, site), 0) + 1
            team = f"{short} {site} {queue} {number}"
            teams_made += 1
            titles = [TEAM_LEAD] + [AGENT_TITLES.pick(rng) for _ in range(rng.randint(9, 17))]
            titles += [title for title, every in SUPPORT_ROLES if teams_made % every == 0]
            members = self.teams[team] = []
            for title in titles[:total - len(self.people)]:
                person = self.new_person(ids[len(self.people)], title, team, site,
                                         self.clients[short][0], queue)
                members.append(person)
                self.people.append(person)
            for person in members:
                person.lead = members[0]
        self.insert(Staff, ("id", "employee_id", "first_name", "last_name", "email",
                            "job_title", "team", "site", "hire_date", "status", "archived"),
                    self.staff_rows())
        self.progress(f"Staff: {total:,} in {len(self.teams):,} teams")

    def new_person(self, person_id: int, title: str, team: str, site: str, client_id: int,
                   queue: str) -> _Person:
        rng = self.rng
        person = _Person()
        country = SITE_COUNTRY[site]
        person.id, person.title, person.team, person.site = person_id, title, team, site
        person.queue = queue
        person.first = rng.choice(FIRST_NAMES[country])
        person.last = rng.choice(LAST_NAMES[country])
        low, high = TENURE_DAYS.pick(rng)
        if title in (TEAM_LEAD, "Operations Manager", "Trainer"):
            low, high = max(low, 500), max(high, 1500)
        person.hire = self.ago(low, high)
        person.status = STATUS.pick(rng)
        person.left = None  # the day a leaver left, or a leave of absence began
        if person.status == "resigned" and (self.today - person.hire).days > 60:
            person.left = self.day_between(person.hire + dt.timedelta(days=45),
                                           self.today - dt.timedelta(days=1))
        elif person.status == "on_leave":
            person.left = max(person.hire, self.ago(7, 90))
        else:
            person.status = "active"
        person.level = min(4.6, max(2.4, rng.gauss(3.7, 0.45)))
        person.falling = rng.random() < 0.04
        person.history = self.client_history(person, client_id)
        role = queue if "Representative" in title else title
        person.history = [(c, start, end, role if c == client_id else self.old_role(c, title))
                          for c, start, end in person.history]
        return person

    def old_role(self, client_id: int, title: str) -> str:
        queues = next(c[2] for c in self.clients.values() if c[0] == client_id)
        return self.rng.choice(queues) if "Representative" in title else title

    def client_history(self, person: _Person, current: int) -> list[tuple]:
        """Earlier accounts first, the current one last (ended if the person left)."""
        rng = self.rng
        end = person.left if person.status == "resigned" else None
        start = person.hire
        history = []
        moves = 0
        if (self.today - person.hire).days > 200:
            moves = 2 if rng.random() < 0.08 else 1 if rng.random() < 0.3 else 0
        others = [c[0] for c in self.clients.values() if c[0] != current]
        brightline_end = self.today - dt.timedelta(days=BRIGHTLINE_ENDED_DAYS_AGO)
        last_day = (end or self.today) - dt.timedelta(days=30)
        for _ in range(moves):
            if (last_day - start).days < 90:
                break
            client = rng.choice(others)
            move = self.day_between(start + dt.timedelta(days=60), last_day)
            if client == self.clients["Brightline"][0]:
                if start + dt.timedelta(days=30) > brightline_end:
                    continue
                move = min(move, brightline_end)
            history.append((client, start, move))
            start = move + dt.timedelta(days=1)
        history.append((current, start, end))
        return history

    def staff_rows(self):
        used_emails = set()
        for number, p in enumerate(self.people, start=100_001):
            local = f"{_ascii(p.first, '')}.{_ascii(p.last, '')}"
            email, n = local, 1
            while email in used_emails:
                n += 1
                email = f"{local}{n}"
            used_emails.add(email)
            p.login = email  # the e-mail's local part, as a sign-in name in quality records
            yield (p.id, f"{SITE_CODES[p.site]}-{number}", p.first, p.last,
                   f"{email}@{EMAIL_DOMAIN}", p.title, p.team, p.site, p.hire, p.status, False)

    def make_assignments(self) -> None:
        rows = ((p.id, client, role, start, end, False)
                for p in self.people for client, start, end, role in p.history)
        self.insert(Assignment, ("staff", "client", "role", "start_date", "end_date",
                                 "archived"), rows)
        for p in self.people:  # drop the roles: later steps need client and dates only
            p.history = [(c, start, end) for c, start, end, _ in p.history]
        self.progress(f"Assignments: {self.counts['assignments']:,}")

    # -- mentoring -----------------------------------------------------------------------
    def make_mentoring(self) -> None:
        rng = self.rng
        leaders = [p for p in self.people if p.title in (TEAM_LEAD, "Operations Manager")
                   and p.status != "resigned"]
        external = [(None, name) for name, _, _ in EXTERNAL_COACHES]
        everyone = [(p, p.name) for p in leaders] + external
        ids = bulk.next_ids(Mentor, len(everyone))
        rows, expertise = [], []
        self.mentors = []  # (mentor id, person or None, name, capacity)
        for mentor_id, (person, name) in zip(ids, everyone, strict=True):
            capacity = rng.choice((2, 3, 3, 4, 5)) if person else rng.randint(6, 10)
            active = person is None or person.status == "active"
            if person:
                rows.append((mentor_id, person.id, "", "", "", capacity, active,
                             rng.choice(MENTOR_BIOS), False))
            else:
                _, organisation, bio = next(c for c in EXTERNAL_COACHES if c[0] == name)
                email = f"{_ascii(name, '.')}@{_ascii(organisation, '')}.example.com"
                rows.append((mentor_id, None, name, organisation, email, capacity, True, bio,
                             False))
            for competency in sorted(rng.sample(self.competencies,
                                                min(len(self.competencies),
                                                    rng.randint(2, 4)))):
                expertise.append((mentor_id, competency))
            self.mentors.append((mentor_id, person, name, capacity, active))
        self.insert(Mentor, ("id", "staff", "external_name", "external_organisation", "email",
                             "capacity", "active", "bio", "archived"), rows)
        self.insert(MentorExpertise, ("mentor", "competency"), expertise)
        self.make_mentorships()
        self.make_coached_class()
        self.progress(f"Mentors: {len(rows):,}, mentorships: {self.counts['mentorships']:,}")

    def mentee_pool(self, person: _Person | None) -> list[_Person]:
        if person is None:  # external coaches take leads and senior agents from anywhere
            pool = [p for p in self.rng.sample(self.people, min(len(self.people), 60))
                    if p.title in (TEAM_LEAD, "Senior Customer Service Representative")]
        elif person.title == TEAM_LEAD:
            pool = self.teams[person.team][1:]
        else:  # operations managers mentor team leads at their site
            pool = [m[0] for team, m in self.teams.items() if m[0].site == person.site]
            pool = self.rng.sample(pool, min(len(pool), 12))
        return [p for p in pool if p is not person and p.status == "active"]

    def make_mentorships(self) -> None:
        rng = self.rng
        mentored = set()  # people with an active mentorship
        mentorships = []  # (mentor id, mentee, status, start, end)
        for number, (mentor_id, person, _name, capacity, active) in enumerate(self.mentors):
            pool = self.mentee_pool(person)
            wanted = rng.randint(0, capacity) if active else 0
            if active and number % 25 == 3:
                wanted = capacity + 1  # over capacity (one in 25): the dashboard shows these
            free = [p for p in pool if p.id not in mentored]
            for mentee in rng.sample(free, min(wanted, len(free))):
                mentored.add(mentee.id)
                start = max(mentee.hire, self.ago(14, 300))
                mentorships.append((mentor_id, mentee, "active", start, None))
            for status, chance in (("completed", 0.6), ("cancelled", 0.15), ("proposed", 0.2)):
                if pool and rng.random() < chance:
                    mentee = rng.choice(pool)
                    if status == "proposed":
                        if mentee.id in mentored:
                            continue
                        mentorships.append((mentor_id, mentee, status, None, None))
                        continue
                    start = max(mentee.hire, self.ago(120, 700))
                    length = rng.randint(90, 180) if status == "completed" else rng.randint(10, 60)
                    end = min(self.today, start + dt.timedelta(days=length))
                    mentorships.append((mentor_id, mentee, status, start, end))
        ids = bulk.next_ids(Mentorship, len(mentorships))
        self.insert(Mentorship, ("id", "mentor", "mentee", "status", "start_date", "end_date",
                                 "focus", "archived"),
                    [(i, mentor, mentee.id, status, start, end, rng.choice(MENTORSHIP_FOCUS),
                      False) for i, (mentor, mentee, status, start, end)
                     in zip(ids, mentorships, strict=True)])
        self.mentor_of = {mentee.id: mentor for mentor, mentee, status, _, _ in mentorships
                          if status == "active"}
        self.mentorship_of = {mentee.id: (i, start) for i, (_, mentee, status, start, _)
                              in zip(ids, mentorships, strict=True) if status == "active"}
        self.make_sessions(zip(ids, mentorships, strict=True))

    def make_coached_class(self) -> None:
        """CLASS_COACH's finished class: up to CLASS_SIZE agents of the queue with the most
        people settled on it, mentored together for CLASS_WEEKS from CLASS_STARTED_DAYS_AGO,
        their competency ratings lifted from then on. The others on the queue are What
        worked's comparison group. Drawn from a random stream of its own, and only the
        competency ratings lifted (a feedback entry's own rating picks its comment), so every
        other demo row stays as it was before the class existed."""
        rng = self.class_rng
        self.coached_from = {}
        start = self.today - dt.timedelta(days=CLASS_STARTED_DAYS_AGO)
        settled = start - dt.timedelta(days=120)  # on the queue for the whole window before
        coach = next(m for m in self.mentors if m[1] is None and m[2] == CLASS_COACH)[0]
        queues: dict[tuple, list[_Person]] = {}
        for p in self.people:
            client, since, _ = p.history[-1]
            if p.status == "active" and "Representative" in p.title and since <= settled \
                    and p.id not in self.mentorship_of:
                queues.setdefault((client, p.queue), []).append(p)  # the assignment's role
        people = max(queues.values(), key=len, default=[])
        chosen = sorted(rng.sample(people, min(CLASS_SIZE, len(people) // 2)),
                        key=lambda p: p.id)
        if not chosen:
            return
        end = start + dt.timedelta(weeks=CLASS_WEEKS)
        mentorships = [(coach, p, "completed", start, end) for p in chosen]
        ids = bulk.next_ids(Mentorship, len(mentorships))
        self.insert(Mentorship, ("id", "mentor", "mentee", "status", "start_date", "end_date",
                                 "focus", "archived"),
                    [(i, coach, p.id, "completed", start, end, "Quality and call control",
                      False) for i, p in zip(ids, chosen, strict=True)])
        self.make_sessions(zip(ids, mentorships, strict=True), rng)
        self.coached_from = {p.id: start for p in chosen}

    def make_sessions(self, mentorships, rng: random.Random | None = None) -> None:
        rng = rng or self.rng
        sessions, items = [], []
        for mentorship_id, (_, _, status, start, end) in mentorships:
            if status == "proposed":
                continue
            day, last = start, end or self.today
            limit = 1 if status == "cancelled" else 8
            while limit:
                day += dt.timedelta(days=rng.randint(7, 28))
                if day > last:
                    break
                limit -= 1
                sessions.append((mentorship_id, day))
        ids = bulk.next_ids(MentoringSession, len(sessions))
        rows, notes, author = [], [], audit.actor()
        for session_id, (mentorship_id, day) in zip(ids, sessions, strict=True):
            rows.append((session_id, mentorship_id, day, rng.choice((30, 45, 60, 60, 90)),
                         SESSION_FORMATS.pick(rng), rng.choice(SESSION_TOPICS),
                         rng.choice(SHARED_NOTES), False))
            note = rng.choice(PRIVATE_NOTES)
            if note:
                evening = dt.datetime(day.year, day.month, day.day, 18)
                notes.append((session_id, author, note, evening))
            for _ in range(rng.choice((0, 1, 1, 2))):
                due = day + dt.timedelta(days=rng.randint(7, 21))
                done = None
                if due < self.today and rng.random() < 0.75 or rng.random() < 0.2:
                    done = self.day_between(day + dt.timedelta(days=1),
                                            min(self.today, due + dt.timedelta(days=7)), rng)
                    done = min(done, self.today)
                items.append((mentorship_id, session_id, rng.choice(ACTION_TEXTS),
                              "mentee" if rng.random() < 0.8 else "mentor", due, done, False))
        self.insert(MentoringSession, ("id", "mentorship", "date", "duration_minutes", "format",
                                       "topics", "shared_notes", "archived"), rows)
        self.insert(SessionPrivateNote, ("session", "author", "text", "updated_at"), notes)
        self.insert(ActionItem, ("mentorship", "session", "text", "owner", "due_date",
                                 "done_date", "archived"), items)

    # -- KPIs (issue 15) -------------------------------------------------------------------
    def agents(self) -> list[_Person]:
        """The people measured by the client's KPIs and evaluated on its scorecard."""
        return [p for p in self.people if "Representative" in p.title
                or p.title == "Subject Matter Expert"]

    def make_kpis(self) -> None:
        """Five metrics per client and each agent's values over the last twelve months, on the
        account they were on (a person who moved has values on both)."""
        presets = {preset["name"]: preset for preset in kpi.presets()}
        ids = iter(bulk.next_ids(KpiMetric, len(self.clients) * len(KPI_METRICS)))
        self.metric_ids: dict[int, dict[str, int]] = {}
        rows = []
        for client_id, *_ in self.clients.values():
            for name in KPI_METRICS:
                preset = presets[name]
                metric_id = self.metric_ids.setdefault(client_id, {})[name] = next(ids)
                rows.append((metric_id, client_id, "", name, preset["unit"], preset["better"],
                             preset["target"], preset["warning"], preset["rollup"],
                             preset["weight_column"], preset["decimals"],
                             name not in INTERNAL_METRICS, False, fold_key(name)))
        self.insert(KpiMetric, ("id", "client", "line_of_business", "name", "unit", "better",
                                "target", "warning", "rollup", "weight_column", "decimals",
                                "shareable", "archived", "name_key"), rows)
        self.decimals = {name: presets[name]["decimals"] for name in KPI_METRICS}
        months = kpi.months_back(self.today, 12)
        end = self.today - dt.timedelta(days=1)  # today's figures are not in yet
        workdays = [months[0] + dt.timedelta(days=n) for n in range((end - months[0]).days + 1)]
        workdays = [day for day in workdays if day.weekday() < 5]
        agents = self.agents()
        # The struggling: one metric below target from two or three months back.
        self.struggling = {}
        for p in agents:
            if self.rng.random() < STRUGGLING_SHARE:
                self.struggling[p.id] = (self.rng.choice(KPI_METRICS),
                                         months[-self.rng.choice((2, 3))])
        for period in ("day", "week", "month"):
            periods: dict[dt.date, int] = {}  # first day -> working days in it
            for day in workdays:
                start = kpis.period_start(day, period)
                if start >= months[0]:  # a week begun before the twelve months is left out
                    periods[start] = periods.get(start, 0) + 1
            if len(agents) * len(KPI_METRICS) * len(periods) <= KPI_VALUES_BUDGET:
                break
        self.kpi_period = period
        self.insert(KpiValue, ("metric", "staff", "period", "day", "value", "count"),
                    self.kpi_values(agents, period, periods))
        self.progress(f"KPI values: {self.counts['KPI values']:,} ({period} figures of "
                      f"{len(agents):,} agents)")

    def kpi_values(self, agents: list[_Person], period: str, periods: dict[dt.date, int]):
        rng, falling_from = self.rng, self.today - dt.timedelta(days=89)
        period_list = sorted(periods.items())
        for p in agents:
            skill = (p.level - 2.4) / 2.2
            struggling = self.struggling.get(p.id)
            for start, days in period_list:
                if start < p.hire or (p.left and start >= p.left):
                    continue
                client = p.client_on(start)
                if client is None:
                    continue
                metrics = self.metric_ids[client]
                # A period's counts: one draw over its days (a draw a day cost seconds).
                handled = rng.randint(HANDLED_A_DAY[0] * days, HANDLED_A_DAY[1] * days)
                surveys = rng.randint(SURVEYS_A_DAY[0] * days, SURVEYS_A_DAY[1] * days)
                for name in KPI_METRICS:
                    low, gain, spread, bad = KPI_MODEL[name]
                    mean = low + gain * skill
                    if (p.falling and start >= falling_from) or (
                            struggling and struggling[0] == name and start >= struggling[1]):
                        mean = max(mean, bad) if gain < 0 else min(mean, bad)
                    value = rng.gauss(mean, spread / days ** 0.5)
                    value = max(60.0, value) if name == "AHT" else min(100.0, max(0.0, value))
                    count = handled if name in ("AHT", "FCR") else (
                        surveys if name == "CSAT" else None)
                    yield (metrics[name], p.id, period, start,
                           round(value, self.decimals[name]), count)

    # -- quality (issue 15) ----------------------------------------------------------------
    def make_quality(self) -> None:
        """A scorecard per client in two published versions, evaluations of every agent,
        acknowledgements and disputes, and a calibration per client."""
        self.make_scorecards()
        logins = {}
        for p in self.people:
            if p.title == "QA Analyst" and p.status == "active":
                logins.setdefault(p.history[-1][0], []).append(p.login)
        everyone = sorted(login for found in logins.values() for login in found)
        self.evaluators = {client_id: logins.get(client_id) or everyone or [QA_REFERENCE]
                           for client_id, *_ in self.clients.values()}
        agents = self.agents()
        self.evaluation_rate = min(EVALUATIONS_A_MONTH, max(
            EVALUATIONS_A_MONTH_LEAST,
            EVALUATIONS_A_MONTH * EVALUATION_AGENTS / max(1, len(agents))))
        self.interactions = 0
        self.disputes_made = 0
        self.low_scores: list[tuple[int, int, dt.date, int]] = []  # staff, eval, day, client
        for first in range(0, len(agents), STAFF_BATCH):
            self.write_evaluations(agents[first:first + STAFF_BATCH])
        self.make_calibrations(agents, everyone)
        self.progress(f"Evaluations: {self.counts['evaluations']:,}, disputes: "
                      f"{self.counts['evaluation disputes']:,}")

    def make_scorecards(self) -> None:
        cards = list(self.clients.items())
        card_ids = bulk.next_ids(Scorecard, len(cards))
        version_ids = iter(bulk.next_ids(ScorecardVersion, 2 * len(cards)))
        first_published = dt.datetime.combine(self.today - dt.timedelta(days=400),
                                              dt.time(9))
        second_published = dt.datetime.combine(
            self.today - dt.timedelta(days=SCORECARD_V2_DAYS_AGO), dt.time(9))
        self.v2_from = second_published.date()
        self.cards: dict[int, dict[int, tuple]] = {}  # client -> version no. -> scoring
        versions, items = [], []
        item_ids = iter(bulk.next_ids(ScorecardItem, len(cards) * (
            len(SCORECARD_ITEMS) + sum(row[7] for row in SCORECARD_ITEMS))))
        rows = []
        for card_id, (short, (client_id, *_)) in zip(card_ids, cards, strict=True):
            name = f"{short} Quality Scorecard"
            rows.append((card_id, name, client_id, False, fold_key(name)))
            for number, published in ((1, first_published), (2, second_published)):
                version_id = next(version_ids)
                versions.append((version_id, card_id, number, published))
                chosen = [row for row in SCORECARD_ITEMS if number == 2 or row[7]]
                ids = {}
                for position, (section, key, text, weight, scale, critical, na, _) in \
                        enumerate(chosen):
                    ids[key] = next(item_ids)
                    items.append((ids[key], version_id, position, section, key, text,
                                  float(weight), scale, critical, na, None))
                sections: dict[str, list[scorecards.Item]] = {}
                for section, key, text, weight, scale, critical, na, _ in chosen:
                    sections.setdefault(section, []).append(scorecards.Item(
                        key, text, float(weight), scale, critical or None, na))
                self.cards.setdefault(client_id, {})[number] = (
                    version_id, [scorecards.Section(t, tuple(m)) for t, m in sections.items()],
                    ids)
        self.insert(Scorecard, ("id", "name", "client", "archived", "name_key"), rows)
        self.insert(ScorecardVersion, ("id", "scorecard", "version", "published_at"), versions)
        self.insert(ScorecardItem, ("id", "version", "position", "section", "key", "text",
                                    "weight", "scale", "critical", "allow_na", "competency"),
                    items)

    def answers_for(self, p: _Person, day: dt.date, sections) -> dict[str, str]:
        """An agent's answers on one interaction: the better the agent, the more credit."""
        rng = self.rng
        quality = 0.72 + 0.11 * (p.level - 2.4)
        if p.falling and day >= self.today - dt.timedelta(days=89):
            quality -= 0.15
        answers = {}
        for section in sections:
            for item in section.items:
                if item.allow_na and (rng.random() < (HOLD_NA_SHARE if item.key == "hold"
                                                      else 0.02)):
                    answers[item.key] = scorecards.NA
                elif item.scale == "yes_no":
                    chance = 1 - (1 - quality) / 4 if item.critical else quality
                    answers[item.key] = "yes" if rng.random() < chance else "no"
                elif item.scale == "yes_partial_no":
                    r = rng.random()
                    answers[item.key] = ("yes" if r < quality else "partial"
                                         if r < quality + (1 - quality) * 0.6 else "no")
                else:
                    answers[item.key] = str(min(5, max(1, round(
                        1 + 4 * (quality + rng.gauss(0, 0.12))))))
        return answers

    @staticmethod
    def stored(ids: dict[str, int], answers: dict[str, str], comments: dict[str, str]):
        """(answer rows, revision JSON) of a set of answers, as the quality service keeps
        them."""
        rows = [(ids[key], answer, comments.get(key, "")) for key, answer in answers.items()]
        text = json.dumps({key: [answers[key], comments.get(key, "")]
                           for key in sorted(answers)}, ensure_ascii=False)
        return rows, text

    def write_evaluations(self, batch: list[_Person]) -> None:
        rng, today = self.rng, self.today
        months = kpi.months_back(today, 12)
        last = today - dt.timedelta(days=1)
        rate = self.evaluation_rate
        evaluations, disputes, low = [], [], []
        for p in batch:
            for month in months:
                first = max(month, p.hire)
                end = min(_month_end(month), last,
                          p.left - dt.timedelta(days=1) if p.left else last)
                if end < first:
                    continue
                for _ in range(int(rate) + (rng.random() < rate - int(rate))):
                    day = self.day_between(first, end)
                    client = p.client_on(day)
                    if client is None:
                        continue
                    evaluations.append(self.evaluation(p, day, client, disputes, low,
                                                       len(evaluations)))
        ids = bulk.insert_evaluations(evaluations)
        self.counts["evaluations"] += len(evaluations)
        self.counts["evaluation answers"] += sum(len(e[1]) for e in evaluations)
        self.counts["evaluation revisions"] += sum(len(e[2]) for e in evaluations)
        self.insert(EvaluationDispute, ("evaluation", "raised_by", "raised_at", "reason",
                                        "proposed", "decision", "decided_by", "decided_at",
                                        "decision_note"),
                    [(ids[position], *row) for position, row in disputes])
        self.low_scores += [(staff, ids[position], day, client)
                            for staff, position, day, client in low]

    def evaluation(self, p: _Person, day: dt.date, client: int, disputes: list, low: list,
                   position: int) -> tuple:
        """One evaluation for `bulk.insert_evaluations`; its dispute, if any, goes to
        `disputes` and a recent low score to `low` (under `position`)."""
        rng = self.rng
        number = 2 if day >= self.v2_from else 1
        version, sections, ids = self.cards[client][number]
        answers = self.answers_for(p, day, sections)
        result = scorecards.score(sections, answers)
        comments = {key: rng.choice(ITEM_COMMENTS) for key in result.failed_items}
        stored, text = self.stored(ids, answers, comments)
        evaluator = rng.choice(self.evaluators[client])
        evaluated = dt.datetime.combine(min(self.today, day + dt.timedelta(
            days=rng.randint(1, 4))), dt.time(rng.randint(8, 17), rng.randint(0, 59)))
        self.interactions += 1
        revisions = [(1, result.total, text, evaluated, evaluator, "")]
        status, revision, acknowledged, acknowledgement = "open", 1, None, ""
        score, critical = result.total, bool(result.critical_fails)
        seen = (self.today - day).days > 10
        chance = rng.random()
        if seen and chance < 0.4:
            status, acknowledged = "acknowledged", evaluated + dt.timedelta(days=1)
            acknowledgement = rng.choice(ACKNOWLEDGEMENTS)
        elif seen and chance < 0.4 + DISPUTE_SHARE and result.failed_items:
            decision = ("accepted", "rejected", "")[self.disputes_made % 3]
            self.disputes_made += 1
            key = result.failed_items[0]
            item = next(i for s in sections for i in s.items if i.key == key)
            proposed = {key: "5" if item.scale == "one_to_five" else "yes"}
            raised = evaluated + dt.timedelta(days=2)
            decided = raised + dt.timedelta(days=3) if decision else None
            reason = rng.choice(DISPUTE_REASONS)
            note = DISPUTE_NOTES.get(decision, "")
            disputes.append((position, (p.login, raised, reason, json.dumps(proposed),
                                        decision, QA_REFERENCE if decision else "", decided,
                                        note)))
            status = "resolved" if decision else "disputed"
            if decision == "accepted":  # as quality.decide: a new revision of the score
                answers = {**answers, **proposed}
                revised = scorecards.score(sections, answers)
                stored, text = self.stored(ids, answers, comments)
                score, critical, revision = revised.total, bool(revised.critical_fails), 2
                revisions.append((2, revised.total, text, decided, QA_REFERENCE, note))
        if score is not None and score < 80 and (self.today - day).days <= 45:
            low.append((p.id, position, day, client))
        values = (version, p.id, evaluator, client, f"INT-{self.interactions:07d}",
                  CHANNELS.pick(rng), day, evaluated, score, critical,
                  "shareable" if rng.random() < 0.65 else "internal", status, revision,
                  acknowledged, acknowledgement, None, False, False)
        return values, stored, revisions

    def make_calibrations(self, agents: list[_Person], everyone: list[str]) -> None:
        """A calibration per active client: three evaluators and the reference (expert)
        score one interaction; each evaluator differs from the reference on an item or two."""
        rng = self.rng
        panel = (everyone + [f"qa.panel{n}" for n in range(1, 4)])[:3]
        sessions, evaluations = [], []
        calibration_ids = iter(bulk.next_ids(Calibration, len(self.clients)))
        for n, (short, (client_id, _, _, active)) in enumerate(self.clients.items()):
            agent = next((p for p in agents if p.status == "active"
                          and p.history[-1][0] == client_id), None)
            if not active or agent is None:
                continue
            calibration_id = next(calibration_ids)
            held_on = self.today - dt.timedelta(days=14 + 7 * n)
            interaction = f"CAL-{short.upper()}-1"
            version, sections, ids = self.cards[client_id][2]
            sessions.append((calibration_id, version, client_id, interaction, held_on,
                             "Monthly calibration on a recorded call.", False))
            reference = self.answers_for(agent, held_on, sections)
            keys = [item.key for section in sections for item in section.items]
            for evaluator in (QA_REFERENCE, *panel):
                answers = dict(reference)
                if evaluator != QA_REFERENCE:
                    for key in rng.sample(keys, rng.randint(1, 2)):
                        item = next(i for s in sections for i in s.items if i.key == key)
                        choices = [*scorecards.SCALES[item.scale]]
                        answers[key] = rng.choice([c for c in choices if c != answers[key]])
                result = scorecards.score(sections, answers)
                stored, text = self.stored(ids, answers, {})
                at = dt.datetime.combine(held_on, dt.time(10))
                evaluations.append(((version, agent.id, evaluator, client_id, interaction,
                                     "phone", held_on - dt.timedelta(days=3), at, result.total,
                                     bool(result.critical_fails), "internal", "open", 1, None,
                                     "", calibration_id, evaluator == QA_REFERENCE, False),
                                    stored, [(1, result.total, text, at, evaluator, "")]))
        self.insert(Calibration, ("id", "version", "client", "interaction_id", "held_on",
                                  "notes", "archived"),
                    sessions)
        bulk.insert_evaluations(evaluations)
        self.counts["evaluations"] += len(evaluations)
        self.counts["evaluation answers"] += sum(len(e[1]) for e in evaluations)
        self.counts["evaluation revisions"] += len(evaluations)

    def make_coaching_evidence(self) -> None:
        """Coaching sessions prompted by a low evaluation (one per 50 staff, at least 3):
        each cites the evaluation and the client's QA score metric, with a follow-up date in
        a few weeks."""
        chosen, seen = [], set()
        for staff, evaluation, day, client in self.low_scores:
            if staff in self.mentorship_of and staff not in seen and len(chosen) < max(
                    3, len(self.people) // COACHED_PER_STAFF):
                mentorship, start = self.mentorship_of[staff]
                if start and start <= self.today:
                    seen.add(staff)
                    chosen.append((mentorship, max(start, min(self.today, day + dt.timedelta(
                        days=3))), evaluation, client))
        ids = bulk.next_ids(MentoringSession, len(chosen))
        self.insert(MentoringSession, ("id", "mentorship", "date", "duration_minutes", "format",
                                       "topics", "shared_notes", "archived", "follow_up_date"),
                    [(i, mentorship, day, 45, "video", "Quality scorecard walkthrough",
                      "Went through the evaluation item by item and listened to the call "
                      "together; agreed on two habits to practise.", False,
                      day + dt.timedelta(days=28))
                     for i, (mentorship, day, _, _) in zip(ids, chosen, strict=True)])
        self.insert(SessionEvidence, ("session", "evaluation", "feedback", "metric"),
                    [row for i, (_, _, evaluation, client) in zip(ids, chosen, strict=True)
                     for row in ((i, evaluation, None, None),
                                 (i, None, None, self.metric_ids[client]["QA score"]))])

    # -- per-person records, in batches ----------------------------------------------------
    def make_personal_records(self) -> None:
        self.mentor_names = {mentor_id: name for mentor_id, _, name, _, _ in self.mentors}
        for first in range(0, len(self.people), STAFF_BATCH):
            batch = self.people[first:first + STAFF_BATCH]
            self.write_goals_and_responsibilities(batch)
            self.write_feedback(batch, first)
            self.write_careers(batch)
            self.write_enrollments(batch)
            done = first + len(batch)
            if done % (STAFF_BATCH * 10) == 0 or done == len(self.people):
                self.progress(f"Records for {done:,} of {len(self.people):,} staff "
                              f"({self.counts['feedback']:,} feedback)")

    def write_goals_and_responsibilities(self, batch: list[_Person]) -> None:
        rng = self.rng
        goals, owners = [], []
        for p in batch:
            for horizon, share in GOAL_HORIZON_SHARE.items():
                if rng.random() >= share:
                    continue
                kind, title = rng.choice(GOALS[horizon])
                created = max(p.hire, self.ago(30, 400))
                target = created + dt.timedelta(days=365 * horizon)
                if horizon == 1 and target < self.today:
                    status = rng.choice(("achieved", "achieved", "dropped", "in_progress"))
                else:
                    status = rng.choice(("not_started", "in_progress", "in_progress"))
                progress = {"achieved": 100, "not_started": 0}.get(
                    status, rng.randint(5, 90) // 5 * 5)
                goals.append([kind, title, horizon, target, status, progress])
                owners.append(p)
        ids = bulk.next_ids(CareerGoal, len(goals))
        self.insert(CareerGoal, ("id", "staff", "title", "description", "horizon_years", "kind",
                                 "target_date", "status", "progress", "archived"),
                    [(i, p.id, title, "", horizon, kind, target, status, progress, False)
                     for i, p, (kind, title, horizon, target, status, progress)
                     in zip(ids, owners, goals, strict=True)])
        goal_of = {}
        for i, p in zip(ids, owners, strict=True):
            goal_of.setdefault(p.id, i)
        rows = []
        for p in batch:
            if rng.random() >= 0.35:
                continue
            for title, description, aligned in rng.sample(RESPONSIBILITIES, rng.randint(1, 2)):
                status = rng.choice(("active", "active", "active", "completed", "dropped"))
                goal = goal_of.get(p.id) if aligned and rng.random() < 0.5 else None
                outcome = rng.choice(RESPONSIBILITY_OUTCOMES) if status == "completed" else ""
                rows.append((p.id, title, description, max(p.hire, self.ago(10, 500)), aligned,
                             goal, status, outcome, False))
        self.insert(Responsibility, ("staff", "title", "description", "assigned_date",
                                     "aligned_to_role", "goal", "status", "outcome", "archived"),
                    rows)

    def write_feedback(self, batch: list[_Person], first: int) -> None:
        rows, ratings = [], []
        for index, p in enumerate(batch, start=first):
            self.feedback_for(p, index, rows, ratings)
        ids = bulk.next_ids(Feedback, len(rows))
        start = ids.start
        self.insert(Feedback, ("id", "staff", "client", "source", "author", "date", "kind",
                               "rating", "strengths", "improvements", "comment", "visibility",
                               "root_cause", "lesson_learned", "corrective_action",
                               "follow_up_date", "resolved_date", "archived"),
                    ((start + n, *row) for n, row in enumerate(rows)))
        self.insert(FeedbackRating, ("feedback", "competency", "rating"),
                    ((start + n, competency, rating) for n, competency, rating in ratings))

    def feedback_for(self, p: _Person, index: int, rows: list, ratings: list) -> None:
        """Twelve months of feedback for one person, appended to `rows` (ids come later)."""
        rng, today = self.rng, self.today
        first_day = max(p.hire, today - dt.timedelta(days=364))
        last_day = p.left or today
        span = (last_day - first_day).days + 1
        if span <= 0:
            return
        count = int(FEEDBACK_PER_YEAR * span / 365 * (0.7 + 0.6 * rng.random()) + 0.5)
        falling_from = today - dt.timedelta(days=89)
        mentor = self.mentor_names.get(self.mentor_of.get(p.id))
        mentored_from = self.mentorship_of.get(p.id, (None, None))[1]
        coached_from = self.coached_from.get(p.id)
        people = self.people
        for offset in sorted(rng.randrange(span) for _ in range(count)):
            day = first_day + dt.timedelta(days=offset)
            client = p.client_on(day)
            source = FEEDBACK_SOURCES.pick(rng)
            kind = FEEDBACK_KINDS.pick(rng)
            if kind == "incident" and source in ("peer", "self", "mentor"):
                source = "management"
            if source == "client" and client is None:
                source = "management"
            level = p.level - (0.9 if p.falling and day >= falling_from else 0)
            if mentored_from and day > mentored_from:  # an effect for What worked to find
                level += MENTORED_LIFT
            if kind == "incident":
                rating = rng.choice((1, 2, 2, None))
            elif kind == "recognition":
                rating = rng.choice((4, 5, 5))
            elif source == "self" and rng.random() < 0.15:
                rating = None
            else:
                rating = min(5, max(1, round(level + rng.gauss(0, 0.5))))
            if source == "client":
                author = rng.choice((self.client_contacts[client][1], *CLIENT_REVIEWERS))
                shareable = rng.random() < 0.85
            elif source == "management":
                author = p.lead.name if p.lead is not p else "Site operations manager"
                shareable = client is not None and rng.random() < 0.35
            elif source == "mentor":
                author = mentor or p.lead.name
                shareable = client is not None and rng.random() < 0.2
            elif source == "peer":
                step = rng.randint(1, 16)  # a colleague up to eight places either side
                author = people[(index + (step if step <= 8 else 8 - step)) % len(people)].name
                shareable = False
            else:
                author = p.name
                shareable = False
            if kind == "incident":
                comment, cause, lesson, action = rng.choice(INCIDENTS)
                follow_up = day + dt.timedelta(days=rng.randint(7, 30))
                resolved = None
                if (follow_up < today and rng.random() < 0.85) or rng.random() < 0.3:
                    resolved = min(today, self.day_between(day, follow_up
                                                           + dt.timedelta(days=14)))
                strengths, improvements = "", rng.choice(IMPROVEMENTS)
            else:
                cause = lesson = action = ""
                follow_up = resolved = None
                if kind == "recognition":
                    comment = rng.choice(RECOGNITIONS)
                else:
                    band = "high" if (rating or 3) >= 4 else "low" if (rating or 3) <= 2 else "mid"
                    comment = rng.choice(GENERAL_COMMENTS[band])
                strengths, improvements = rng.choice(STRENGTHS), rng.choice(IMPROVEMENTS)
            position = len(rows)
            rows.append((p.id, client, source, author, day, kind, rating, strengths,
                         improvements, comment, "shareable" if shareable else "internal",
                         cause, lesson, action, follow_up, resolved, False))
            if self.competencies and rng.random() < RATED_SHARE:
                for competency in rng.sample(self.competencies,
                                             min(RATED_COMPETENCIES, len(self.competencies))):
                    lift = MENTORED_LIFT if coached_from and day > coached_from else 0
                    ratings.append((position, competency,
                                    min(5, max(1, round(level + lift + rng.gauss(0, 0.8))))))

    def write_careers(self, batch: list[_Person]) -> None:
        rng, today = self.rng, self.today
        assessments, check_ins = [], []
        for p in batch:
            for _ in range(rng.choice((0, 1, 1, 1, 2))):
                assessments.append((p.id, max(p.hire, self.ago(0, 540)),
                                    rng.choice(ASSESSMENT_STRENGTHS), rng.choice(ASSESSMENT_VALUES),
                                    rng.choice(ASSESSMENT_INTERESTS), rng.choice(ASSESSMENT_AREAS),
                                    False))
            end = p.left or today
            if rng.random() < 0.12 and p.status == "active":
                last = today - dt.timedelta(days=rng.randint(91, 135))  # next one is overdue
            else:
                last = end - dt.timedelta(days=rng.randint(0, 80))
            if last < p.hire:
                continue
            days, wanted = [last], rng.randint(1, 4)
            while len(days) < wanted:
                earlier = days[-1] - dt.timedelta(days=rng.randint(80, 100))
                if earlier < p.hire:
                    break
                days.append(earlier)
            reviewer = p.lead.name if p.lead is not p else "Site operations manager"
            for n, day in enumerate(reversed(days)):
                is_last = n == len(days) - 1
                next_date = (day + dt.timedelta(days=90) if not is_last
                             or p.status != "resigned" else None)
                check_ins.append((p.id, day, reviewer, rng.choice(CHECK_IN_NOTES), next_date,
                                  False, is_last))
        self.insert(SelfAssessment, ("staff", "date", "strengths", "values", "interests",
                                     "development_areas", "archived"), assessments)
        self.insert(CheckIn, ("staff", "date", "reviewer", "notes", "next_date", "archived",
                              "is_latest"), check_ins)

    def write_enrollments(self, batch: list[_Person]) -> None:
        rng, today = self.rng, self.today
        programs = self.programs
        optional = [name for name, (_, _, _, client, mandatory, _) in programs.items()
                    if not mandatory and client is None]
        rows = []
        for p in batch:
            end = p.left or today
            chosen = ["New Hire Customer Service Foundations",
                      "Data Privacy and Information Security Awareness"]
            current = p.history[-1][0]
            chosen += [name for name, program in programs.items()
                       if program[3] == current and rng.random() < 0.8]
            chosen += rng.sample(optional, rng.choice((0, 1, 1, 2, 3)))
            for name in chosen:
                program_id, hours, validity, client, mandatory, kind = programs[name]
                if name.startswith("New Hire"):
                    start, status = p.hire, "completed"
                elif mandatory:  # compliance training is renewed about once a year
                    start = max(p.hire, end - dt.timedelta(days=rng.randint(2, 380)))
                    status = "completed"
                else:
                    start = max(p.hire, end - dt.timedelta(days=rng.randint(0, 720)))
                    status = ENROLLMENT_STATUS.pick(rng)
                done = score = expires = None
                spent = None
                finish = start + dt.timedelta(days=max(1, min(int(hours or 8) // 4, 300)))
                if status in ("completed", "failed") and finish > end:
                    status = "in_progress"
                if status in ("completed", "failed"):
                    done = finish
                    score = round(rng.uniform(75, 99) if status == "completed"
                                  else rng.uniform(40, 69), 1)
                    spent = hours if status == "completed" else round(hours * rng.random(), 1)
                    if status == "completed":
                        expires = certification_expiry(done, validity)
                elif status == "planned":
                    start = end + dt.timedelta(days=rng.randint(7, 90)) if not p.left else None
                elif status == "in_progress":
                    spent = round((hours or 0) * rng.random(), 1)
                funded = "client" if client else ("self" if kind == "degree" and rng.random()
                                                  < 0.5 else "employer")
                rows.append((p.id, program_id, status, start, done, score, spent, funded,
                             expires, "", False))
        self.insert(Enrollment, ("staff", "program", "status", "start_date", "completed_date",
                                 "score", "hours", "funded_by", "expires_on", "notes",
                                 "archived"), rows)


def _at(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time(10)) if day else None


def _month_end(first: dt.date) -> dt.date:
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _ascii(text: str, space: str) -> str:
    """Lowercase ASCII words for e-mail addresses, joined by `space`: 'María José' ->
    'maria.jose', 'Dr. Linda Hart' -> 'dr.linda.hart' (never two dots in a row)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = ("".join(c for c in word if c.isalnum()) for word in plain.lower().split())
    return space.join(word for word in words if word)

