"""What every new database starts with: the BPO competency set and default settings."""

from mentorapp.models import Competency

BPO_COMPETENCIES = (
    ("Communication", "Clear, courteous spoken and written English with customers and team."),
    ("Product Knowledge", "Knows the client's products, policies and systems."),
    ("Quality", "Meets the client's quality standards and compliance checklists."),
    ("Productivity", "Handles the expected volume within handle-time targets."),
    ("Attendance", "Punctual, present for scheduled shifts, adheres to schedule."),
    ("Teamwork", "Helps colleagues, shares knowledge, supports the team's goals."),
    ("Problem Solving", "Finds the root of a customer's issue and resolves it first time."),
    ("Customer Empathy", "Listens, acknowledges feelings, keeps the customer's trust."),
    ("Professionalism", "Conduct, confidentiality and composure under pressure."),
    ("Leadership", "Guides others, takes ownership, sets an example."),
)


def seed_defaults() -> None:
    if not Competency.select().exists():
        Competency.insert_many(BPO_COMPETENCIES,
                               fields=[Competency.name, Competency.description]).execute()
